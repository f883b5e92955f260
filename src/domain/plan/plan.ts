import type { EngagementProfile, Lead } from '../engagement/profile';
import type { Owner } from '../matrix/roles';

/**
 * The seed's "first 90 days of a co-managed engagement" as data: three phases, milestones with
 * relative days, and the day-90 question "does it feel routine?".
 *
 * Every record here is plain JSON with an `id`, so a store can keep milestones as one collection
 * and the day-90 check as one record, and Planner can map a milestone to a task. Dates are never
 * stored: they follow from the engagement's start date (see plan-dates.ts), so moving the start
 * moves the whole plan.
 */

export type PhaseId = 'discovery' | 'tool-deployment' | 'stabilization';

export interface Phase {
  readonly id: PhaseId;
  readonly name: string;
  /** First and last engagement day, inclusive, as the seed gives them ("Days 14–45"). */
  readonly startDay: number;
  readonly endDay: number;
  /** The seed's own summary of the phase. */
  readonly summary: string;
}

/**
 * The seed's phases. Their edges share a day (14, 45) exactly as the seed writes them: the
 * hand-over day belongs to both phases.
 */
export const PHASES: readonly Phase[] = [
  {
    id: 'discovery',
    name: 'Discovery and documentation',
    startDay: 1,
    endDay: 14,
    summary:
      'The MSP catalogs everything — servers, networks, applications, users, vendors, contracts. The internal team walks through their day-to-day workflows. Together you build the responsibility matrix.',
  },
  {
    id: 'tool-deployment',
    name: 'Tool deployment',
    startDay: 14,
    endDay: 45,
    summary:
      'RMM agent, EDR, email security, backup, monitoring all deployed and tuned. Your internal team is involved in deployment so they understand the tools they’ll be operating alongside.',
  },
  {
    id: 'stabilization',
    name: 'Stabilization and refinement',
    startDay: 45,
    endDay: 90,
    summary:
      'The MSP starts taking on the work assigned in the matrix. The internal team and MSP figure out communication rhythms that work for both sides. Initial cybersecurity findings get worked through.',
  },
];

export const PHASE_IDS: readonly PhaseId[] = PHASES.map((phase) => phase.id);

/** The day the seed says the engagement "should feel routine". */
export const ROUTINE_DAY = 90;

/** Milestones may be planned anywhere in the first year (day 1 … 365). */
export const FIRST_PLAN_DAY = 1;
export const LAST_PLAN_DAY = 365;

export function phaseById(id: PhaseId): Phase {
  const phase = PHASES.find((candidate) => candidate.id === id);
  if (!phase) throw new RangeError(`Unknown phase “${id}”.`);
  return phase;
}

/** A milestone is owned like a matrix row, but never "unassigned": someone always does it. */
export type MilestoneOwner = Exclude<Owner, 'unassigned'>;

export const MILESTONE_OWNERS: readonly MilestoneOwner[] = ['internal', 'msp', 'joint'];

/** One line of a milestone's checklist (a Planner checklist item once synced). */
export interface ChecklistItem {
  /** Unique within its milestone. */
  readonly id: string;
  readonly title: string;
  readonly done: boolean;
}

/**
 * One milestone of the plan — stored as one record, synced as one Planner task.
 *
 * `startDay`/`dueDay` are engagement days (1 = start date), inclusive. `percentComplete` is
 * 0–100 like Planner's (which shows 0 / 50 / 100 as not started / in progress / completed) and
 * is what Planner feeds back; status is derived from it and `today`, never stored.
 */
export interface Milestone {
  readonly id: string;
  readonly phase: PhaseId;
  readonly name: string;
  readonly owner: MilestoneOwner;
  readonly startDay: number;
  readonly dueDay: number;
  readonly checklist: readonly ChecklistItem[];
  readonly percentComplete: number;
  /** The Planner task this milestone is synced to; absent or null until the sync creates it. */
  readonly plannerTaskId?: string | null;
  /**
   * Set when part of the stored record could not be read — someone edited its list item outside
   * Tandem and broke a JSON column. It names the record and what was wrong, is shown beside it,
   * and is never written: the checklist column is left as it is until the user edits the
   * checklist (the milestone dialog), which replaces it.
   */
  readonly damage?: string;
}

/** The seed's day-90 question. `unanswered` until someone answers it. */
export type RoutineAnswer = 'yes' | 'no' | 'unanswered';

/**
 * "By day 90, the engagement should feel routine. If it doesn't, something needs to be
 * renegotiated." One record per engagement, with the fixed id {@link DAY_90_CHECK_ID}.
 */
export interface Day90Check {
  readonly id: string;
  readonly routine: RoutineAnswer;
  /** Both leads have planned a renegotiation (only meaningful when `routine` is `no`). */
  readonly renegotiationPlanned: boolean;
  readonly note: string;
  /** ISO date of the last answer, and who gave it; supplied by the caller (no clock here). */
  readonly answeredOn: string | null;
  readonly answeredBy: string;
}

export const DAY_90_CHECK_ID = 'day-90-check';

export const UNANSWERED_DAY_90: Day90Check = {
  id: DAY_90_CHECK_ID,
  routine: 'unanswered',
  renegotiationPlanned: false,
  note: '',
  answeredOn: null,
  answeredBy: '',
};

/** The whole 90-day plan of one engagement. Milestones come in no promised order. */
export interface PlanState {
  readonly milestones: readonly Milestone[];
  readonly day90Check: Day90Check;
}

const PHASE_RANK: Record<PhaseId, number> = {
  discovery: 0,
  'tool-deployment': 1,
  stabilization: 2,
};

/** Milestones in plan order: by phase, then start day, due day and name (stable for equal keys). */
export function sortMilestones<M extends Milestone>(milestones: readonly M[]): M[] {
  return [...milestones].sort(
    (a, b) =>
      PHASE_RANK[a.phase] - PHASE_RANK[b.phase] ||
      a.startDay - b.startDay ||
      a.dueDay - b.dueDay ||
      a.name.localeCompare(b.name) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Who a milestone is assigned to: the owning side's lead, both for joint work. Leads without a
 * name or e-mail are left out (the profile may not name them yet).
 */
export function milestoneAssignees(
  owner: MilestoneOwner,
  profile: Pick<EngagementProfile, 'internalLead' | 'mspLead'>,
): Lead[] {
  const leads =
    owner === 'internal'
      ? [profile.internalLead]
      : owner === 'msp'
        ? [profile.mspLead]
        : [profile.internalLead, profile.mspLead];
  return leads.filter((lead) => lead.name.trim() !== '' || lead.upn.trim() !== '');
}
