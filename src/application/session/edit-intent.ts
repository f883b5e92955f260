import type { ChangeEntry } from '../../domain/engagement/change-log';
import type { EngagementProfile } from '../../domain/engagement/profile';
import {
  RECORD_COLLECTIONS,
  type CollectionRecord,
  type CommitResult,
  type RecordCollection,
  type StoreChange,
  type StoredEngagement,
  type Versioned,
} from '../../ports/engagement-store';

/**
 * What a user action wants stored, without versions. The session fills in each record's base
 * version when the write is sent, so edits queued behind a slow write still chain correctly.
 */
export type EditIntent =
  | {
      [C in RecordCollection]: { kind: 'put'; collection: C; record: CollectionRecord[C] };
    }[RecordCollection]
  | { kind: 'delete'; collection: RecordCollection; id: string }
  | { kind: 'put-profile'; profile: EngagementProfile }
  | { kind: 'append-log'; entry: ChangeEntry };

/** One user action: what it changes, and the words the UI uses for it ("Archived Backup …"). */
export interface SaveAction {
  readonly label: string;
  readonly intents: readonly EditIntent[];
}

/** Versions the session last saw from the store, keyed `collection:id` (`profile` for the profile). */
export type KnownVersions = ReadonlyMap<string, string>;

export const versionKey = (collection: RecordCollection, id: string) => `${collection}:${id}`;
export const PROFILE_KEY = 'profile';

export function versionsOf(engagement: StoredEngagement): Map<string, string> {
  const known = new Map<string, string>([[PROFILE_KEY, engagement.profile.version]]);
  for (const collection of RECORD_COLLECTIONS) {
    for (const record of engagement[collection])
      known.set(versionKey(collection, record.id), record.version);
  }
  return known;
}

export function toStoreChanges(
  intents: readonly EditIntent[],
  known: KnownVersions,
): StoreChange[] {
  return intents.map((intent): StoreChange => {
    switch (intent.kind) {
      case 'put':
        return {
          ...intent,
          baseVersion: known.get(versionKey(intent.collection, intent.record.id)) ?? null,
        } as StoreChange;
      case 'delete':
        return {
          ...intent,
          baseVersion: known.get(versionKey(intent.collection, intent.id)) ?? '',
        };
      case 'put-profile':
        return { ...intent, baseVersion: known.get(PROFILE_KEY) ?? '' };
      case 'append-log':
        return intent;
    }
  });
}

export function withVersions(
  known: Map<string, string>,
  result: CommitResult,
): Map<string, string> {
  const next = new Map(known);
  if (result.profileVersion !== null) next.set(PROFILE_KEY, result.profileVersion);
  for (const { collection, id, version } of result.versions) {
    if (version === null) next.delete(versionKey(collection, id));
    else next.set(versionKey(collection, id), version);
  }
  return next;
}

function upsert<T extends { id: string }>(records: readonly T[], record: T): T[] {
  const index = records.findIndex((existing) => existing.id === record.id);
  if (index < 0) return [...records, record];
  return records.map((existing, i) => (i === index ? record : existing));
}

/**
 * The engagement as the user should see it with these intents applied, before the store confirms.
 * Records keep the version last known for them (an empty string for records not stored yet).
 */
export function applyIntents(
  engagement: StoredEngagement,
  intents: readonly EditIntent[],
  known: KnownVersions,
): StoredEngagement {
  let next = engagement;
  for (const intent of intents) {
    switch (intent.kind) {
      case 'put': {
        const version = known.get(versionKey(intent.collection, intent.record.id)) ?? '';
        const record = { ...intent.record, version } as Versioned<typeof intent.record>;
        next = {
          ...next,
          [intent.collection]: upsert(next[intent.collection] as never[], record as never),
        };
        break;
      }
      case 'delete':
        next = {
          ...next,
          [intent.collection]: (next[intent.collection] as readonly { id: string }[]).filter(
            (record) => record.id !== intent.id,
          ),
        };
        break;
      case 'put-profile':
        next = {
          ...next,
          profile: { ...intent.profile, version: known.get(PROFILE_KEY) ?? next.profile.version },
        };
        break;
      case 'append-log':
        next = { ...next, changeLog: [...next.changeLog, intent.entry] };
        break;
    }
  }
  return next;
}
