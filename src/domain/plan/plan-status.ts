import { PHASES, ROUTINE_DAY, sortMilestones, type Milestone, type Phase } from './plan';
import { dateOfDay, daysBetween, engagementDay } from './plan-dates';

/**
 * Where the plan stands on a given day: each milestone's status and days left, each phase's
 * progress, and where "today" falls on the timeline. Everything is derived from the milestones,
 * the engagement's start date and `today` (supplied by the caller), so nothing here is stored.
 */

export type MilestoneStatus = 'not-started' | 'in-progress' | 'done' | 'overdue';

/** Planner's percentComplete can come back as anything; keep it in 0–100 for derivations. */
const clampPercent = (percent: number) =>
  Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 0;

export function milestoneDates(
  milestone: Pick<Milestone, 'startDay' | 'dueDay'>,
  startDate: string,
): { startDate: string; dueDate: string } {
  return {
    startDate: dateOfDay(startDate, milestone.startDay),
    dueDate: dateOfDay(startDate, milestone.dueDay),
  };
}

/**
 * Done at 100 %. Otherwise overdue once its due date has passed (the due date itself is still on
 * time), else in progress with any progress, else not started.
 */
export function milestoneStatus(
  milestone: Pick<Milestone, 'dueDay' | 'percentComplete'>,
  startDate: string,
  today: string,
): MilestoneStatus {
  const percent = clampPercent(milestone.percentComplete);
  if (percent >= 100) return 'done';
  if (today > dateOfDay(startDate, milestone.dueDay)) return 'overdue';
  return percent > 0 ? 'in-progress' : 'not-started';
}

/** Days from today to the due date: 0 on the due day, negative once it has passed. */
export function daysLeft(
  milestone: Pick<Milestone, 'dueDay'>,
  startDate: string,
  today: string,
): number {
  return daysBetween(today, dateOfDay(startDate, milestone.dueDay));
}

export interface MilestoneProgress {
  readonly milestone: Milestone;
  readonly status: MilestoneStatus;
  readonly startDate: string;
  readonly dueDate: string;
  readonly daysLeft: number;
  readonly checklistDone: number;
}

/** Every milestone with its derived dates and status, in plan order. */
export function describeMilestones(
  milestones: readonly Milestone[],
  startDate: string,
  today: string,
): MilestoneProgress[] {
  return sortMilestones(milestones).map((milestone) => ({
    milestone,
    status: milestoneStatus(milestone, startDate, today),
    ...milestoneDates(milestone, startDate),
    daysLeft: daysLeft(milestone, startDate, today),
    checklistDone: milestone.checklist.filter((item) => item.done).length,
  }));
}

/** Before the phase's first day, within it (edges included), or after its last day. */
export type PhaseState = 'upcoming' | 'current' | 'finished';

export interface PhaseProgress {
  readonly phase: Phase;
  readonly startDate: string;
  readonly endDate: string;
  readonly state: PhaseState;
  readonly milestones: number;
  readonly done: number;
  readonly overdue: number;
  /** Mean percentComplete of the phase's milestones, as a fraction in [0, 1]; 0 when it has none. */
  readonly progress: number;
}

export function phaseProgress(
  phase: Phase,
  milestones: readonly Milestone[],
  startDate: string,
  today: string,
): PhaseProgress {
  const own = milestones.filter((milestone) => milestone.phase === phase.id);
  const statuses = own.map((milestone) => milestoneStatus(milestone, startDate, today));
  const day = engagementDay(startDate, today);
  const total = own.reduce((sum, milestone) => sum + clampPercent(milestone.percentComplete), 0);
  return {
    phase,
    startDate: dateOfDay(startDate, phase.startDay),
    endDate: dateOfDay(startDate, phase.endDay),
    state: day < phase.startDay ? 'upcoming' : day > phase.endDay ? 'finished' : 'current',
    milestones: own.length,
    done: statuses.filter((status) => status === 'done').length,
    overdue: statuses.filter((status) => status === 'overdue').length,
    progress: own.length === 0 ? 0 : total / own.length / 100,
  };
}

export function planProgress(
  milestones: readonly Milestone[],
  startDate: string,
  today: string,
): PhaseProgress[] {
  return PHASES.map((phase) => phaseProgress(phase, milestones, startDate, today));
}

/**
 * The days the timeline shows: day 1 to day 90, or further when a milestone was moved later.
 * Positions on it are fractions: day `d` occupies [(d − 1) / lastDay, d / lastDay].
 */
export function timelineLastDay(milestones: readonly Pick<Milestone, 'dueDay'>[]): number {
  return milestones.reduce((last, milestone) => Math.max(last, milestone.dueDay), ROUTINE_DAY);
}

/** Where a day starts on the timeline, as a fraction in [0, 1] (clamped outside the timeline). */
export function dayPosition(day: number, lastDay: number): number {
  return Math.min(1, Math.max(0, (day - 1) / lastDay));
}

export interface TodayMarker {
  /** Engagement day of today (1 = start date); may be ≤ 0 or beyond the timeline. */
  readonly day: number;
  /** Where the marker sits on the timeline, a fraction in [0, 1]. */
  readonly position: number;
  readonly where: 'before' | 'during' | 'after';
}

export function todayMarker(startDate: string, today: string, lastDay: number): TodayMarker {
  const day = engagementDay(startDate, today);
  return {
    day,
    position: dayPosition(day, lastDay),
    where: day < 1 ? 'before' : day > lastDay ? 'after' : 'during',
  };
}
