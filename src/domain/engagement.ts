import type { FunctionRow } from './function-row';
import type { ChangeEntry } from './change-log';
import type { CommChannel } from './channel-register';
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
}

export const DEFAULT_JOINT_ROW_THRESHOLD = 3;

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

/** A new engagement from a template's rows. `newId` is supplied by the caller. */
export function newEngagement(
  id: string,
  profile: EngagementProfile,
  rows: readonly FunctionRow[],
): Engagement {
  return { id, profile, rows, tools: [], channels: [], changeLog: [] };
}
