/**
 * The local-mode EngagementStore: everything lives in this browser's IndexedDB, database `tandem`.
 *
 * What is stored where (schema in idb-schema.ts, one migration step per version):
 * - `engagements`, key `id`: `{ id, profile, version, createdSeq }`. `version` is the profile's;
 *   `createdSeq` orders the list newest first.
 * - `rows`, `tools`, `channels`, `milestones`, `day90Checks`, `plannerLinks`, `reviews` (one store
 *   per record collection of the port; the plan's three since version 2, `reviews` since version
 *   3), key `[engagementId, id]`:
 *   `{ engagementId, id, version, record }`, one entry per record so two people editing different
 *   rows never touch the same entry. A milestone's checklist is part of its record.
 * - `changeLog`, key `[engagementId, id]`: `{ engagementId, id, seq, entry }`; `seq` keeps the
 *   log in the order it was appended.
 * - `meta`, key `'lastVersion'`: the one counter every version and sequence number comes from.
 *
 * No index on `engagementId`: the compound keys already keep an engagement's records together, so
 * one key range (`[id]` … `[id, []]`) loads or deletes them all.
 *
 * Versions: every write takes the next counter value, rendered as a string. Because the counter is
 * shared, a number is never reused, even after a record is deleted and created again, so a stale
 * base version can never match by accident.
 *
 * One durable write per user action: `commit`, `createEngagement` and `deleteEngagement` each run
 * in one readwrite transaction with strict durability, checking before writing, so a failure or a
 * conflict anywhere aborts all of it.
 */
import type { Engagement } from '../../domain/engagement/engagement';
import {
  summaryOf,
  loadCollections,
  storedCollections,
  StoreError,
  type CollectionRecord,
  type CommitResult,
  type EngagementStore,
  type EngagementSummary,
  type StoreChange,
  type StoredEngagement,
  type Versioned,
} from '../../ports/engagement-store';
import { applyCommit } from './idb-commit';
import { toStoreError } from './idb-errors';
import { engagementRange, firstDuplicate, versioned, withoutVersion } from './idb-records';
import {
  ALL_STORES,
  COLLECTION_STORES,
  COUNTER_KEY,
  ENGAGEMENT_STORES,
  openTandemDb,
  type TandemDb,
} from './idb-schema';

export const DEFAULT_DB_NAME = 'tandem';

export interface IndexedDbStoreOptions {
  /** Defaults to `tandem`; tests give each store its own. */
  readonly dbName?: string;
  /** Defaults to the browser's `indexedDB`. */
  readonly indexedDB?: IDBFactory;
}

export interface IndexedDbStore extends EngagementStore {
  readonly kind: 'local';
  /** Release the connection (the next call opens it again), as a page unload would. */
  close(): void;
}

const STRICT: IDBTransactionOptions = { durability: 'strict' };

interface Transaction {
  readonly done: Promise<void>;
  abort(): void;
}

/** Run `work` inside `tx`; resolves once the transaction has committed, aborts it on any failure. */
async function settle<T>(tx: Transaction, work: () => Promise<T>): Promise<T> {
  const { done } = tx;
  // `done` rejects when the transaction aborts; it is awaited on success, and on failure the error
  // from `work` is the one that matters.
  done.catch(() => {});
  let result: T;
  try {
    result = await work();
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // A failed request has already aborted it.
    }
    throw error;
  }
  await done;
  return result;
}

function assertDistinctIds(engagement: Engagement): void {
  for (const name of [...COLLECTION_STORES, 'changeLog'] as const) {
    const duplicate = firstDuplicate((engagement[name] ?? []).map((record) => record.id));
    if (duplicate !== undefined) {
      throw new StoreError('invalid', `Two ${name} entries share the id ${duplicate}.`);
    }
  }
}

export function createIndexedDbStore(options: IndexedDbStoreOptions = {}): IndexedDbStore {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  let opening: Promise<TandemDb> | null = null;

  const connection = (): Promise<TandemDb> => {
    if (opening) return opening;
    const factory = options.indexedDB ?? (globalThis.indexedDB as IDBFactory | undefined);
    if (!factory) return Promise.reject(new Error('This browser has no IndexedDB.'));
    const attempt = openTandemDb(factory, dbName, {
      onClosed: () => {
        if (opening === attempt) opening = null;
      },
    });
    opening = attempt;
    // A failed open is retried by the next call instead of failing forever.
    attempt.catch(() => {
      if (opening === attempt) opening = null;
    });
    return attempt;
  };

  const run = async <T>(action: string, work: (db: TandemDb) => Promise<T>): Promise<T> => {
    try {
      return await work(await connection());
    } catch (error) {
      throw toStoreError(error, action);
    }
  };

  return {
    kind: 'local',

    listEngagements: () =>
      run('list the engagements', async (db): Promise<EngagementSummary[]> => {
        const records = await db.getAll('engagements');
        return records
          .sort((a, b) => b.createdSeq - a.createdSeq)
          .map(({ id, profile }) => summaryOf(id, profile));
      }),

    loadEngagement: (id) =>
      run('load the engagement', async (db): Promise<StoredEngagement> => {
        const tx = db.transaction(ENGAGEMENT_STORES, 'readonly');
        const range = engagementRange(id);
        const all = <C extends (typeof COLLECTION_STORES)[number]>(collection: C) =>
          tx
            .objectStore(collection)
            .getAll(range)
            .then((entries) =>
              entries.map((entry) => versioned(entry.record as CollectionRecord[C], entry.version)),
            );
        const [engagement, log, collections] = await settle(tx, () =>
          Promise.all([
            tx.objectStore('engagements').get(id),
            tx.objectStore('changeLog').getAll(range),
            loadCollections(all),
          ]),
        );
        if (!engagement) {
          throw new StoreError('not-found', 'This engagement is not stored in this browser.');
        }
        return {
          id,
          profile: versioned(engagement.profile, engagement.version),
          changeLog: log.sort((a, b) => a.seq - b.seq).map((record) => record.entry),
          ...collections,
        };
      }),

    createEngagement: (engagement) =>
      run('create the engagement', async (db): Promise<StoredEngagement> => {
        assertDistinctIds(engagement);
        const { id } = engagement;
        const tx = db.transaction(ALL_STORES, 'readwrite', STRICT);
        return settle(tx, async () => {
          const [existing, counter] = await Promise.all([
            tx.objectStore('engagements').getKey(id),
            tx.objectStore('meta').get(COUNTER_KEY),
          ]);
          if (existing !== undefined) {
            throw new StoreError('already-exists', `An engagement with id ${id} already exists.`);
          }
          let last = counter ?? 0;
          const writes: Promise<unknown>[] = [];
          const profile = withoutVersion(engagement.profile);
          const profileVersion = ++last;
          writes.push(
            tx
              .objectStore('engagements')
              .put({ id, profile, version: profileVersion, createdSeq: profileVersion }),
          );
          // Each record gets its own entry and the next counter value as its version. The plan
          // collections are optional on a new engagement: absent means none.
          const putAll = <C extends (typeof COLLECTION_STORES)[number]>(
            collection: C,
          ): Versioned<CollectionRecord[C]>[] =>
            ((engagement[collection] ?? []) as readonly CollectionRecord[C][]).map((record) => {
              const entry = {
                engagementId: id,
                id: record.id,
                version: ++last,
                record: withoutVersion(record),
              };
              writes.push(tx.objectStore(collection).put(entry as never));
              return versioned(entry.record, entry.version) as Versioned<CollectionRecord[C]>;
            });
          const collections = storedCollections(putAll);
          for (const entry of engagement.changeLog) {
            writes.push(
              tx
                .objectStore('changeLog')
                .put({ engagementId: id, id: entry.id, seq: ++last, entry }),
            );
          }
          writes.push(tx.objectStore('meta').put(last, COUNTER_KEY));
          await Promise.all(writes);
          return {
            id,
            profile: versioned(profile, profileVersion),
            changeLog: [...engagement.changeLog],
            ...collections,
          };
        });
      }),

    commit: (engagementId: string, changes: readonly StoreChange[]) =>
      run('save your change', (db): Promise<CommitResult> => {
        const tx = db.transaction(ALL_STORES, 'readwrite', STRICT);
        return settle(tx, () => applyCommit(tx, engagementId, changes));
      }),

    deleteEngagement: (id) =>
      run('delete the engagement', async (db) => {
        const tx = db.transaction(ENGAGEMENT_STORES, 'readwrite', STRICT);
        const range = engagementRange(id);
        await settle(tx, () =>
          Promise.all([
            tx.objectStore('engagements').delete(id),
            ...[...COLLECTION_STORES, 'changeLog' as const].map((name) =>
              tx.objectStore(name).delete(range),
            ),
          ]),
        );
      }),

    close: () => {
      const current = opening;
      opening = null;
      current?.then((db) => db.close()).catch(() => {});
    },
  };
}
