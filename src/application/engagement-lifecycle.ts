import { DELETED_KEPT_DAYS, type EngagementProfile } from '../domain/engagement/profile';
import type { SaveAction } from './session/edit-intent';
import {
  withoutVersion,
  type EngagementStore,
  type EngagementSummary,
} from '../ports/engagement-store';

/**
 * Deleting an engagement is a recycle period, not an erase (docs/rules.md, "Deleting an
 * engagement"): the engagement item is marked `deletedAt`, every record stays where it is, and
 * anyone who can open it restores it within `DELETED_KEPT_DAYS`. Only after that is it removed
 * for good, by `purgeExpired`. The same in every store, so local mode and SharePoint behave alike.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The save that moves the open engagement to "Recently deleted" (through its session). */
export function deleteAction(profile: EngagementProfile, now: string): SaveAction {
  return {
    label: 'Deleted the engagement',
    intents: [{ kind: 'put-profile', profile: { ...withoutVersion(profile), deletedAt: now } }],
  };
}

/** The profile without its deletion mark. */
function restoredProfile(profile: EngagementProfile): EngagementProfile {
  const { deletedAt: _deletedAt, ...kept } = withoutVersion(profile);
  return kept;
}

/** The save that brings the open engagement back. */
export function restoreAction(profile: EngagementProfile): SaveAction {
  return {
    label: 'Restored the engagement',
    intents: [{ kind: 'put-profile', profile: restoredProfile(profile) }],
  };
}

/** Restore an engagement that is not open (from "Recently deleted"), based on its stored version. */
export async function restoreEngagement(store: EngagementStore, id: string): Promise<void> {
  const stored = await store.loadEngagement(id);
  if (!stored.profile.deletedAt) return;
  await store.commit(id, [
    {
      kind: 'put-profile',
      profile: restoredProfile(stored.profile),
      baseVersion: stored.profile.version,
    },
  ]);
}

/** What a failed restore says. */
export const restoreFailureMessage = (error: unknown): string =>
  error instanceof Error ? error.message : 'The engagement could not be restored.';

/** The last day (ISO date) a deleted engagement can be restored. */
export const restorableUntil = (deletedAt: string): string =>
  new Date(Date.parse(deletedAt) + DELETED_KEPT_DAYS * DAY_MS).toISOString().slice(0, 10);

export const isExpired = (deletedAt: string, now: string): boolean =>
  Date.parse(now) - Date.parse(deletedAt) > DELETED_KEPT_DAYS * DAY_MS;

export const inUse = (summaries: readonly EngagementSummary[]) =>
  summaries.filter((summary) => summary.deletedAt === null);

/** Deleted, still restorable, most recently deleted first. */
export function recentlyDeleted(
  summaries: readonly EngagementSummary[],
  now: string,
): EngagementSummary[] {
  return summaries
    .filter((summary) => summary.deletedAt !== null && !isExpired(summary.deletedAt, now))
    .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}

/**
 * Remove for good the engagements whose recycle period has passed. Returns how many went. A
 * failure leaves them for the next open (they are not listed as restorable any more either way).
 */
export async function purgeExpired(
  store: EngagementStore,
  summaries: readonly EngagementSummary[],
  now: string,
): Promise<number> {
  const expired = summaries.filter(
    (summary) => summary.deletedAt !== null && isExpired(summary.deletedAt, now),
  );
  for (const summary of expired) await store.deleteEngagement(summary.id);
  return expired.length;
}
