import type { FitAnswers } from '../fit/fit-assessment';

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
  /** The fit questionnaire's answers so far (absent: none answered). The headcount is the one above. */
  readonly fitAnswers?: FitAnswers;
  /**
   * When the engagement was deleted (ISO instant; absent while it is in use). A deleted engagement
   * stays restorable for `DELETED_KEPT_DAYS`, then is removed for good (docs/rules.md).
   */
  readonly deletedAt?: string;
}

/** How long a deleted engagement can be restored. */
export const DELETED_KEPT_DAYS = 30;

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
