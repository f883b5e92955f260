/**
 * Pure mapping between the 90-day plan's records and list item `fields` ("Tandem milestones",
 * "Tandem day-90 check", "Tandem Planner link"; columns in sharepoint/schema.ts), on the same terms
 * as sharepoint/fields.ts: every owned column written (`null` clears a cell), reading forgiving.
 */
import {
  PHASE_IDS,
  type ChecklistItem,
  type Day90Check,
  type Milestone,
} from '../../../domain/plan/plan';
import type { PlannerLink, PlannerTaskLink } from '../../../domain/plan/planner-link';
import { BUCKET_COLUMNS, MILESTONE_OWNER_LABELS, PHASE_LABELS, ROUTINE_LABELS } from './schema';
// zod's mini build: this runs on the Teams tab's first load, where every kilobyte counts.
import { z } from 'zod/mini';
import {
  readBoolean,
  readChoice,
  readDate,
  readJson,
  readNumber,
  readText,
  writeJson,
  writeOptionalDate,
  type Fields,
} from './values';

export function milestoneToFields(engagementId: string, milestone: Milestone): Fields {
  // A checklist that could not be read is left in its column as it is (see Milestone.damage).
  const checklist = milestone.damage
    ? {}
    : { Checklist: writeJson(milestone.checklist, `The checklist of “${milestone.name}”`) };
  return {
    Title: milestone.name,
    EngagementId: engagementId,
    RecordId: milestone.id,
    Phase: PHASE_LABELS[milestone.phase],
    Owner: MILESTONE_OWNER_LABELS[milestone.owner],
    StartDay: milestone.startDay,
    DueDay: milestone.dueDay,
    PercentComplete: milestone.percentComplete,
    ...checklist,
    PlannerTaskId: milestone.plannerTaskId ?? null,
  };
}

// JSON columns read back are input like any other (docs/platform.md#list-items): checked whole.
const checklistSchema = z.array(z.object({ id: z.string(), title: z.string(), done: z.boolean() }));
const taskLinkSchema = z.object({
  taskId: z.string(),
  etag: z.string(),
  detailsEtag: z.nullable(z.string()),
  fingerprint: z.string(),
});
const tasksSchema = z.record(z.string(), taskLinkSchema);

/** "not JSON", or "3.done: Invalid input: expected boolean…", for the sentence naming the column. */
function firstIssue(json: unknown, error: z.core.$ZodError): string {
  if (json === undefined) return 'not JSON';
  const issue = error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue?.message ?? 'not readable'}`;
}

type Read<T> = { readonly value: T; readonly damage?: string };

/**
 * A checklist someone broke in Microsoft Lists reads as empty, with the reason (not trusted by
 * halves: an item that does not match means the column is not what Tandem wrote).
 */
function readChecklist(value: unknown, name: string, recordId: string): Read<ChecklistItem[]> {
  if (value === null || value === undefined || value === '') return { value: [] };
  const json = readJson(value);
  const parsed = checklistSchema.safeParse(json);
  if (parsed.success) return { value: parsed.data };
  return {
    value: [],
    damage: `The checklist of “${name}” (record ${recordId}) in Tandem milestones, column “Checklist (JSON)”, could not be read (${firstIssue(json, parsed.error)}); it was changed outside Tandem. Edit the milestone to write a new checklist.`,
  };
}

/** An empty Planner task id reads as `null` ("not synced yet"), whichever way it was written. */
export function milestoneFromFields(f: Fields): Milestone {
  const taskId = readText(f['PlannerTaskId']);
  const checklist = readChecklist(f['Checklist'], readText(f['Title']), readText(f['RecordId']));
  return {
    id: readText(f['RecordId']),
    phase: readChoice(PHASE_LABELS, f['Phase'], 'discovery'),
    name: readText(f['Title']),
    // Unknown owner: joint, so both sides see the milestone as theirs rather than nobody's.
    owner: readChoice(MILESTONE_OWNER_LABELS, f['Owner'], 'joint'),
    startDay: readNumber(f['StartDay']),
    dueDay: readNumber(f['DueDay']),
    checklist: checklist.value,
    percentComplete: readNumber(f['PercentComplete']),
    plannerTaskId: taskId === '' ? null : taskId,
    ...(checklist.damage ? { damage: checklist.damage } : {}),
  };
}

/** What the day-90 check's Title shows to people browsing the list. */
export const DAY_90_QUESTION = 'Does the engagement feel routine by day 90?';

export function day90ToFields(engagementId: string, check: Day90Check): Fields {
  return {
    Title: DAY_90_QUESTION,
    EngagementId: engagementId,
    RecordId: check.id,
    Routine: ROUTINE_LABELS[check.routine],
    RenegotiationPlanned: check.renegotiationPlanned,
    Note: check.note,
    AnsweredOn: writeOptionalDate(check.answeredOn, 'Answered on'),
    AnsweredBy: check.answeredBy,
  };
}

export function day90FromFields(f: Fields): Day90Check {
  return {
    id: readText(f['RecordId']),
    routine: readChoice(ROUTINE_LABELS, f['Routine'], 'unanswered'),
    renegotiationPlanned: readBoolean(f['RenegotiationPlanned']),
    note: readText(f['Note']),
    answeredOn: readDate(f['AnsweredOn']),
    answeredBy: readText(f['AnsweredBy']),
  };
}

export function plannerLinkToFields(engagementId: string, link: PlannerLink): Fields {
  const buckets = Object.fromEntries(
    PHASE_IDS.map((phase) => [BUCKET_COLUMNS[phase], link.bucketIds[phase]]),
  );
  return {
    Title: link.planTitle,
    EngagementId: engagementId,
    RecordId: link.id,
    PlanId: link.planId,
    ...buckets,
    // A task list that could not be read is left in its column as it is (PlannerLink.damage).
    ...(link.damage ? {} : { PlannerTasks: writeJson(link.tasks, 'The Planner task list') }),
  };
}

/**
 * The task list someone broke in Microsoft Lists reads as empty, with the reason; the sync then
 * refuses to run (it would create every task again) until the column is mended or cleared.
 */
function readTasks(value: unknown, recordId: string): Read<Record<string, PlannerTaskLink>> {
  if (value === null || value === undefined || value === '') return { value: {} };
  const json = readJson(value);
  const parsed = tasksSchema.safeParse(json);
  if (parsed.success) return { value: parsed.data };
  return {
    value: {},
    damage: `The list of which Planner task belongs to which milestone (record ${recordId} in Tandem Planner link, column “Tasks (JSON)”) could not be read (${firstIssue(json, parsed.error)}); it was changed outside Tandem. Syncing now would create every task again: restore the column from the item's version history in Microsoft Lists, or clear it to link the tasks afresh.`,
  };
}

export function plannerLinkFromFields(f: Fields): PlannerLink {
  const tasks = readTasks(f['PlannerTasks'], readText(f['RecordId']));
  return {
    id: readText(f['RecordId']),
    planId: readText(f['PlanId']),
    planTitle: readText(f['Title']),
    bucketIds: Object.fromEntries(
      PHASE_IDS.map((phase) => [phase, readText(f[BUCKET_COLUMNS[phase]])]),
    ) as PlannerLink['bucketIds'],
    tasks: tasks.value,
    ...(tasks.damage ? { damage: tasks.damage } : {}),
  };
}
