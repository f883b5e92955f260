import type { FunctionRow } from './function-row';
import type { ChangeEntry } from './change-log';
import type { CommChannel } from './channel-register';
import type { Day90Check, Milestone } from './plan';
import type { PlannerLink } from './planner-link';
import type { Review } from './review';
import type { Tool } from './tool-register';

/** A named person on one side of the engagement. `upn` is the e-mail / user principal name. */
export interface Lead {
  readonly name: string;
  readonly upn: string;
}

/** Who the engagement is between and how it is sized. Dates are ISO `YYYY-MM-DD`. */
export interface EngagementProfile {
  readonly customer: string;
  readonly employeeCount: number;
  readonly internalItHeadcount: number;
  readonly mspName: string;
  readonly startDate: string;
  readonly internalLead: Lead;
  readonly mspLead: Lead;
  /** More joint rows than this makes the matrix "vague" (seed: "more than a few rows"). */
  readonly jointRowThreshold: number;
  /** Date of the last signed quarterly review, if any; scope-creep checks look at changes since then. */
  readonly lastReviewDate: string | null;
}

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

export const DEFAULT_JOINT_ROW_THRESHOLD = 3;

/** "Contoso ↔ Fabrikam IT": who the engagement is between, for titles of exports and printouts. */
export const engagementTitle = (profile: Pick<EngagementProfile, 'customer' | 'mspName'>): string =>
  `${profile.customer || 'Customer'} ↔ ${profile.mspName || 'MSP'}`;

export function emptyProfile(startDate: string): EngagementProfile {
  return {
    customer: '',
    employeeCount: 75,
    internalItHeadcount: 1,
    mspName: '',
    startDate,
    internalLead: { name: '', upn: '' },
    mspLead: { name: '', upn: '' },
    jointRowThreshold: DEFAULT_JOINT_ROW_THRESHOLD,
    lastReviewDate: null,
  };
}

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
