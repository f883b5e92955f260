/**
 * The rules of a task and its details, shared by the API routes and the Planner UI side door: checks
 * (bucket in the task's plan, start before due, the limit knobs) run before anything changes; then
 * the change is applied and the touched paths are returned, so the caller can bump the etag.
 */
import { limitExceeded, plannerBadRequest, schemaValidation } from './planner-errors';
import { placeOrderHint } from './planner-order-hint';
import type { PlannerStore, TaskDetailsRecord, TaskRecord } from './planner-store';
import type { AssignmentChange, ChecklistChange } from './planner-values';

export interface TaskChanges {
  title?: string;
  bucketId?: string | null;
  /** A client order hint (`<prev> <next>!`). */
  orderHint?: string;
  assigneePriority?: string;
  percentComplete?: number;
  priority?: number;
  startDateTime?: string | null;
  dueDateTime?: string | null;
  appliedCategories?: Record<string, boolean>;
  assignments?: Record<string, AssignmentChange | null>;
  previewType?: string;
  conversationThreadId?: string | null;
}

export interface DetailsChanges {
  description?: string | null;
  previewType?: string;
  checklist?: Record<string, ChecklistChange | null>;
}

const DICTIONARIES = ['appliedCategories', 'assignments'] as const;

/** The paths a task change touches: top-level properties, or `dictionary/key` for open types. */
export function taskPaths(changes: TaskChanges): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if ((DICTIONARIES as readonly string[]).includes(key)) {
      paths.push(...Object.keys(value as object).map((k) => `${key}/${k}`));
    } else paths.push(key);
  }
  return paths;
}

export function detailsPaths(changes: DetailsChanges): string[] {
  const paths = Object.keys(changes).filter((k) => k !== 'checklist');
  if (changes.checklist) paths.push(...Object.keys(changes.checklist).map((k) => `checklist/${k}`));
  return paths;
}

const isActive = (task: TaskRecord) => task.percentComplete < 100;

function over(limit: number | undefined, count: number): boolean {
  return limit !== undefined && count > limit;
}

/** Checks a change against the store; throws before anything is written. */
function checkTaskChanges(store: PlannerStore, task: TaskRecord, changes: TaskChanges): void {
  if (changes.title !== undefined && changes.title.trim() === '') {
    throw schemaValidation('Task', [['Title']]);
  }
  if (changes.bucketId) {
    const bucket = store.buckets.get(changes.bucketId);
    // docs/platform.md#planner-tasks: the bucket must be in the task's plan; the status is assumed.
    if (!bucket || bucket.planId !== task.planId) {
      throw plannerBadRequest('The bucket needs to be in the plan that the task is in.');
    }
  }
  const start = changes.startDateTime !== undefined ? changes.startDateTime : task.startDateTime;
  const due = changes.dueDateTime !== undefined ? changes.dueDateTime : task.dueDateTime;
  // docs/platform.md#planner-tasks: a start date later than the due date is a 400.
  if (start !== null && due !== null && Date.parse(start) > Date.parse(due)) {
    throw plannerBadRequest('The start date of the task must not be later than its due date.');
  }
  const { limits } = store;
  if (changes.percentComplete !== undefined && changes.percentComplete < 100 && !isActive(task)) {
    const active = store.tasksOf(task.planId).filter((t) => t.id !== task.id && isActive(t));
    if (over(limits.activeTasksPerPlan, active.length + 1))
      throw limitExceeded('MaximumActiveTasksInProject');
  }
  if (changes.assignments) {
    const after = new Set(Object.keys(task.assignments));
    for (const [userId, change] of Object.entries(changes.assignments)) {
      if (change === null) after.delete(userId);
      else after.add(userId);
    }
    if (over(limits.assigneesPerTask, after.size)) throw limitExceeded('MaximumAssigneesInTasks');
    for (const userId of after) {
      if (task.assignments[userId]) continue;
      const assigned = [...store.tasks.values()].filter(
        (t) => t.id !== task.id && t.assignments[userId] !== undefined,
      );
      if (over(limits.tasksAssignedToUser, assigned.length + 1)) {
        throw limitExceeded('MaximumTasksAssignedToUser');
      }
    }
  }
}

/** Validates and applies; returns the paths whose value changed (empty: nothing to bump). */
export function applyTaskChanges(
  store: PlannerStore,
  task: TaskRecord,
  changes: TaskChanges,
  by: string,
  now: string,
): string[] {
  checkTaskChanges(store, task, changes);
  const changed: string[] = [];
  const set = <K extends keyof TaskRecord>(key: K, value: TaskRecord[K]) => {
    if (task[key] === value) return;
    task[key] = value;
    changed.push(key);
  };
  if (changes.title !== undefined) set('title', changes.title);
  if (changes.bucketId !== undefined) set('bucketId', changes.bucketId);
  if (changes.assigneePriority !== undefined) {
    // assigneePriority is an order hint among the tasks of an assignee (plannerTask); placed the
    // same way.
    const others = [...store.tasks.values()].filter(
      (t) => t.id !== task.id && t.assigneePriority !== '',
    );
    set(
      'assigneePriority',
      placeOrderHint(
        changes.assigneePriority,
        others.map((t) => t.assigneePriority),
      ),
    );
  }
  if (changes.priority !== undefined) set('priority', changes.priority);
  if (changes.startDateTime !== undefined) set('startDateTime', changes.startDateTime);
  if (changes.dueDateTime !== undefined) set('dueDateTime', changes.dueDateTime);
  if (changes.previewType !== undefined) set('previewType', changes.previewType);
  if (changes.conversationThreadId !== undefined)
    set('conversationThreadId', changes.conversationThreadId);
  if (changes.orderHint !== undefined) {
    const siblings = store.tasksOf(task.planId).filter((t) => t.id !== task.id);
    set(
      'orderHint',
      placeOrderHint(
        changes.orderHint,
        siblings.map((t) => t.orderHint),
      ),
    );
  }
  if (changes.percentComplete !== undefined && changes.percentComplete !== task.percentComplete) {
    const wasDone = task.percentComplete === 100;
    set('percentComplete', changes.percentComplete);
    // docs/platform.md#planner-tasks: completedDateTime is set when percentComplete reaches 100;
    // that it (and completedBy) is cleared when the task is reopened is assumed.
    if (changes.percentComplete === 100 && !wasDone) {
      task.completedDateTime = now;
      task.completedBy = by;
    } else if (changes.percentComplete < 100 && wasDone) {
      task.completedDateTime = null;
      task.completedBy = null;
    }
  }
  for (const [category, on] of Object.entries(changes.appliedCategories ?? {})) {
    if (on === (task.appliedCategories[category] === true)) continue;
    if (on) task.appliedCategories[category] = true;
    else delete task.appliedCategories[category];
    changed.push(`appliedCategories/${category}`);
  }
  for (const [userId, change] of Object.entries(changes.assignments ?? {})) {
    const existing = task.assignments[userId];
    if (change === null) {
      if (!existing) continue;
      delete task.assignments[userId];
    } else {
      const others = Object.entries(task.assignments).filter(([id]) => id !== userId);
      const orderHint = placeOrderHint(
        change.orderHint,
        others.map(([, a]) => a.orderHint),
      );
      task.assignments[userId] = existing
        ? { ...existing, orderHint }
        : { assignedBy: by, assignedDateTime: now, orderHint };
    }
    changed.push(`assignments/${userId}`);
  }
  return changed;
}

/**
 * docs/platform.md#planner-limits: limits on creating a task in a plan (checked before it exists).
 */
export function checkNewTaskLimits(
  store: PlannerStore,
  planId: string,
  createdBy: string,
  active: boolean,
): void {
  const { limits } = store;
  const inPlan = store.tasksOf(planId);
  if (over(limits.tasksPerPlan, inPlan.length + 1)) throw limitExceeded('MaximumTasksInProject');
  if (active && over(limits.activeTasksPerPlan, inPlan.filter(isActive).length + 1)) {
    throw limitExceeded('MaximumActiveTasksInProject');
  }
  const mine = [...store.tasks.values()].filter((t) => t.createdBy === createdBy);
  if (over(limits.tasksCreatedByUser, mine.length + 1))
    throw limitExceeded('MaximumTasksCreatedByUser');
}

/** Validates and applies a details change; returns the changed paths. */
export function applyDetailsChanges(
  store: PlannerStore,
  details: TaskDetailsRecord,
  changes: DetailsChanges,
  by: string,
  now: string,
): string[] {
  const checklist = changes.checklist ?? {};
  const after = new Set(Object.keys(details.checklist));
  for (const [itemId, change] of Object.entries(checklist)) {
    if (change === null) {
      after.delete(itemId);
      continue;
    }
    // A new checklist item needs a title, like the other Planner entities' required fields
    // (assumed: docs/platform.md#planner-task-details).
    if (!details.checklist[itemId] && (change.title === undefined || change.title.trim() === '')) {
      throw schemaValidation('ChecklistItem', [['Title']]);
    }
    after.add(itemId);
  }
  if (over(store.limits.checklistItemsPerTask, after.size))
    throw limitExceeded('MaximumChecklistItemsOnTask');
  const changed: string[] = [];
  if (changes.description !== undefined && (changes.description ?? '') !== details.description) {
    details.description = changes.description ?? '';
    changed.push('description');
  }
  if (changes.previewType !== undefined && changes.previewType !== details.previewType) {
    details.previewType = changes.previewType;
    changed.push('previewType');
  }
  for (const [itemId, change] of Object.entries(checklist)) {
    const existing = details.checklist[itemId];
    if (change === null) {
      if (!existing) continue;
      delete details.checklist[itemId];
    } else {
      const others = Object.entries(details.checklist).filter(([id]) => id !== itemId);
      const orderHint =
        change.orderHint !== undefined || !existing
          ? placeOrderHint(
              change.orderHint,
              others.map(([, item]) => item.orderHint),
            )
          : existing.orderHint;
      details.checklist[itemId] = {
        title: change.title ?? existing?.title ?? '',
        isChecked: change.isChecked ?? existing?.isChecked ?? false,
        orderHint,
        lastModifiedBy: by,
        lastModifiedDateTime: now,
      };
    }
    changed.push(`checklist/${itemId}`);
  }
  return changed;
}
