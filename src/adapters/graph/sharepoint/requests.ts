/**
 * Every Graph operation the SharePoint store uses, one function each, with its REST line above it
 * (msgraph-sample-reactspa's GraphService shape). They only describe requests, so the same request
 * can be sent alone or inside a `$batch`; every read names the properties it needs (`$select`, and
 * `expand=fields(select=…)` for items), so no call ever downloads whole objects.
 *
 * Permissions (docs/platform.md#permissions): reads need Sites.Read.All, item writes
 * Sites.ReadWrite.All, creating lists and columns (first use, schema upgrades) Sites.Manage.All.
 */
import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';
import type { GraphRequestSpec } from '../http/send';
import { odataString, queryString } from '../http/query';
import { columnDefinition, listDescription, type ColumnSpec, type ListSpec } from './schema';
import type { Fields } from './values';

const ITEM_SELECT = 'id,eTag';
const itemsOf = (siteId: string, listId: string) => `/sites/${siteId}/lists/${listId}/items`;
const JSON_HEADERS = { 'Content-Type': 'application/json' };

// GET /groups/{group-id}/sites/root?$select=id
export const getGroupSite = (groupId: string): GraphRequestSpec => ({
  method: 'GET',
  url: `/groups/${encodeURIComponent(groupId)}/sites/root${queryString({ $select: 'id' })}`,
});

// GET /sites/{hostname}:/{server-relative-path}?$select=id
export const getSiteByPath = (hostname: string, path: string): GraphRequestSpec => ({
  method: 'GET',
  url: `/sites/${hostname}:/${path.replace(/^\/+/, '')}${queryString({ $select: 'id' })}`,
});

export const COLUMN_SELECT = 'id,name,displayName,indexed,required';

// GET /sites/{site-id}/lists?$select=id,displayName,createdDateTime&$expand=columns(select=…)
export const getLists = (siteId: string): GraphRequestSpec => ({
  method: 'GET',
  url: `/sites/${siteId}/lists${queryString({
    $select: 'id,displayName,createdDateTime',
    $expand: `columns(select=${COLUMN_SELECT})`,
  })}`,
});

// GET /sites/{site-id}/lists?$select=id,displayName,createdDateTime
// (names only: enough to find Tandem's lists without reading every list's columns)
export const getListNames = (siteId: string): GraphRequestSpec => ({
  method: 'GET',
  url: `/sites/${siteId}/lists${queryString({ $select: 'id,displayName,createdDateTime' })}`,
});

// POST /sites/{site-id}/lists  {"displayName","description","columns":[…],"list":{"template":"genericList"}}
export const createList = (siteId: string, spec: ListSpec): GraphRequestSpec => ({
  method: 'POST',
  url: `/sites/${siteId}/lists`,
  headers: JSON_HEADERS,
  body: {
    displayName: spec.displayName,
    description: listDescription(spec),
    columns: spec.columns.map(columnDefinition),
    list: { template: 'genericList' },
  },
});

// POST /sites/{site-id}/lists/{list-id}/columns  {columnDefinition}
export const createColumn = (
  siteId: string,
  listId: string,
  column: ColumnSpec,
): GraphRequestSpec => ({
  method: 'POST',
  url: `/sites/${siteId}/lists/${listId}/columns`,
  headers: JSON_HEADERS,
  body: columnDefinition(column),
});

// PATCH /sites/{site-id}/lists/{list-id}/columns/{column-id}  {e.g. "indexed":true}
export const updateColumn = (
  siteId: string,
  listId: string,
  columnId: string,
  changes: ColumnDefinition,
): GraphRequestSpec => ({
  method: 'PATCH',
  url: `/sites/${siteId}/lists/${listId}/columns/${columnId}`,
  headers: JSON_HEADERS,
  body: changes,
});

// GET /sites/{site-id}/lists/{list-id}/items?$select=id,eTag&$expand=fields(select=…)&$filter=fields/{column} eq '…'
// (no `where`: every item of the list)
export const queryItems = (
  siteId: string,
  listId: string,
  fields: readonly string[],
  where?: { readonly column: string; readonly equals: string },
  top?: number,
): GraphRequestSpec => ({
  method: 'GET',
  url: `${itemsOf(siteId, listId)}${queryString({
    $select: ITEM_SELECT,
    $expand: `fields(select=${fields.join(',')})`,
    $filter: where ? `fields/${where.column} eq ${odataString(where.equals)}` : undefined,
    $top: top,
  })}`,
});

// GET /sites/{site-id}/lists/{list-id}/items/{item-id}?$select=id,eTag&$expand=fields(select=…)
export const getItem = (
  siteId: string,
  listId: string,
  itemId: string,
  fields: readonly string[],
): GraphRequestSpec => ({
  method: 'GET',
  url: `${itemsOf(siteId, listId)}/${itemId}${queryString({
    $select: ITEM_SELECT,
    $expand: `fields(select=${fields.join(',')})`,
  })}`,
});

// POST /sites/{site-id}/lists/{list-id}/items  {"fields":{…}}  → 201 + listItem (id, eTag)
export const createItem = (siteId: string, listId: string, fields: Fields): GraphRequestSpec => ({
  method: 'POST',
  url: itemsOf(siteId, listId),
  headers: JSON_HEADERS,
  body: { fields },
});

// PATCH /sites/{site-id}/lists/{list-id}/items/{item-id}/fields  If-Match: {eTag}  → 200 + fieldValueSet
export const updateItemFields = (
  siteId: string,
  listId: string,
  itemId: string,
  eTag: string,
  fields: Fields,
): GraphRequestSpec => ({
  method: 'PATCH',
  url: `${itemsOf(siteId, listId)}/${itemId}/fields`,
  headers: { ...JSON_HEADERS, 'If-Match': eTag },
  body: fields,
});

// DELETE /sites/{site-id}/lists/{list-id}/items/{item-id}  If-Match: {eTag}  → 204
export const deleteItem = (
  siteId: string,
  listId: string,
  itemId: string,
  eTag?: string,
): GraphRequestSpec => ({
  method: 'DELETE',
  url: `${itemsOf(siteId, listId)}/${itemId}`,
  ...(eTag ? { headers: { 'If-Match': eTag } } : {}),
});
