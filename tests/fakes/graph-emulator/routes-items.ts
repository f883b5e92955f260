/**
 * List items (docs/platform.md#list-items, #etags-and-if-match): query with
 * `expand=fields(select=…)`, `$filter`, `$top` and nextLink paging; create (201), read, PATCH
 * fields (200, other fields untouched, ETag N+1) and DELETE (204), both honouring `If-Match`.
 */
import type { ApiRequest, RouteContext } from './api-request';
import {
  badRequest,
  invalidRequest,
  isPlainObject,
  itemNotFound,
  parseJsonBody,
  preconditionFailed,
} from './errors';
import type { EmuResponse } from './http';
import { normalizeWrite, projectFields } from './field-values';
import { compileItemQuery } from './item-query';
import { MAX_PAGE_SIZE, buildNextLink, decodeItemSkipToken, encodeItemSkipToken } from './paging';
import { parseExpand, parseSelect, parseTop, queryOption, selectProperties } from './query-options';
import { identity, requireList } from './routes-lists';
import { isoSeconds, itemETag, type ItemRecord, type ListRecord, type SiteRecord } from './store';

const ITEM_PROPERTIES = [
  'id',
  'contentType',
  'createdBy',
  'createdDateTime',
  'eTag',
  'lastModifiedBy',
  'lastModifiedDateTime',
  'parentReference',
  'webUrl',
  'fields',
];

/** What `expand=fields…` asked for: undefined = no fields; `{select: undefined}` = all fields. */
function fieldsExpansion(req: ApiRequest): { select?: string[] } | undefined {
  let result: { select?: string[] } | undefined;
  for (const spec of parseExpand(queryOption(req.query, 'expand'))) {
    if (spec.name !== 'fields') {
      // Only `fields` is emulated among listItem relationships (the rest is assumed unused).
      throw badRequest(
        `Could not find a property named '${spec.name}' on type 'microsoft.graph.listItem'.`,
      );
    }
    result = spec.select ? { select: spec.select } : {};
  }
  return result;
}

function itemJson(ctx: RouteContext, list: ListRecord, item: ItemRecord, req: ApiRequest) {
  const eTag = itemETag(item);
  const body: Record<string, unknown> = {
    '@odata.etag': eTag,
    createdDateTime: item.createdDateTime,
    eTag,
    id: String(item.id),
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${list.webUrl}/DispForm.aspx?ID=${item.id}`,
    createdBy: identity(ctx),
    lastModifiedBy: identity(ctx),
    parentReference: { id: list.id, siteId: list.siteId },
    contentType: { id: '0x0100', name: 'Item' },
  };
  const select = parseSelect(queryOption(req.query, 'select'));
  const out = selectProperties(body, select, 'microsoft.graph.listItem', ITEM_PROPERTIES);
  const expansion = fieldsExpansion(req);
  if (expansion) out['fields'] = projectFields(list, item, expansion.select, ctx.env);
  return out;
}

function requireItem(list: ListRecord, rawId: string): ItemRecord {
  // docs/platform.md#list-items: item ids are numeric strings. The wording of the 404 is assumed.
  const item = /^\d+$/.test(rawId) ? list.items.get(Number(rawId)) : undefined;
  if (!item) throw itemNotFound('Item not found');
  return item;
}

/**
 * docs/platform.md#etags-and-if-match: a stale eTag in If-Match → 412 and no change; `*` matches
 * any version.
 */
function checkIfMatch(req: ApiRequest, item: ItemRecord): void {
  const ifMatch = req.header('if-match');
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const norm = (tag: string) =>
    tag
      .trim()
      .replace(/^W\//i, '')
      .replace(/^"(.*)"$/s, '$1')
      .toLowerCase();
  if (norm(ifMatch) !== norm(itemETag(item))) throw preconditionFailed();
}

/** docs/platform.md#list-items: `GET …/items` → `{value:[…]}`, paged with `@odata.nextLink`. */
export function listItems(
  req: ApiRequest,
  ctx: RouteContext,
  site: SiteRecord,
  ref: string,
): EmuResponse {
  const list = requireList(ctx, site, ref);
  for (const option of ['skip', 'search', 'count']) {
    // Options SharePoint list items do not support are refused rather than ignored (assumed:
    // docs/platform.md#list-items).
    if (queryOption(req.query, option) !== undefined) {
      throw badRequest(`Query option '$${option}' is not supported on list items.`);
    }
  }
  const matches = compileItemQuery(req, list, {
    listViewThreshold: ctx.env.listViewThreshold,
    userLookupId: ctx.env.userLookupId,
  });
  const pageSize = Math.min(
    parseTop(queryOption(req.query, 'top')) ?? ctx.env.pageSize,
    MAX_PAGE_SIZE,
  );
  const token = queryOption(req.query, 'skiptoken');
  const after = token === undefined ? 0 : decodeItemSkipToken(token);
  const page: ItemRecord[] = [];
  let more = false;
  for (const item of list.items.values()) {
    if (item.id <= after || !matches(item)) continue;
    if (page.length === pageSize) {
      more = true;
      break;
    }
    page.push(item);
  }
  const body: Record<string, unknown> = { value: page.map((i) => itemJson(ctx, list, i, req)) };
  const last = page[page.length - 1];
  if (more && last) {
    body['@odata.nextLink'] = buildNextLink(
      req.linkBase,
      req.path,
      req.query,
      encodeItemSkipToken(last.id),
    );
  }
  return { status: 200, headers: {}, body };
}

/**
 * docs/platform.md#list-items: `POST …/items` `{fields}` → 201 + listItem (`fields` in the body is
 * assumed).
 */
export function createItem(
  req: ApiRequest,
  ctx: RouteContext,
  site: SiteRecord,
  ref: string,
): EmuResponse {
  const list = requireList(ctx, site, ref);
  const body = parseJsonBody(req.bodyText);
  if (!isPlainObject(body) || !isPlainObject(body['fields'])) {
    throw invalidRequest("The request body needs a 'fields' object.");
  }
  const changes = normalizeWrite(list, body['fields']);
  const now = isoSeconds(ctx.env.now());
  const item: ItemRecord = {
    // docs/platform.md#list-items: numeric string ids; SharePoint never reuses one.
    id: list.nextItemId++,
    uniqueId: ctx.env.prng.guid().toUpperCase(),
    // docs/platform.md#etags-and-if-match: a new item is version 1.
    version: 1,
    createdDateTime: now,
    lastModifiedDateTime: now,
    values: Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== null)),
  };
  list.items.set(item.id, item);
  const json = itemJson(ctx, list, item, req);
  json['fields'] = projectFields(list, item, undefined, ctx.env);
  return { status: 201, headers: { ETag: itemETag(item) }, body: json };
}

export function getItem(
  req: ApiRequest,
  ctx: RouteContext,
  site: SiteRecord,
  ref: string,
  itemId: string,
): EmuResponse {
  const list = requireList(ctx, site, ref);
  const item = requireItem(list, itemId);
  return { status: 200, headers: { ETag: itemETag(item) }, body: itemJson(ctx, list, item, req) };
}

/** `GET …/items/{id}/fields` → the fieldValueSet (with `$select`). */
export function getItemFields(
  req: ApiRequest,
  ctx: RouteContext,
  site: SiteRecord,
  ref: string,
  itemId: string,
): EmuResponse {
  const list = requireList(ctx, site, ref);
  const item = requireItem(list, itemId);
  const select = parseSelect(queryOption(req.query, 'select'));
  return {
    status: 200,
    headers: { ETag: itemETag(item) },
    body: projectFields(list, item, select, ctx.env),
  };
}

/**
 * docs/platform.md#list-items: `PATCH …/items/{id}/fields` → 200 + fieldValueSet; other fields
 * untouched. Every PATCH makes a new version, so N advances (docs/platform.md#etags-and-if-match).
 */
export function patchItemFields(
  req: ApiRequest,
  ctx: RouteContext,
  site: SiteRecord,
  ref: string,
  itemId: string,
): EmuResponse {
  const list = requireList(ctx, site, ref);
  const item = requireItem(list, itemId);
  checkIfMatch(req, item);
  const changes = normalizeWrite(list, parseJsonBody(req.bodyText) ?? {});
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete item.values[key];
    else item.values[key] = value;
  }
  item.version += 1;
  item.lastModifiedDateTime = isoSeconds(ctx.env.now());
  return {
    status: 200,
    headers: { ETag: itemETag(item) },
    body: projectFields(list, item, undefined, ctx.env),
  };
}

/** docs/platform.md#list-items: `DELETE …/items/{id}` → 204; If-Match as for PATCH (assumed). */
export function deleteItem(
  req: ApiRequest,
  ctx: RouteContext,
  site: SiteRecord,
  ref: string,
  itemId: string,
): EmuResponse {
  const list = requireList(ctx, site, ref);
  const item = requireItem(list, itemId);
  checkIfMatch(req, item);
  list.items.delete(item.id);
  return { status: 204, headers: {} };
}
