/**
 * Reading list items with `$filter`/`$orderby` under SharePoint's index rules
 * (docs/platform.md#list-items, #list-view-threshold): a non-indexed column needs
 * `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`, and even then fails on lists above the
 * list view threshold.
 */
import { preferHeaderHas, type ApiRequest } from './api-request';
import { fieldKeyOf, type ColumnRecord } from './columns';
import { GraphHttpError, badRequest, invalidRequest } from './errors';
import {
  evaluateFilter,
  filterPaths,
  parseFilter,
  type ResolvedValue,
  type ValueKind,
} from './odata-filter';
import { queryOption, splitTopLevel } from './query-options';
import type { ItemRecord, ListRecord } from './store';

export const PREFER_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

/**
 * docs/platform.md#list-items: the message as reported in microsoft-graph-docs#2279; the status and
 * code are assumed (commonly 400 invalidRequest).
 */
export function notIndexedError(field: string): GraphHttpError {
  return invalidRequest(
    `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the ` +
      `'Prefer: ${PREFER_NON_INDEXED}' header to allow this, but be warned that such queries may ` +
      `fail on large lists.`,
  );
}

/**
 * docs/platform.md#list-view-threshold: code, message and innerError.code as a vendor's docs report
 * them; the status is assumed (400 here).
 */
export function tooManyResourcesError(): GraphHttpError {
  return new GraphHttpError(
    400,
    'notSupported',
    'The request is unprocessable because it uses too many resources',
    { innerError: { code: 'tooManyResources' } },
  );
}

interface FieldRef {
  key: string;
  indexed: boolean;
  kind: ValueKind;
  read(item: ItemRecord): unknown;
}

function kindOf(column: ColumnRecord): ValueKind {
  switch (column.type) {
    case 'text':
    case 'choice':
      return 'text';
    case 'number':
    case 'currency':
    case 'lookup':
    case 'personOrGroup':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'dateTime':
      return 'dateTime';
    default:
      return 'other';
  }
}

function resolveField(list: ListRecord, path: string, userLookupId: number): FieldRef {
  if (!path.startsWith('fields/')) {
    // The emulator filters list items on `fields/<name>` only (what docs/platform.md#list-items
    // records; anything else is assumed unsupported).
    throw badRequest(`Filtering on '${path}' is not supported; use fields/<name>.`);
  }
  const key = path.slice('fields/'.length);
  if (key === 'ID' || key === 'id') {
    return { key, indexed: true, kind: 'number', read: (item) => item.id };
  }
  const column =
    list.columns.find((c) => fieldKeyOf(c) === key) ?? list.columns.find((c) => c.name === key);
  // An unknown field in a filter is a client error (assumed: docs/platform.md#list-items).
  if (!column) throw invalidRequest(`Field '${key}' is not recognized`);
  const read = (item: ItemRecord): unknown => {
    switch (column.name) {
      case 'Created':
        return item.createdDateTime;
      case 'Modified':
        return item.lastModifiedDateTime;
      case 'Author':
      case 'Editor':
        return userLookupId;
      default:
        return item.values[fieldKeyOf(column)];
    }
  };
  return { key, indexed: column.indexed, kind: kindOf(column), read };
}

/** Applies the index rule to every field a filter or orderby references. */
function checkIndexRule(
  req: ApiRequest,
  list: ListRecord,
  refs: FieldRef[],
  threshold: number,
): void {
  const unindexed = refs.find((r) => !r.indexed);
  if (!unindexed) return;
  if (!preferHeaderHas(req, PREFER_NON_INDEXED)) throw notIndexedError(unindexed.key);
  // docs/platform.md#list-view-threshold: above the list view threshold a non-indexed query must
  // scan and fails.
  if (list.items.size > threshold) throw tooManyResourcesError();
}

/**
 * Returns the predicate for `$filter` (or one that keeps everything). `$orderby` is checked against
 * the index rule but not applied: docs/platform.md#list-items (microsoft-graph-docs#14191) says it
 * does not work; sort client-side.
 */
export function compileItemQuery(
  req: ApiRequest,
  list: ListRecord,
  options: { listViewThreshold: number; userLookupId: number },
): (item: ItemRecord) => boolean {
  const refs: FieldRef[] = [];
  const orderby = queryOption(req.query, 'orderby');
  for (const clause of orderby === undefined ? [] : splitTopLevel(orderby, ',')) {
    const path = clause.split(/\s+/)[0] ?? '';
    refs.push(resolveField(list, path, options.userLookupId));
  }
  const filterText = queryOption(req.query, 'filter');
  if (filterText === undefined) {
    checkIndexRule(req, list, refs, options.listViewThreshold);
    return () => true;
  }
  const filter = parseFilter(filterText);
  const byPath = new Map<string, FieldRef>();
  for (const path of filterPaths(filter)) {
    const ref = resolveField(list, path, options.userLookupId);
    byPath.set(path, ref);
    refs.push(ref);
  }
  checkIndexRule(req, list, refs, options.listViewThreshold);
  return (item) =>
    evaluateFilter(filter, (path): ResolvedValue => {
      const ref = byPath.get(path) as FieldRef;
      return { value: ref.read(item), kind: ref.kind };
    });
}
