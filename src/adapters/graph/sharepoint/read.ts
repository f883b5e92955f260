/**
 * Reading Tandem's lists: item queries with every `@odata.nextLink` followed (next pages of several
 * queries go out together in one `$batch`), and list items mapped to versioned domain records.
 */
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { ChangeEntry } from '../../../domain/engagement/change-log';
import {
  storedCollections,
  type RecordCollection,
  type StoreConflict,
  type StoredEngagement,
} from '../../../ports/engagement-store';
import { runBatches } from '../http/batch';
import { readAll } from '../http/paging';
import { outcomeFailure } from '../http/batch';
import type { GraphRequestSpec, GraphSender } from '../http/send';
import { RECORD_CODECS, entryFromFields, fieldsOf, profileFromFields } from './fields';
import {
  eTagOf,
  firstItem,
  listOfTarget,
  recordIdOfTarget,
  refOf,
  type EngagementIndex,
  type StoreContext,
} from './index';
import { getItem, queryItems } from './requests';
import { LISTS, LIST_KEYS, fieldNames, type ListKey } from './schema';

/** Every item each query returns, across all pages, in the order the queries were given. */
/** Every item of each query, next pages together; rejects with the first failure. */
export function queryAll(
  sender: GraphSender,
  queries: readonly GraphRequestSpec[],
): Promise<ListItem[][]> {
  return readAll<ListItem>(
    sender,
    queries.map((spec) => ({ spec })),
  );
}

export function itemsWhere(
  ctx: StoreContext,
  list: ListKey,
  column: string,
  equals: string,
  fields: readonly string[] = fieldNames(LISTS[list]),
): GraphRequestSpec {
  return queryItems(
    ctx.site.siteId,
    ctx.site.lists[list],
    fields,
    { column, equals },
    ctx.pageSize,
  );
}

/** Any versioned record a conflict can carry. */
export type AnyVersioned = NonNullable<StoreConflict['current']>;

/** A list item as the versioned domain record it holds. */
export function recordOf(list: Exclude<ListKey, 'changeLog'>, item: ListItem): AnyVersioned {
  const fields = fieldsOf(item);
  const record =
    list === 'engagements' ? profileFromFields(fields) : RECORD_CODECS[list].fromFields(fields);
  // Versioned<A | B> is (A | B) & {version}; the spread gives the same thing as a union.
  return { ...record, version: eTagOf(item) } as AnyVersioned;
}

/** Items of one engagement, first of each record id (a record stored twice shows once). */
export function unique(items: readonly ListItem[]): ListItem[] {
  const byRecord = new Map<string, ListItem[]>();
  for (const item of items) {
    const id = String(fieldsOf(item)['RecordId'] ?? '');
    byRecord.set(id, [...(byRecord.get(id) ?? []), item]);
  }
  return [...byRecord.values()].map((group) => firstItem(group)!);
}

const byItemId = (a: ListItem, b: ListItem) => Number(a.id) - Number(b.id);

/**
 * One engagement, loaded in one `$batch` of one filtered query per list (9, within the 20 a batch
 * may carry, docs/platform.md#batch-requests), plus one per further page; and its fresh index.
 */
export async function loadStored(
  ctx: StoreContext,
  id: string,
): Promise<{ stored: StoredEngagement; index: EngagementIndex } | undefined> {
  const results = await queryAll(
    ctx.sender,
    LIST_KEYS.map((list) => itemsWhere(ctx, list, 'EngagementId', id)),
  );
  const itemsOf = (list: ListKey) => results[LIST_KEYS.indexOf(list)]!;
  const engagementItem = firstItem(itemsOf('engagements'));
  if (!engagementItem) return undefined;
  const index: EngagementIndex = {
    engagement: refOf(engagementItem),
    records: new Map(),
    complete: true,
    retryable: new Set(),
  };
  const versioned = <C extends RecordCollection>(collection: C) =>
    unique(itemsOf(collection)).map((item) => {
      const record = recordOf(collection, item) as StoredEngagement[C][number];
      index.records.set(`${collection}/${record.id}`, refOf(item));
      return record;
    });
  const log: ChangeEntry[] = unique(itemsOf('changeLog'))
    .sort(byItemId)
    .map((item) => {
      const entry = entryFromFields(fieldsOf(item));
      index.records.set(`changeLog/${entry.id}`, refOf(item));
      return entry;
    });
  const stored: StoredEngagement = {
    id,
    profile: recordOf('engagements', engagementItem) as StoredEngagement['profile'],
    changeLog: log,
    ...storedCollections(versioned),
  };
  return { stored, index };
}

/**
 * Find records by their indexed RecordId (and the engagement item, if asked), for targets the
 * index does not know. A record id used by another engagement does not count.
 */
export async function lookUp(
  ctx: StoreContext,
  engagementId: string,
  targets: readonly string[],
  withEngagement: boolean,
): Promise<{ engagement: ListItem | undefined; found: Map<string, ListItem> }> {
  const queries = targets.map((target) =>
    itemsWhere(ctx, listOfTarget(target), 'RecordId', recordIdOfTarget(target)),
  );
  if (withEngagement) queries.push(itemsWhere(ctx, 'engagements', 'EngagementId', engagementId));
  const results = await queryAll(ctx.sender, queries);
  const found = new Map<string, ListItem>();
  targets.forEach((target, index) => {
    const mine = results[index]!.filter((item) => fieldsOf(item)['EngagementId'] === engagementId);
    const item = firstItem(mine);
    if (item) found.set(target, item);
  });
  const engagement = withEngagement ? firstItem(results[targets.length]!) : undefined;
  return { engagement, found };
}

/** The current item behind each target (by item id); `null` when it is gone (404). */
export async function readCurrent(
  ctx: StoreContext,
  reads: readonly { target: string; list: ListKey; itemId: string }[],
): Promise<Map<string, ListItem | null>> {
  const outcomes = await runBatches(
    ctx.sender,
    reads.map(({ list, itemId }) =>
      getItem(ctx.site.siteId, ctx.site.lists[list], itemId, fieldNames(LISTS[list])),
    ),
  );
  const current = new Map<string, ListItem | null>();
  outcomes.forEach((outcome, index) => {
    const { target } = reads[index]!;
    if (outcome.status === 404) current.set(target, null);
    else if (outcome.status === 200) current.set(target, outcome.body as ListItem);
    else throw outcomeFailure(outcome);
  });
  return current;
}
