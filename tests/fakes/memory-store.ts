import type { ChangeEntry } from '../../src/domain/engagement/change-log';
import type { Engagement } from '../../src/domain/engagement/engagement';
import type { EngagementProfile } from '../../src/domain/engagement/profile';
import {
  summaryOf,
  RECORD_COLLECTIONS,
  StoreError,
  storeChangeTarget,
  storedCollections,
  type CollectionRecord,
  type CommitResult,
  type EngagementStore,
  type RecordCollection,
  type StoreChange,
  type StoreConflict,
  type StoredEngagement,
  type Versioned,
} from '../../src/ports/engagement-store';

/**
 * An in-memory EngagementStore for tests, with the semantics the port promises of local stores:
 * opaque versions, conflicts on stale base versions, all-or-nothing commits. It passes the same
 * contract suite as the real stores, so tests over it say something about the app over them.
 */
export interface MemoryStore extends EngagementStore {
  /** A local store's semantics (all-or-nothing commits), so it shows as one. */
  readonly kind: 'local';
  /** The fake names itself here, not in the production port's `kind`. */
  readonly fake: 'memory';
  /** The next `commit` rejects with `error` and changes nothing, as a failed write would. */
  failNextCommit(error: StoreError): void;
}

type Collections = { [C in RecordCollection]: Map<string, Versioned<CollectionRecord[C]>> };

interface HeldEngagement extends Collections {
  readonly createdSeq: number;
  profile: Versioned<EngagementProfile>;
  readonly changeLog: ChangeEntry[];
}

// Everything going in or out is copied, as IndexedDB's structured clone does, so a test that
// mutates an object it passed or got back cannot reach into the store behind the port's back.
const copy = <T>(value: T): T => structuredClone(value);

function withVersion<T extends object>(record: T, version: string): Versioned<T> {
  const { version: _old, ...rest } = record as T & { version?: unknown };
  return { ...(rest as T), version };
}

const notFound = () =>
  new StoreError('not-found', 'This engagement is not stored (it may have been deleted).');

function assertUnique(ids: readonly string[], what: string): void {
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined)
    throw new StoreError('invalid', `${what} ${duplicate} appears twice.`);
}

export function createMemoryStore(): MemoryStore {
  const engagements = new Map<string, HeldEngagement>();
  let lastVersion = 0;
  // Not numbers like IndexedDB's, so code that treats versions as anything but opaque shows up.
  const nextVersion = () => `m${++lastVersion}`;
  let pendingFailure: StoreError | null = null;

  const snapshot = (id: string, held: HeldEngagement): StoredEngagement =>
    copy({
      id,
      profile: held.profile,
      changeLog: held.changeLog,
      ...storedCollections((collection) => [...held[collection].values()]),
    });

  const conflictsOf = (
    held: HeldEngagement,
    engagementId: string,
    change: StoreChange,
  ): StoreConflict[] => {
    if (change.kind === 'append-log') return [];
    if (change.kind === 'put-profile') {
      return held.profile.version === change.baseVersion
        ? []
        : [{ collection: 'profile', id: engagementId, current: copy(held.profile) }];
    }
    const id = change.kind === 'put' ? change.record.id : change.id;
    const current = held[change.collection].get(id) ?? null;
    return (current?.version ?? null) === change.baseVersion
      ? []
      : [{ collection: change.collection, id, current: copy(current) }];
  };

  return {
    kind: 'local',
    fake: 'memory',

    failNextCommit(error) {
      pendingFailure = error;
    },

    async listEngagements() {
      return [...engagements.entries()]
        .sort(([, a], [, b]) => b.createdSeq - a.createdSeq)
        .map(([id, { profile }]) => summaryOf(id, profile));
    },

    async loadEngagement(id) {
      const held = engagements.get(id);
      if (!held) throw notFound();
      return snapshot(id, held);
    },

    async createEngagement(input: Engagement) {
      const engagement = copy(input);
      if (engagements.has(engagement.id)) {
        throw new StoreError('already-exists', `An engagement with id ${engagement.id} exists.`);
      }
      for (const collection of RECORD_COLLECTIONS) {
        assertUnique(
          (engagement[collection] ?? []).map((record) => record.id),
          `A ${collection} record`,
        );
      }
      assertUnique(
        engagement.changeLog.map((e) => e.id),
        'Change-log entry',
      );
      // Plan collections are optional on a new engagement: absent means none.
      const keyed = <T extends { id: string }>(records: readonly T[] = []) =>
        new Map(records.map((record) => [record.id, withVersion(record, nextVersion())]));
      const profile = withVersion(engagement.profile, nextVersion());
      const held: HeldEngagement = {
        createdSeq: lastVersion,
        profile,
        ...(Object.fromEntries(
          RECORD_COLLECTIONS.map((collection) => [
            collection,
            keyed<{ id: string }>(engagement[collection]),
          ]),
        ) as unknown as Collections),
        changeLog: [...engagement.changeLog],
      };
      engagements.set(engagement.id, held);
      return snapshot(engagement.id, held);
    },

    async commit(engagementId, input): Promise<CommitResult> {
      const failure = pendingFailure;
      pendingFailure = null;
      if (failure) throw failure;
      const held = engagements.get(engagementId);
      if (!held) throw notFound();
      // Everything is checked (and copied) before anything is written: that is the atomicity.
      const changes = copy(input);
      assertUnique(changes.map(storeChangeTarget), 'One save changes');
      for (const change of changes) {
        if (change.kind === 'append-log' && held.changeLog.some((e) => e.id === change.entry.id)) {
          throw new StoreError('invalid', `Change-log entry ${change.entry.id} is already stored.`);
        }
      }
      const conflicts: StoreConflict[] = changes.flatMap((c) => conflictsOf(held, engagementId, c));
      if (conflicts.length > 0) {
        throw new StoreError(
          'conflict',
          `Not saved: ${conflicts.length} record(s) changed since they were loaded.`,
          conflicts,
        );
      }

      let profileVersion: string | null = null;
      const versions: CommitResult['versions'][number][] = [];
      for (const change of changes) {
        switch (change.kind) {
          case 'put': {
            const record = withVersion(change.record, nextVersion());
            (held[change.collection] as Map<string, typeof record>).set(record.id, record);
            versions.push({
              collection: change.collection,
              id: record.id,
              version: record.version,
            });
            break;
          }
          case 'delete':
            held[change.collection].delete(change.id);
            versions.push({ collection: change.collection, id: change.id, version: null });
            break;
          case 'put-profile':
            held.profile = withVersion(change.profile, nextVersion());
            profileVersion = held.profile.version;
            break;
          case 'append-log':
            held.changeLog.push(change.entry);
            break;
        }
      }
      return { profileVersion, versions };
    },

    async deleteEngagement(id) {
      engagements.delete(id);
    },
  };
}
