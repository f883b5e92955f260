/**
 * Lists and their columns (docs/platform.md#sharepoint-lists, #sharepoint-columns): create a list
 * (genericList + your columns), list/get lists by id or title, read columns, add a column and PATCH
 * one (e.g. to index it).
 */
import type { ApiRequest, RouteContext } from './api-request';
import {
  COLUMN_PROPERTIES,
  columnJson,
  parseColumnDefinition,
  patchColumn,
  templateColumns,
  type ColumnRecord,
} from './columns';
import {
  GraphHttpError,
  badRequest,
  invalidRequest,
  isPlainObject,
  itemNotFound,
  parseJsonBody,
} from './errors';
import type { EmuResponse } from './http';
import { evaluateFilter, filterPaths, parseFilter } from './odata-filter';
import { parseExpand, parseSelect, queryOption, selectProperties } from './query-options';
import { isoSeconds, listETag, type ListRecord, type SiteRecord } from './store';

const LIST_PROPERTIES = [
  'id',
  'createdDateTime',
  'createdBy',
  'description',
  'displayName',
  'eTag',
  'lastModifiedBy',
  'lastModifiedDateTime',
  'list',
  'name',
  'parentReference',
  'webUrl',
];

export function requireList(ctx: RouteContext, site: SiteRecord, ref: string): ListRecord {
  const list = ctx.store.findList(site, ref);
  // 404 itemNotFound for an unknown list id or title (the wording is assumed).
  if (!list) throw itemNotFound('List not found');
  return list;
}

export function identity(ctx: RouteContext): Record<string, unknown> {
  const { id, displayName, email } = ctx.env.user;
  return { user: { displayName, id, ...(email ? { email } : {}) } };
}

/**
 * docs/platform.md#sharepoint-lists: a list carries id (GUID), createdDateTime,
 * createdBy.user{displayName,id}, lastModified*.
 */
function listJson(ctx: RouteContext, list: ListRecord, req: ApiRequest): Record<string, unknown> {
  const body: Record<string, unknown> = {
    '@odata.etag': listETag(list),
    id: list.id,
    createdDateTime: list.createdDateTime,
    createdBy: identity(ctx),
    description: list.description,
    displayName: list.displayName,
    eTag: listETag(list),
    lastModifiedBy: identity(ctx),
    lastModifiedDateTime: list.lastModifiedDateTime,
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
    name: list.name,
    parentReference: { siteId: list.siteId },
    webUrl: list.webUrl,
  };
  const select = parseSelect(queryOption(req.query, 'select'));
  const out = selectProperties(body, select, 'microsoft.graph.list', LIST_PROPERTIES);
  for (const expand of parseExpand(queryOption(req.query, 'expand'))) {
    if (expand.name !== 'columns') {
      throw badRequest(
        `Could not find a property named '${expand.name}' on type 'microsoft.graph.list'.`,
      );
    }
    out['columns'] = list.columns.map((c) =>
      selectProperties(
        columnJson(c),
        expand.select,
        'microsoft.graph.columnDefinition',
        COLUMN_PROPERTIES,
      ),
    );
  }
  return out;
}

/**
 * SharePoint refuses a second list with the same title; titles are case-insensitive (assumed:
 * docs/platform.md#sharepoint-lists).
 */
const nameTaken = (what: string) =>
  new GraphHttpError(409, 'nameAlreadyExists', `The name '${what}' is already in use.`);

function touch(ctx: RouteContext, list: ListRecord): void {
  list.version += 1;
  list.lastModifiedDateTime = isoSeconds(ctx.env.now());
}

/**
 * Gives a new column its final internal name. docs/platform.md#sharepoint-lists: the doc's own
 * example adds a column named `Author`, which is also a built-in field; SharePoint then (assumed)
 * makes the internal name unique (`Author0`) and keeps the displayName, so clients must read `name`
 * back from the columns. A clash with another non-built-in column (or Title) is a conflict
 * (assumed: 409).
 */
function withUniqueName(columns: readonly ColumnRecord[], column: ColumnRecord): ColumnRecord {
  const clash = (name: string) => columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
  const existing = clash(column.name);
  if (!existing) return column;
  if (!existing.system) throw nameTaken(column.name);
  let n = 0;
  while (clash(`${column.name}${n}`)) n++;
  return { ...column, name: `${column.name}${n}` };
}

/** docs/platform.md#sharepoint-lists: `POST /sites/{site-id}/lists` → 201 Created + list. */
export function createList(req: ApiRequest, ctx: RouteContext, site: SiteRecord): EmuResponse {
  const body = parseJsonBody(req.bodyText);
  if (!isPlainObject(body)) throw invalidRequest('The request body must be a JSON object.');
  const displayName = body['displayName'];
  if (typeof displayName !== 'string' || displayName.trim() === '') {
    throw invalidRequest("A list needs a non-empty 'displayName'.");
  }
  const listFacet = isPlainObject(body['list']) ? body['list'] : {};
  // docs/platform.md#sharepoint-lists: the default template is genericList.
  const template =
    typeof listFacet['template'] === 'string' ? listFacet['template'] : 'genericList';
  if (template !== 'genericList') {
    throw invalidRequest(
      `The emulator only implements the 'genericList' template, not '${template}'.`,
    );
  }
  if (ctx.store.findList(site, displayName)) throw nameTaken(displayName);
  const rawColumns = body['columns'] ?? [];
  if (!Array.isArray(rawColumns)) throw invalidRequest("'columns' must be an array.");
  // docs/platform.md#sharepoint-lists: template columns (Title…) come on top of yours.
  const columns = templateColumns();
  // Whether `indexed` is honoured here is assumed either way (docs/platform.md#sharepoint-columns);
  // see quirks.
  const honourIndexed = ctx.env.quirks.indexedInListCreate === 'honour';
  for (const raw of rawColumns) {
    const column = parseColumnDefinition(raw, ctx.env.prng.guid(), { honourIndexed });
    columns.push(withUniqueName(columns, column));
  }
  const now = isoSeconds(ctx.env.now());
  const name = displayName.replace(/[^A-Za-z0-9_-]/g, '') || 'List';
  const list: ListRecord = {
    id: ctx.env.prng.guid(),
    siteId: site.id,
    displayName,
    name,
    description: typeof body['description'] === 'string' ? body['description'] : '',
    template,
    webUrl: `${site.webUrl}/Lists/${name}`,
    createdDateTime: now,
    lastModifiedDateTime: now,
    eTagGuid: ctx.env.prng.guid(),
    version: 1,
    columns,
    items: new Map(),
    nextItemId: 1,
  };
  site.lists.push(list);
  return { status: 201, headers: {}, body: listJson(ctx, list, req) };
}

/** `GET /sites/{site-id}/lists` with `$filter` on displayName/name/id, `$select`, `$expand=columns`. */
export function listLists(req: ApiRequest, ctx: RouteContext, site: SiteRecord): EmuResponse {
  const filterText = queryOption(req.query, 'filter');
  let lists = site.lists;
  if (filterText !== undefined) {
    const filter = parseFilter(filterText);
    const allowed = ['displayName', 'name', 'id'];
    for (const path of filterPaths(filter)) {
      if (!allowed.includes(path)) {
        // The emulator filters lists on these properties only (assumed enough for Tandem).
        throw badRequest(
          `Could not find a property named '${path}' on type 'microsoft.graph.list'.`,
        );
      }
    }
    lists = lists.filter((list) =>
      evaluateFilter(filter, (path) => ({
        value: path === 'displayName' ? list.displayName : path === 'name' ? list.name : list.id,
        kind: 'text',
      })),
    );
  }
  return { status: 200, headers: {}, body: { value: lists.map((l) => listJson(ctx, l, req)) } };
}

/** docs/platform.md#sharepoint-lists: `GET /sites/{site-id}/lists/{list-id}` (id or title). */
export function getList(
  req: ApiRequest,
  ctx: RouteContext,
  site: SiteRecord,
  ref: string,
): EmuResponse {
  return { status: 200, headers: {}, body: listJson(ctx, requireList(ctx, site, ref), req) };
}

export function listColumns(
  req: ApiRequest,
  ctx: RouteContext,
  site: SiteRecord,
  ref: string,
): EmuResponse {
  const list = requireList(ctx, site, ref);
  const select = parseSelect(queryOption(req.query, 'select'));
  const value = list.columns.map((c) =>
    selectProperties(columnJson(c), select, 'microsoft.graph.columnDefinition', COLUMN_PROPERTIES),
  );
  return { status: 200, headers: {}, body: { value } };
}

/** `POST …/lists/{id}/columns` → 201 + columnDefinition (schema upgrades). */
export function createColumn(
  req: ApiRequest,
  ctx: RouteContext,
  site: SiteRecord,
  ref: string,
): EmuResponse {
  const list = requireList(ctx, site, ref);
  const parsed = parseColumnDefinition(parseJsonBody(req.bodyText), ctx.env.prng.guid(), {
    honourIndexed: true,
  });
  const column = withUniqueName(list.columns, parsed);
  list.columns.push(column);
  touch(ctx, list);
  return { status: 201, headers: {}, body: columnJson(column) };
}

function requireColumn(list: ListRecord, id: string): ColumnRecord {
  const column = list.columns.find((c) => c.id.toLowerCase() === id.toLowerCase());
  // Columns are addressed by id (the wording is assumed).
  if (!column) throw itemNotFound('Column not found');
  return column;
}

export function getColumn(
  _req: ApiRequest,
  ctx: RouteContext,
  site: SiteRecord,
  ref: string,
  columnId: string,
): EmuResponse {
  const column = requireColumn(requireList(ctx, site, ref), columnId);
  return { status: 200, headers: {}, body: columnJson(column) };
}

/** `PATCH …/columns/{id}` → 200 + the updated columnDefinition. */
export function updateColumn(
  req: ApiRequest,
  ctx: RouteContext,
  site: SiteRecord,
  ref: string,
  columnId: string,
): EmuResponse {
  const list = requireList(ctx, site, ref);
  const column = requireColumn(list, columnId);
  const next = patchColumn(column, parseJsonBody(req.bodyText));
  list.columns[list.columns.indexOf(column)] = next;
  touch(ctx, list);
  return { status: 200, headers: {}, body: columnJson(next) };
}
