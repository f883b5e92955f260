/**
 * Whole-engagement operations on SharePoint: list, create (the engagement item first, then every
 * record) and delete (every record first, then the engagement item).
 *
 * Neither is transactional. Create sends the engagement item as the anchor of its first `$batch`,
 * so if that fails nothing else is written; if a later batch fails, the engagement exists with part
 * of its records, and a second create is refused as `already-exists` — publishing again (which
 * loads and fills in what is missing) completes it. Delete removes the engagement item last, so a
 * delete that fails half way leaves a visible engagement to delete again.
 */
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { Engagement } from '../../../domain/engagement/engagement';
import {
  RECORD_COLLECTIONS,
  StoreError,
  storedCollections,
  type CollectionRecord,
  type EngagementSummary,
  type RecordCollection,
  type StoredEngagement,
  type Versioned,
} from '../../../ports/engagement-store';
import { runBatches, type BatchOutcome } from '../http/batch';
import { outcomeFailure } from '../http/batch';
import {
  RECORD_CODECS,
  entryToFields,
  fieldsOf,
  profileToFields,
  summaryFromFields,
  type Fields,
} from './fields';
import { dedupeCreated } from './dedupe';
import { eTagOf, type EngagementIndex, type StoreContext } from './index';
import { itemsWhere, queryAll } from './read';
import { createItem, deleteItem, queryItems } from './requests';
import { LIST_KEYS, type ListKey } from './schema';

const SUMMARY_FIELDS = ['EngagementId', 'Title', 'MspName', 'StartDate', 'DeletedAt'];

/** Every engagement, newest first (SharePoint item ids only grow). */
export async function listSummaries(ctx: StoreContext): Promise<EngagementSummary[]> {
  const { siteId, lists } = ctx.site;
  const [items] = await queryAll(ctx.sender, [
    queryItems(siteId, lists.engagements, SUMMARY_FIELDS, undefined, ctx.pageSize),
  ]);
  const first = new Map<string, ListItem>();
  for (const item of [...items!].sort((a, b) => Number(a.id) - Number(b.id))) {
    const id = String(fieldsOf(item)['EngagementId'] ?? '');
    if (!first.has(id)) first.set(id, item);
  }
  return [...first.values()]
    .sort((a, b) => Number(b.id) - Number(a.id))
    .map((item) => summaryFromFields(fieldsOf(item)));
}

/** The records of `collection`; the plan collections are optional on a new engagement. */
const recordsOf = <C extends RecordCollection>(engagement: Engagement, collection: C) =>
  (engagement[collection] ?? []) as readonly CollectionRecord[C][];

function assertDistinctIds(engagement: Engagement): void {
  for (const name of [...RECORD_COLLECTIONS, 'changeLog'] as const) {
    const records = name === 'changeLog' ? engagement.changeLog : recordsOf(engagement, name);
    const ids = records.map((record) => record.id);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate !== undefined) {
      throw new StoreError('invalid', `Two ${name} entries share the id ${duplicate}.`);
    }
  }
}

function firstFailure(outcomes: readonly BatchOutcome[]): void {
  const failed =
    outcomes.find((outcome) => outcome.status >= 300 && outcome.status !== 424) ??
    outcomes.find((o) => o.status >= 300);
  if (failed) throw outcomeFailure(failed);
}

export async function createStored(
  ctx: StoreContext,
  engagement: Engagement,
): Promise<{ stored: StoredEngagement; index: EngagementIndex }> {
  assertDistinctIds(engagement);
  const { id } = engagement;
  const { siteId, lists } = ctx.site;
  const [existing] = await queryAll(ctx.sender, [
    itemsWhere(ctx, 'engagements', 'EngagementId', id, ['EngagementId']),
  ]);
  if (existing!.length > 0) {
    throw new StoreError('already-exists', `An engagement with id ${id} already exists.`);
  }
  const records: { target: string; list: ListKey; fields: Fields }[] = [];
  for (const collection of RECORD_COLLECTIONS) {
    const codec = RECORD_CODECS[collection] as { toFields(e: string, r: object): Fields };
    for (const record of recordsOf(engagement, collection)) {
      records.push({
        target: `${collection}/${record.id}`,
        list: collection,
        fields: codec.toFields(id, record),
      });
    }
  }
  const profileFields = profileToFields(id, engagement.profile);
  const logFields = engagement.changeLog.map((entry) => entryToFields(id, entry));

  const first = await runBatches(
    ctx.sender,
    [
      createItem(siteId, lists.engagements, profileFields),
      ...records.map(({ list, fields }) => createItem(siteId, lists[list], fields)),
    ],
    'anchored',
  );
  firstFailure(first);
  const logs = await runBatches(
    ctx.sender,
    logFields.map((fields) => createItem(siteId, lists.changeLog, fields)),
    'serial',
  );
  firstFailure(logs);

  const refOf = (outcome: BatchOutcome) => {
    const item = outcome.body as ListItem;
    return { itemId: String(item.id), eTag: eTagOf(item) || outcome.headers.get('ETag') || '' };
  };
  const index: EngagementIndex = {
    engagement: refOf(first[0]!),
    records: new Map(),
    complete: true,
    retryable: new Set(),
  };
  records.forEach(({ target }, i) => index.records.set(target, refOf(first[i + 1]!)));
  engagement.changeLog.forEach((entry, i) =>
    index.records.set(`changeLog/${entry.id}`, refOf(logs[i]!)),
  );
  const ambiguous = [
    ...records.filter((_, i) => first[i + 1]!.ambiguous),
    ...engagement.changeLog
      .filter((_, i) => logs[i]!.ambiguous)
      .map((entry) => ({ target: `changeLog/${entry.id}`, list: 'changeLog' as const })),
  ];
  for (const [target, ref] of await dedupeCreated(ctx, id, ambiguous))
    index.records.set(target, ref);

  const versioned = <C extends RecordCollection>(collection: C): Versioned<CollectionRecord[C]>[] =>
    recordsOf(engagement, collection).map((record) => {
      const { version: _drop, ...data } = record as CollectionRecord[C] & { version?: string };
      const version = index.records.get(`${collection}/${record.id}`)!.eTag;
      return { ...(data as CollectionRecord[C]), version };
    });
  const { version: _drop, ...profile } = engagement.profile as typeof engagement.profile & {
    version?: string;
  };
  const stored: StoredEngagement = {
    id,
    profile: { ...profile, version: index.engagement.eTag },
    changeLog: [...engagement.changeLog],
    ...storedCollections(versioned),
  };
  return { stored, index };
}

export async function deleteStored(ctx: StoreContext, id: string): Promise<void> {
  const { siteId, lists } = ctx.site;
  const found = await queryAll(
    ctx.sender,
    LIST_KEYS.map((list) => itemsWhere(ctx, list, 'EngagementId', id, ['EngagementId'])),
  );
  const deletes = (keys: readonly ListKey[]) =>
    keys.flatMap((list) =>
      found[LIST_KEYS.indexOf(list)]!.map((item) =>
        deleteItem(siteId, lists[list], String(item.id)),
      ),
    );
  const gone = (outcomes: readonly BatchOutcome[]) =>
    firstFailure(outcomes.filter((outcome) => outcome.status !== 404));
  gone(await runBatches(ctx.sender, deletes(LIST_KEYS.filter((list) => list !== 'engagements'))));
  gone(await runBatches(ctx.sender, deletes(['engagements'])));
  ctx.indexes.delete(id);
}
