/**
 * Maps an ApiRequest to its handler, its SharePoint cost and the permissions it needs
 * (permissions.ts). Resource units per docs/platform.md#throttling: 1 for a single-item read, 2 for
 * a multi-item query and for create/update/delete; requests outside SharePoint cost none.
 */
import type { ApiRequest, RouteContext, Routed } from './api-request';
import { GraphHttpError, badRequest, methodNotAllowed } from './errors';
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
import {
  MANAGE_LISTS,
  READ_JOINED_TEAMS,
  READ_SITES,
  WRITE_ITEMS,
  requirePermission,
} from './permissions';
import { routeChannelMessages } from './routes-channel-messages';
import { routePlanner } from './routes-planner';
import { getSite, resolveSite } from './routes-sites';
import { listJoinedTeams } from './routes-teams';
import { routeUsers } from './routes-users';
import type { SiteRecord } from './store';

type Handler = (
  req: ApiRequest,
  ctx: RouteContext,
  site: SiteRecord,
  ...params: string[]
) => EmuResponse;

type Permissions = readonly string[];

interface Route {
  /** Segments after the site; '*' captures one. */
  pattern: string[];
  methods: Record<string, [cost: 1 | 2, permissions: Permissions, handler: Handler]>;
}

const READ_ONE = 1;
const READ_MANY = 2;
const WRITE = 2;

const ROUTES: Route[] = [
  {
    pattern: [],
    methods: { GET: [READ_ONE, READ_SITES, (req, _ctx, site) => getSite(req, site)] },
  },
  {
    pattern: ['lists'],
    methods: { GET: [READ_MANY, READ_SITES, listLists], POST: [WRITE, MANAGE_LISTS, createList] },
  },
  { pattern: ['lists', '*'], methods: { GET: [READ_ONE, READ_SITES, getList] } },
  {
    pattern: ['lists', '*', 'columns'],
    methods: {
      GET: [READ_MANY, READ_SITES, listColumns],
      POST: [WRITE, MANAGE_LISTS, createColumn],
    },
  },
  {
    pattern: ['lists', '*', 'columns', '*'],
    methods: {
      GET: [READ_ONE, READ_SITES, getColumn],
      PATCH: [WRITE, MANAGE_LISTS, updateColumn],
    },
  },
  {
    pattern: ['lists', '*', 'items'],
    methods: { GET: [READ_MANY, READ_SITES, listItems], POST: [WRITE, WRITE_ITEMS, createItem] },
  },
  {
    pattern: ['lists', '*', 'items', '*'],
    // PATCH on the item itself is not emulated; docs/platform.md#list-items records PATCH …/fields.
    methods: {
      GET: [READ_ONE, READ_SITES, getItem],
      DELETE: [WRITE, WRITE_ITEMS, deleteItem],
    },
  },
  {
    pattern: ['lists', '*', 'items', '*', 'fields'],
    methods: {
      GET: [READ_ONE, READ_SITES, getItemFields],
      PATCH: [WRITE, WRITE_ITEMS, patchItemFields],
    },
  },
];

/** Routes outside SharePoint sites, by whole path (case-insensitive); they cost no resource units. */
const USER_ROUTES: {
  path: RegExp;
  methods: Record<string, [Permissions, (req: ApiRequest, ctx: RouteContext) => EmuResponse]>;
}[] = [{ path: /^\/me\/joinedTeams\/?$/i, methods: { GET: [READ_JOINED_TEAMS, listJoinedTeams] } }];

/**
 * SharePoint's answer when the user has no access to the site (assumed; the status is 403 per
 * Graph's errors page: docs/platform.md#graph-errors).
 */
const accessDenied = () => new GraphHttpError(403, 'accessDenied', 'Access denied');

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

/** Graph's wording for a path it does not know (assumed: docs/platform.md#graph-errors). */
const unknownSegment = (segment: string) =>
  badRequest(`Resource not found for the segment '${segment}'.`);

/** Throws GraphHttpError (cost 0) when nothing matches; otherwise returns the cost and the work. */
export function route(req: ApiRequest, ctx: RouteContext): Routed {
  const planner = routePlanner(req, ctx) ?? routeUsers(req, ctx) ?? routeChannelMessages(req, ctx);
  if (planner) return planner;
  const userRoute = USER_ROUTES.find((candidate) => candidate.path.test(req.path));
  if (userRoute) {
    const entry = userRoute.methods[req.method];
    if (!entry) throw methodNotAllowed(req.method);
    const [permissions, handler] = entry;
    requirePermission(ctx.env.grantedScopes, permissions);
    return { cost: 0, run: () => handler(req, ctx) };
  }
  const address = resolveSite(req.path, ctx);
  if (!address) throw unknownSegment(decodeURIComponent(req.path.split('/')[1] ?? ''));
  for (const candidate of ROUTES) {
    const params = match(candidate.pattern, address.rest);
    if (!params) continue;
    const entry = candidate.methods[req.method];
    if (!entry) throw methodNotAllowed(req.method);
    const [cost, permissions, handler] = entry;
    requirePermission(ctx.env.grantedScopes, permissions);
    if (address.site.access === 'denied') throw accessDenied();
    return { cost, run: () => handler(req, ctx, address.site, ...params) };
  }
  const known = address.rest.findIndex(
    (s, i) => !ROUTES.some((r) => match(r.pattern.slice(0, i + 1), address.rest.slice(0, i + 1))),
  );
  throw unknownSegment(address.rest[known] ?? address.rest[address.rest.length - 1] ?? '');
}
