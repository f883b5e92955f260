/**
 * Maps an ApiRequest to its handler and its SharePoint cost. Resource units per references.md §A
 * Throttling: 1 for a single-item read, 2 for a multi-item query and for create/update/delete.
 */
import type { ApiRequest, RouteContext, Routed } from './api-request';
import { badRequest, methodNotAllowed } from './errors';
import type { EmuResponse } from './http';
import {
  createItem,
  deleteItem,
  getItem,
  getItemFields,
  listItems,
  patchItemFields,
} from './routes-items';
import {
  createColumn,
  createList,
  getColumn,
  getList,
  listColumns,
  listLists,
  updateColumn,
} from './routes-lists';
import { routePlanner } from './routes-planner';
import { getSite, resolveSite } from './routes-sites';
import { routeUsers } from './routes-users';
import type { SiteRecord } from './store';

type Handler = (
  req: ApiRequest,
  ctx: RouteContext,
  site: SiteRecord,
  ...params: string[]
) => EmuResponse;

interface Route {
  /** Segments after the site; '*' captures one. */
  pattern: string[];
  methods: Record<string, [cost: 1 | 2, handler: Handler]>;
}

const READ_ONE = 1;
const READ_MANY = 2;
const WRITE = 2;

const ROUTES: Route[] = [
  { pattern: [], methods: { GET: [READ_ONE, (req, _ctx, site) => getSite(req, site)] } },
  { pattern: ['lists'], methods: { GET: [READ_MANY, listLists], POST: [WRITE, createList] } },
  { pattern: ['lists', '*'], methods: { GET: [READ_ONE, getList] } },
  {
    pattern: ['lists', '*', 'columns'],
    methods: { GET: [READ_MANY, listColumns], POST: [WRITE, createColumn] },
  },
  {
    pattern: ['lists', '*', 'columns', '*'],
    methods: { GET: [READ_ONE, getColumn], PATCH: [WRITE, updateColumn] },
  },
  {
    pattern: ['lists', '*', 'items'],
    methods: { GET: [READ_MANY, listItems], POST: [WRITE, createItem] },
  },
  {
    pattern: ['lists', '*', 'items', '*'],
    // [U] PATCH on the item itself is not emulated; graph-contract §1.5 documents PATCH …/fields.
    methods: { GET: [READ_ONE, getItem], DELETE: [WRITE, deleteItem] },
  },
  {
    pattern: ['lists', '*', 'items', '*', 'fields'],
    methods: { GET: [READ_ONE, getItemFields], PATCH: [WRITE, patchItemFields] },
  },
];

function match(pattern: string[], segments: string[]): string[] | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] as string;
    const s = segments[i] as string;
    if (p === '*') params.push(s);
    else if (p.toLowerCase() !== s.toLowerCase()) return undefined;
  }
  return params;
}

/** [U] Graph's wording for a path it does not know. */
const unknownSegment = (segment: string) =>
  badRequest(`Resource not found for the segment '${segment}'.`);

/** Throws GraphHttpError (cost 0) when nothing matches; otherwise returns the cost and the work. */
export function route(req: ApiRequest, ctx: RouteContext): Routed {
  const planner = routePlanner(req, ctx) ?? routeUsers(req, ctx);
  if (planner) return planner;
  const address = resolveSite(req.path, ctx);
  if (!address) throw unknownSegment(decodeURIComponent(req.path.split('/')[1] ?? ''));
  for (const candidate of ROUTES) {
    const params = match(candidate.pattern, address.rest);
    if (!params) continue;
    const entry = candidate.methods[req.method];
    if (!entry) throw methodNotAllowed(req.method);
    const [cost, handler] = entry;
    return { cost, run: () => handler(req, ctx, address.site, ...params) };
  }
  const known = address.rest.findIndex(
    (s, i) => !ROUTES.some((r) => match(r.pattern.slice(0, i + 1), address.rest.slice(0, i + 1))),
  );
  throw unknownSegment(address.rest[known] ?? address.rest[address.rest.length - 1] ?? '');
}
