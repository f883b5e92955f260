/**
 * Planner JSON ↔ the sync's plain records (domain/planner-task.ts). Pure functions: Graph's open
 * types (assignments, appliedCategories, checklist) become arrays and records, and writes become
 * bodies with the `@odata.type` Planner requires on open-type values
 * (docs/platform.md#planner-tasks).
 */
import type {
  PlannerAssignment,
  PlannerChecklistItem,
  PlannerTask,
  PlannerTaskDetails,
} from '@microsoft/microsoft-graph-types';
import type {
  PlannerChecklistEntry,
  PlannerChecklistPatch,
  PlannerChecklistSnapshot,
  PlannerTaskPatch,
  PlannerTaskSnapshot,
  PlannerWrite,
} from '../../../domain/plan/planner-task';

/**
 * Every Planner resource carries its eTag as `@odata.etag` (docs/platform.md#etags-and-if-match).
 */
export type WithETag<T> = T & { '@odata.etag'?: string };

const ASSIGNMENT_TYPE = '#microsoft.graph.plannerAssignment';
const CHECKLIST_ITEM_TYPE = '#microsoft.graph.plannerChecklistItem';

/**
 * docs/platform.md#planner-tasks: an assignment needs its `@odata.type` and a client order hint.
 */
const assignment = (): PlannerAssignment & { '@odata.type': string } => ({
  '@odata.type': ASSIGNMENT_TYPE,
  orderHint: ' !',
});

export function taskSnapshot(task: WithETag<PlannerTask>): PlannerTaskSnapshot {
  const categories = (task.appliedCategories ?? {}) as Record<string, boolean | null>;
  return {
    taskId: task.id ?? '',
    etag: task['@odata.etag'] ?? '',
    title: task.title ?? '',
    bucketId: task.bucketId ?? null,
    startDateTime: task.startDateTime ?? null,
    dueDateTime: task.dueDateTime ?? null,
    percentComplete: task.percentComplete ?? 0,
    assigneeIds: Object.keys(task.assignments ?? {}).sort(),
    categories: Object.keys(categories)
      .filter((key) => categories[key] === true)
      .sort(),
  };
}

export function checklistSnapshot(
  taskId: string,
  details: WithETag<PlannerTaskDetails>,
): PlannerChecklistSnapshot {
  const raw = (details.checklist ?? {}) as Record<string, PlannerChecklistItem | null>;
  const items: Record<string, { title: string; isChecked: boolean; orderHint: string }> = {};
  for (const [id, item] of Object.entries(raw)) {
    if (!item) continue;
    items[id] = {
      title: item.title ?? '',
      isChecked: item.isChecked ?? false,
      orderHint: item.orderHint ?? '',
    };
  }
  return { taskId, etag: details['@odata.etag'] ?? '', items };
}

function checklistBody(items: PlannerChecklistPatch): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(items).map(([id, item]) => [
      id,
      item === null ? null : { '@odata.type': CHECKLIST_ITEM_TYPE, ...item },
    ]),
  );
}

/**
 * A new task, its checklist inline as `details` — one request instead of POST + GET details + PATCH
 * details. Planner accepts task details in the create body, as reported: msgraph-sdk-dotnet#2050
 * creates `PlannerTask { Details = new PlannerTaskDetails { Checklist … } }` (its error was the
 * missing `@odata.type`, which is sent here), and the Graph model has `details` as a navigation
 * property of plannerTask (OData deep insert); assumed, see docs/platform.md#planner-tasks. Whether
 * the 201 echoes the details is not relied on.
 */
export function createTaskBody(
  planId: string,
  write: Extract<PlannerWrite, { kind: 'create-task' }>,
  inlineChecklist = true,
): PlannerTask {
  const { fields } = write;
  const body: PlannerTask & { details?: PlannerTaskDetails } = {
    planId,
    bucketId: fields.bucketId,
    title: fields.title,
    // docs/platform.md#planner-order-hints: " !" = first; tasks are sent last milestone first
    // (planner-sync.ts).
    orderHint: ' !',
    startDateTime: fields.startDateTime,
    dueDateTime: fields.dueDateTime,
    assignments: Object.fromEntries(fields.assigneeIds.map((id) => [id, assignment()])),
    appliedCategories: Object.fromEntries(fields.categories.map((c) => [c, true])),
    ...(write.percentComplete > 0 ? { percentComplete: write.percentComplete } : {}),
  };
  if (write.checklist.length > 0) body.previewType = 'checklist';
  if (write.checklist.length > 0 && inlineChecklist) {
    body.details = checklistEntriesBody(write.checklist);
  }
  return body;
}

/** Only the properties that change; `null` unassigns (docs/platform.md#planner-tasks). */
export function taskPatchBody(patch: PlannerTaskPatch): PlannerTask {
  const { assignments, appliedCategories, ...plain } = patch;
  return {
    ...plain,
    ...(assignments
      ? {
          assignments: Object.fromEntries(
            Object.entries(assignments).map(([id, on]) => [id, on ? assignment() : null]),
          ),
        }
      : {}),
    ...(appliedCategories ? { appliedCategories: { ...appliedCategories } } : {}),
  };
}

export function checklistPatchBody(items: PlannerChecklistPatch): PlannerTaskDetails {
  return { checklist: checklistBody(items) };
}

/** A new task's checklist as a details PATCH (when it could not go inline). */
export function checklistEntriesBody(
  entries: readonly PlannerChecklistEntry[],
): PlannerTaskDetails {
  return {
    previewType: 'checklist',
    ...checklistPatchBody(
      Object.fromEntries(
        entries.map((item) => [
          item.id,
          { title: item.title, isChecked: item.isChecked, orderHint: item.orderHint },
        ]),
      ),
    ),
  };
}
