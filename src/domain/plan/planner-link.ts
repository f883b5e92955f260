import type { PhaseId } from './plan';

/**
 * Where an engagement's 90-day plan lives in Planner: the plan, its bucket per phase and the task
 * of each milestone, with the Planner eTags last seen. One record per engagement, with the fixed id
 * {@link PLANNER_LINK_ID}, absent until the first sync.
 *
 * Sync bookkeeping, not plan data: only the Planner sync writes it (nothing a person edits). It is
 * what makes a re-sync idempotent — a milestone listed in `tasks` is updated, never created again —
 * and lets the sync send `If-Match` with the eTag it last saw
 * (docs/platform.md#etags-and-if-match).
 */
export interface PlannerLink {
  /** Always {@link PLANNER_LINK_ID}. */
  readonly id: string;
  readonly planId: string;
  /** The plan's title when the sync made or last renamed it. */
  readonly planTitle: string;
  /** The bucket holding each phase's tasks. */
  readonly bucketIds: Readonly<Record<PhaseId, string>>;
  /** By milestone id: the task synced to that milestone. */
  readonly tasks: Readonly<Record<string, PlannerTaskLink>>;
  /**
   * Set when part of the stored record could not be read — someone edited its list item outside
   * Tandem and broke a JSON column. It names the record and what was wrong, is shown beside it,
   * and stops the sync, which would otherwise create every task again.
   */
  readonly damage?: string;
}

/** One milestone's Planner task, as the sync last wrote or read it. */
export interface PlannerTaskLink {
  readonly taskId: string;
  /** The task's eTag (`W/"…"`), for `If-Match` on the next update. */
  readonly etag: string;
  /** The task details' own eTag (checklist, description); `null` until the sync has read them. */
  readonly detailsEtag: string | null;
  /** What the sync last sent for the milestone, so an unchanged milestone costs no request. */
  readonly fingerprint: string;
}

export const PLANNER_LINK_ID = 'planner-link';
