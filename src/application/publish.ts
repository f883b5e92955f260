import { canonical } from '../domain/canonical';
import {
  plainEngagement,
  RECORD_COLLECTIONS,
  StoreError,
  type EngagementStore,
  type StoreChange,
  type StoredEngagement,
  withoutVersion,
} from '../ports/engagement-store';

/**
 * Publishing copies a local engagement into another store (the team's SharePoint) in one action.
 *
 * Idempotent: the first run creates the engagement whole; later runs write only the records that
 * differ (based on the target's current versions, so nobody's edit there is overwritten blindly —
 * a record changed in both places comes back as a `conflict`) and append the change-log entries
 * the target lacks. Records that exist only in the target are left alone: publishing never deletes.
 */

export interface PublishResult {
  readonly created: boolean;
  /** Records written (the profile and every record collection) plus log entries appended. */
  readonly written: number;
  readonly unchanged: number;
}

/** Changes per commit: keeps each save a bounded number of batches on a remote store. */
const CHUNK = 100;

/**
 * Same domain data, versions and key order aside. Nested values count: a row's roles, the leads
 * of the profile, a milestone's checklist, the Planner link's tasks.
 */
const differs = (a: object, b: object) =>
  JSON.stringify(canonical(withoutVersion(a))) !== JSON.stringify(canonical(withoutVersion(b)));

/** What the target needs to match the source, without deleting anything it has. */
export function planPublish(source: StoredEngagement, target: StoredEngagement): StoreChange[] {
  const changes: StoreChange[] = [];
  if (differs(source.profile, target.profile)) {
    changes.push({
      kind: 'put-profile',
      profile: withoutVersion(source.profile),
      baseVersion: target.profile.version,
    });
  }
  for (const collection of RECORD_COLLECTIONS) {
    const existing = new Map<string, { version: string }>(
      (target[collection] as readonly { id: string; version: string }[]).map((r) => [r.id, r]),
    );
    for (const record of source[collection]) {
      const there = existing.get(record.id);
      if (there && !differs(record, there)) continue;
      changes.push({
        kind: 'put',
        collection,
        record: withoutVersion(record),
        baseVersion: there?.version ?? null,
      } as StoreChange);
    }
  }
  const logged = new Set(target.changeLog.map((entry) => entry.id));
  for (const entry of source.changeLog) {
    if (!logged.has(entry.id)) changes.push({ kind: 'append-log', entry });
  }
  return changes;
}

export async function publishEngagement(
  source: EngagementStore,
  target: EngagementStore,
  engagementId: string,
): Promise<PublishResult> {
  const local = await source.loadEngagement(engagementId);
  const total =
    1 +
    RECORD_COLLECTIONS.reduce((sum, collection) => sum + local[collection].length, 0) +
    local.changeLog.length;
  let remote: StoredEngagement;
  try {
    remote = await target.loadEngagement(engagementId);
  } catch (error) {
    if (!(error instanceof StoreError && error.code === 'not-found')) throw error;
    await target.createEngagement(plainEngagement(local));
    return { created: true, written: total, unchanged: 0 };
  }
  const changes = planPublish(local, remote);
  for (let start = 0; start < changes.length; start += CHUNK) {
    await target.commit(engagementId, changes.slice(start, start + CHUNK));
  }
  return { created: false, written: changes.length, unchanged: total - changes.length };
}
