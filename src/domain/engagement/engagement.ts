import type { FunctionRow } from '../matrix/function-row';
import type { ChangeEntry } from './change-log';
import type { CommChannel } from '../registers/channel-register';
import type { Day90Check, Milestone } from '../plan/plan';
import type { PlannerLink } from '../plan/planner-link';
import type { Review } from '../review/review-record';
import type { Tool } from '../registers/tool-register';
import type { EngagementProfile } from './profile';

/** Everything Tandem knows about one co-managed engagement. */
export interface Engagement {
  readonly id: string;
  readonly profile: EngagementProfile;
  readonly rows: readonly FunctionRow[];
  readonly tools: readonly Tool[];
  readonly channels: readonly CommChannel[];
  readonly changeLog: readonly ChangeEntry[];
  /**
   * The 90-day plan and its Planner sync state. Optional: an engagement made before the plan
   * existed (or without one) has none, which means the same as empty arrays. `day90Checks` and
   * `plannerLinks` hold at most one record each (ids `DAY_90_CHECK_ID`, `PLANNER_LINK_ID`).
   */
  readonly milestones?: readonly Milestone[];
  readonly day90Checks?: readonly Day90Check[];
  readonly plannerLinks?: readonly PlannerLink[];
  /** Quarterly reviews (optional like the plan: none means none yet). */
  readonly reviews?: readonly Review[];
}

/** The plan records an engagement may be created with (see {@link Engagement}). */
export type EngagementPlanRecords = Pick<Engagement, 'milestones' | 'day90Checks' | 'plannerLinks'>;

/**
 * A new engagement from a template's rows, and optionally its plan (e.g. the default milestones
 * and the unanswered day-90 check). The id is supplied by the caller.
 */
export function newEngagement(
  id: string,
  profile: EngagementProfile,
  rows: readonly FunctionRow[],
  plan: EngagementPlanRecords = {},
): Engagement {
  return { id, profile, rows, tools: [], channels: [], changeLog: [], ...plan };
}
