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
import {
  isRecord,
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
  return {
    Title: milestone.name,
    EngagementId: engagementId,
    RecordId: milestone.id,
    Phase: PHASE_LABELS[milestone.phase],
    Owner: MILESTONE_OWNER_LABELS[milestone.owner],
    StartDay: milestone.startDay,
    DueDay: milestone.dueDay,
    PercentComplete: milestone.percentComplete,
    Checklist: writeJson(milestone.checklist, `The checklist of “${milestone.name}”`),
    PlannerTaskId: milestone.plannerTaskId ?? null,
  };
}

/**
 * A checklist someone broke in Microsoft Lists (not JSON, not a list) reads as empty; items keep
 * what can be read of them.
 */
function readChecklist(value: unknown): ChecklistItem[] {
  const parsed = readJson(value);
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(isRecord).map((item) => ({
    id: readText(item['id']),
    title: readText(item['title']),
    done: readBoolean(item['done']),
  }));
}

/** An empty Planner task id reads as `null` ("not synced yet"), whichever way it was written. */
export function milestoneFromFields(f: Fields): Milestone {
  const taskId = readText(f['PlannerTaskId']);
  return {
    id: readText(f['RecordId']),
    phase: readChoice(PHASE_LABELS, f['Phase'], 'discovery'),
    name: readText(f['Title']),
    // Unknown owner: joint, so both sides see the milestone as theirs rather than nobody's.
    owner: readChoice(MILESTONE_OWNER_LABELS, f['Owner'], 'joint'),
    startDay: readNumber(f['StartDay']),
    dueDay: readNumber(f['DueDay']),
    checklist: readChecklist(f['Checklist']),
    percentComplete: readNumber(f['PercentComplete']),
    plannerTaskId: taskId === '' ? null : taskId,
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
    PlannerTasks: writeJson(link.tasks, 'The Planner task list'),
  };
}

/** Entries that cannot be read are left out: the sync then treats that milestone as not synced. */
function readTasks(value: unknown): Record<string, PlannerTaskLink> {
  const parsed = readJson(value);
  if (!isRecord(parsed)) return {};
  const tasks: [string, PlannerTaskLink][] = [];
  for (const [milestoneId, task] of Object.entries(parsed)) {
    if (!isRecord(task) || typeof task['taskId'] !== 'string') continue;
    const details = task['detailsEtag'];
    tasks.push([
      milestoneId,
      {
        taskId: task['taskId'],
        etag: readText(task['etag']),
        detailsEtag: typeof details === 'string' ? details : null,
        fingerprint: readText(task['fingerprint']),
      },
    ]);
  }
  return Object.fromEntries(tasks);
}

export function plannerLinkFromFields(f: Fields): PlannerLink {
  return {
    id: readText(f['RecordId']),
    planId: readText(f['PlanId']),
    planTitle: readText(f['Title']),
    bucketIds: Object.fromEntries(
      PHASE_IDS.map((phase) => [phase, readText(f[BUCKET_COLUMNS[phase]])]),
    ) as PlannerLink['bucketIds'],
    tasks: readTasks(f['PlannerTasks']),
  };
}
