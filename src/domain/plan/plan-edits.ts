import {
  FIRST_PLAN_DAY,
  LAST_PLAN_DAY,
  type ChecklistItem,
  type Day90Check,
  type Milestone,
  type MilestoneOwner,
  type PhaseId,
  type PlanState,
  type RoutineAnswer,
} from './plan';
import { NAME_MAX_LENGTH, validateWholeNumber } from '../validation';

/**
 * Pure edits of the 90-day plan. Each returns the one record change it makes (a `PlanChange`),
 * so the caller can show it at once and store exactly that record; `applyPlanChange` applies a
 * change to a plan. Ids and dates come from the caller: the domain has no clock and no randomness.
 */

export type PlanChange =
  | { readonly kind: 'put-milestone'; readonly milestone: Milestone }
  | { readonly kind: 'delete-milestone'; readonly id: string }
  | { readonly kind: 'put-day90-check'; readonly check: Day90Check };

export function applyPlanChange(plan: PlanState, change: PlanChange): PlanState {
  switch (change.kind) {
    case 'put-milestone': {
      const others = plan.milestones.filter((m) => m.id !== change.milestone.id);
      return { ...plan, milestones: [...others, change.milestone] };
    }
    case 'delete-milestone':
      return { ...plan, milestones: plan.milestones.filter((m) => m.id !== change.id) };
    case 'put-day90-check':
      return { ...plan, day90Check: change.check };
  }
}

/** What a person edits about a milestone. Checklist lines are titles; ids are kept or derived. */
export interface MilestoneDraft {
  readonly name: string;
  readonly phase: PhaseId;
  readonly owner: MilestoneOwner;
  readonly startDay: number;
  readonly dueDay: number;
  readonly checklist: readonly string[];
}

export type MilestoneErrors = Partial<
  Record<'name' | 'startDay' | 'dueDay' | 'checklist' | 'percentComplete', string>
>;

/** Planner allows 20 checklist items on a task; longer titles are cut short in its UI. */
export const CHECKLIST_MAX_ITEMS = 20;
export const CHECKLIST_TITLE_MAX_LENGTH = 100;

function validateChecklist(titles: readonly string[]): string | null {
  if (titles.length > CHECKLIST_MAX_ITEMS)
    return `Keep the checklist to ${CHECKLIST_MAX_ITEMS} items (it has ${titles.length}); Planner allows no more.`;
  for (const [index, title] of titles.entries()) {
    const trimmed = title.trim();
    if (trimmed === '') return `Checklist item ${index + 1} is empty.`;
    if (trimmed.length > CHECKLIST_TITLE_MAX_LENGTH)
      return `Keep checklist item ${index + 1} to ${CHECKLIST_TITLE_MAX_LENGTH} characters (it has ${trimmed.length}).`;
  }
  return null;
}

/**
 * Every problem with a draft, keyed by field, so a form can show each next to its input. The
 * value is never changed: the UI keeps what was typed. Names are unique within the plan (ignoring
 * case and surrounding spaces); `ownId` is the milestone being edited, if any.
 */
export function validateMilestoneDraft(
  draft: MilestoneDraft,
  milestones: readonly Pick<Milestone, 'id' | 'name'>[],
  ownId: string | null = null,
): MilestoneErrors {
  const errors: MilestoneErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Give the milestone a name.';
  else if (name.length > NAME_MAX_LENGTH)
    errors.name = `Keep the name to ${NAME_MAX_LENGTH} characters (it has ${name.length}).`;
  else {
    const key = name.toLocaleLowerCase();
    const clash = milestones.find(
      (m) => m.id !== ownId && m.name.trim().toLocaleLowerCase() === key,
    );
    if (clash) errors.name = `A milestone called “${clash.name}” already exists.`;
  }
  const start = validateWholeNumber(draft.startDay, 'Start day', FIRST_PLAN_DAY, LAST_PLAN_DAY);
  const due = validateWholeNumber(draft.dueDay, 'Due day', FIRST_PLAN_DAY, LAST_PLAN_DAY);
  if (start) errors.startDay = start;
  if (due) errors.dueDay = due;
  if (!start && !due && draft.startDay > draft.dueDay)
    errors.dueDay = `The due day cannot come before the start day (day ${draft.startDay}).`;
  const checklist = validateChecklist(draft.checklist);
  if (checklist) errors.checklist = checklist;
  return errors;
}

export function validatePercentComplete(percent: number): string | null {
  return validateWholeNumber(percent, 'Progress', 0, 100);
}

/** Every problem with a stored milestone (imports, Planner feedback, the default template). */
export function validateMilestone(
  milestone: Milestone,
  milestones: readonly Pick<Milestone, 'id' | 'name'>[],
): MilestoneErrors {
  const errors = validateMilestoneDraft(
    { ...milestone, checklist: milestone.checklist.map((item) => item.title) },
    milestones,
    milestone.id,
  );
  const percent = validatePercentComplete(milestone.percentComplete);
  if (percent) errors.percentComplete = percent;
  return errors;
}

export type PlanEdit =
  | { readonly ok: true; readonly change: PlanChange }
  | { readonly ok: false; readonly errors: MilestoneErrors };

/**
 * The checklist after an edit: a line whose title matches an existing item keeps that item (its id
 * and tick); new lines get the next free `<milestone id>:item-<n>` id.
 */
function nextChecklist(
  milestoneId: string,
  current: readonly ChecklistItem[],
  titles: readonly string[],
): ChecklistItem[] {
  const unused = [...current];
  const taken = new Set(current.map((item) => item.id));
  let counter = 0;
  const freshId = () => {
    let id: string;
    do id = `${milestoneId}:item-${++counter}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
  return titles.map((raw) => {
    const title = raw.trim();
    const index = unused.findIndex((item) => item.title.trim() === title);
    if (index >= 0) return { ...unused.splice(index, 1)[0]!, title };
    return { id: freshId(), title, done: false };
  });
}

function fromDraft(base: Milestone, draft: MilestoneDraft): Milestone {
  // The dialog writes the whole checklist: one that could not be read is replaced now.
  const { damage: _replaced, ...rest } = base;
  return {
    ...rest,
    name: draft.name.trim(),
    phase: draft.phase,
    owner: draft.owner,
    startDay: draft.startDay,
    dueDay: draft.dueDay,
    checklist: nextChecklist(base.id, base.checklist, draft.checklist),
  };
}

/** A new milestone, not started, with the id the caller chose. */
export function addMilestone(plan: PlanState, draft: MilestoneDraft, id: string): PlanEdit {
  const errors = validateMilestoneDraft(draft, plan.milestones);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const blank: Milestone = {
    id,
    phase: draft.phase,
    name: '',
    owner: draft.owner,
    startDay: draft.startDay,
    dueDay: draft.dueDay,
    checklist: [],
    percentComplete: 0,
    plannerTaskId: null,
  };
  return { ok: true, change: { kind: 'put-milestone', milestone: fromDraft(blank, draft) } };
}

/** Edit a milestone; its progress, ticks and Planner task stay. */
export function updateMilestone(plan: PlanState, id: string, draft: MilestoneDraft): PlanEdit {
  const current = plan.milestones.find((m) => m.id === id);
  if (!current) return { ok: false, errors: { name: 'This milestone no longer exists.' } };
  const errors = validateMilestoneDraft(draft, plan.milestones, id);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, change: { kind: 'put-milestone', milestone: fromDraft(current, draft) } };
}

/** Remove a milestone; `null` when it is already gone. Undo stores the removed record again. */
export function removeMilestone(plan: PlanState, id: string): PlanChange | null {
  return plan.milestones.some((m) => m.id === id) ? { kind: 'delete-milestone', id } : null;
}

export function setMilestoneProgress(
  plan: PlanState,
  id: string,
  percentComplete: number,
): PlanChange | null {
  const current = plan.milestones.find((m) => m.id === id);
  if (!current || validatePercentComplete(percentComplete)) return null;
  return { kind: 'put-milestone', milestone: { ...current, percentComplete } };
}

export function setChecklistItemDone(
  plan: PlanState,
  id: string,
  itemId: string,
  done: boolean,
): PlanChange | null {
  const current = plan.milestones.find((m) => m.id === id);
  if (!current || !current.checklist.some((item) => item.id === itemId)) return null;
  const checklist = current.checklist.map((item) =>
    item.id === itemId ? { ...item, done } : item,
  );
  return { kind: 'put-milestone', milestone: { ...current, checklist } };
}

/** What a person answers at the day-90 check. */
export interface Day90Answer {
  readonly routine: RoutineAnswer;
  readonly renegotiationPlanned: boolean;
  readonly note: string;
}

/**
 * Answer "does the engagement feel routine?". A planned renegotiation only means something when
 * the answer is no, so any other answer clears it.
 */
export function answerDay90(
  plan: PlanState,
  answer: Day90Answer,
  meta: { on: string; by: string },
): PlanChange {
  const check: Day90Check = {
    ...plan.day90Check,
    routine: answer.routine,
    renegotiationPlanned: answer.routine === 'no' && answer.renegotiationPlanned,
    note: answer.note.trim(),
    answeredOn: answer.routine === 'unanswered' ? null : meta.on,
    answeredBy: answer.routine === 'unanswered' ? '' : meta.by,
  };
  return { kind: 'put-day90-check', check };
}
