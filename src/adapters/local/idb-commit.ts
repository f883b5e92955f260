import type { IDBPTransaction } from 'idb';
import {
  StoreError,
  type CommitResult,
  type RecordCollection,
  type StoreChange,
  type StoreConflict,
} from '../../ports/engagement-store';
import {
  assertOneChangePerRecord,
  fromEntry,
  versioned,
  withoutVersion,
  type AnyRecord,
} from './idb-records';
import {
  COUNTER_KEY,
  type ALL_STORES,
  type CollectionEntry,
  type TandemSchema,
} from './idb-schema';

export type WriteTransaction = IDBPTransaction<TandemSchema, typeof ALL_STORES, 'readwrite'>;

type Stored = CollectionEntry<AnyRecord> | 'log-entry-exists' | undefined;

function readTarget(tx: WriteTransaction, engagementId: string, change: StoreChange) {
  switch (change.kind) {
    case 'put':
      return tx.objectStore(change.collection).get([engagementId, change.record.id]);
    case 'delete':
      return tx.objectStore(change.collection).get([engagementId, change.id]);
    case 'append-log':
      return tx
        .objectStore('changeLog')
        .getKey([engagementId, change.entry.id])
        .then((key): Stored => (key === undefined ? undefined : 'log-entry-exists'));
    case 'put-profile':
      return Promise.resolve(undefined);
  }
}

/**
 * Check every change against what is stored, then write them all, inside `tx`. Throws before
 * writing anything if a change conflicts or is invalid; the caller aborts `tx`, so a failure
 * anywhere leaves the engagement exactly as it was.
 */
export async function applyCommit(
  tx: WriteTransaction,
  engagementId: string,
  changes: readonly StoreChange[],
): Promise<CommitResult> {
  assertOneChangePerRecord(changes);
  const [engagement, counter, ...stored] = await Promise.all([
    tx.objectStore('engagements').get(engagementId),
    tx.objectStore('meta').get(COUNTER_KEY),
    ...changes.map((change): Promise<Stored> => readTarget(tx, engagementId, change)),
  ]);
  if (!engagement) {
    throw new StoreError(
      'not-found',
      'This engagement is no longer stored in this browser; it may have been deleted in another tab.',
    );
  }

  const conflicts: StoreConflict[] = [];
  changes.forEach((change, index) => {
    const current = stored[index];
    if (change.kind === 'append-log') {
      if (current !== undefined) {
        throw new StoreError(
          'invalid',
          `Change-log entry ${change.entry.id} is already stored, and log entries never change.`,
        );
      }
    } else if (change.kind === 'put-profile') {
      if (String(engagement.version) !== change.baseVersion) {
        const current = versioned(engagement.profile, engagement.version);
        conflicts.push({ collection: 'profile', id: engagementId, current });
      }
    } else {
      const entry = current === 'log-entry-exists' ? undefined : current;
      // A missing record has no version, so `null` (new) matches only when nothing is stored.
      if ((entry ? String(entry.version) : null) !== change.baseVersion) {
        const id = change.kind === 'put' ? change.record.id : change.id;
        conflicts.push({
          collection: change.collection,
          id,
          current: entry ? fromEntry(entry) : null,
        });
      }
    }
  });
  if (conflicts.length > 0) {
    const what = conflicts.map((c) =>
      c.collection === 'profile' ? 'profile' : `${c.collection}/${c.id}`,
    );
    throw new StoreError(
      'conflict',
      `Not saved: ${what.join(', ')} changed since this engagement was loaded. Reload to see the latest, then redo the change.`,
      conflicts,
    );
  }

  let last = counter ?? 0;
  const writes: Promise<unknown>[] = [];
  const versions: { collection: RecordCollection; id: string; version: string | null }[] = [];
  let profileVersion: string | null = null;
  for (const change of changes) {
    switch (change.kind) {
      case 'put': {
        const version = ++last;
        const { collection, record } = change;
        const entry = { engagementId, id: record.id, version, record: withoutVersion(record) };
        // The change's union already ties the record type to its collection; TypeScript can't see
        // that through the store lookup.
        writes.push(
          tx.objectStore(collection).put(entry as TandemSchema[typeof collection]['value']),
        );
        versions.push({ collection, id: record.id, version: String(version) });
        break;
      }
      case 'delete':
        writes.push(tx.objectStore(change.collection).delete([engagementId, change.id]));
        versions.push({ collection: change.collection, id: change.id, version: null });
        break;
      case 'put-profile': {
        const version = ++last;
        const profile = withoutVersion(change.profile);
        writes.push(tx.objectStore('engagements').put({ ...engagement, profile, version }));
        profileVersion = String(version);
        break;
      }
      case 'append-log': {
        const { entry } = change;
        const record = { engagementId, id: entry.id, seq: ++last, entry };
        writes.push(tx.objectStore('changeLog').put(record));
        break;
      }
    }
  }
  if (last !== (counter ?? 0)) writes.push(tx.objectStore('meta').put(last, COUNTER_KEY));
  await Promise.all(writes);
  return { profileVersion, versions };
}
