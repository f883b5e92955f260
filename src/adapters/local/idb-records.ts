import {
  StoreError,
  storeChangeTarget,
  type CollectionRecord,
  type RecordCollection,
  type StoreChange,
  type Versioned,
} from '../../ports/engagement-store';
import type { CollectionEntry } from './idb-schema';

/** Translation between stored entries and the port's versioned records. */

export type AnyRecord = CollectionRecord[RecordCollection];

export const versioned = <T extends object>(record: T, version: number): Versioned<T> => ({
  ...record,
  version: String(version),
});

export const fromEntry = <T extends AnyRecord>(entry: CollectionEntry<T>): Versioned<T> =>
  versioned(entry.record, entry.version);

/**
 * Callers often pass back a record they loaded, version included. The version belongs to the
 * store, so it is dropped rather than saved as if it were domain data.
 */
export { withoutVersion } from '../../ports/engagement-store';

/**
 * The key range holding all of one engagement's records in a collection store. Keys are
 * `[engagementId, id]` with string ids, and arrays sort after strings, so `[engagementId, []]` is
 * above every key of that engagement and below the next engagement's.
 */
export const engagementRange = (engagementId: string): IDBKeyRange =>
  IDBKeyRange.bound([engagementId], [engagementId, []]);

export function firstDuplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/**
 * A commit may touch each record once: with two changes to one record, the second's base version
 * could never match, so the caller has a bug worth hearing about rather than a conflict.
 */
export function assertOneChangePerRecord(changes: readonly StoreChange[]): void {
  const duplicate = firstDuplicate(changes.map(storeChangeTarget));
  if (duplicate !== undefined) {
    throw new StoreError('invalid', `One save changed ${duplicate} twice; combine the changes.`);
  }
}
