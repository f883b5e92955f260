/**
 * Tasks and task details (docs/platform.md#planner-tasks, #planner-task-details):
 * `POST /planner/tasks`, `GET /planner/plans/{id}/tasks` (paged),
 * `GET`/`PATCH`/`DELETE /planner/tasks/{id}`, `GET`/`PATCH /planner/tasks/{id}/details`. A task and
 * its details have separate etags; each PATCH/DELETE needs its own If-Match.
 */
import type { ApiRequest, RouteContext } from './api-request';
import type { EmuResponse } from './http';
import { checkPlannerIfMatch } from './planner-etag';
import { plannerBadRequest, schemaValidation } from './planner-errors';
import { entityBody, plannerPage, writeAnswer } from './planner-http';
import {
  TASK_DETAILS_PROPERTIES,
  TASK_DETAILS_TYPE,
  TASK_PROPERTIES,
  TASK_TYPE,
  taskDetailsJson,
  taskJson,
} from './planner-json';
import { requireClientOrderHint } from './planner-order-hint';
import type { TaskRecord } from './planner-store';
import {
  applyDetailsChanges,
  applyTaskChanges,
  checkNewTaskLimits,
  detailsPaths,
  taskPaths,
  type DetailsChanges,
  type TaskChanges,
} from './planner-task-model';
import {
  checkProperties,
  plannerBody,
  readAppliedCategories,
  readAssignments,
  readChecklist,
  readDateTime,
  readPercent,
  readPreviewType,
  readPriority,
  readText,
  type Body,
} from './planner-values';

// docs/platform.md#planner-tasks: the properties a client may set.
const WRITABLE = [
  'title',
  'bucketId',
  'orderHint',
  'assigneePriority',
  'percentComplete',
  'priority',
  'startDateTime',
  'dueDateTime',
  'appliedCategories',
  'assignments',
  'conversationThreadId',
  'previewType',
];
const READ_ONLY = [
  'id',
  'createdBy',
  'createdDateTime',
  'completedBy',
  'completedDateTime',
  'checklistItemCount',
  'activeChecklistItemCount',
  'hasDescription',
  'referenceCount',
];

const nullableText = (value: unknown, property: string) =>
  value === null ? null : readText(value, property);

function readTaskChanges(body: Body): TaskChanges {
  const c: TaskChanges = {};
  if (body['title'] !== undefined) {
    if (body['title'] === null) throw schemaValidation('Task', [['Title']]);
    c.title = readText(body['title'], 'title');
  }
  if (body['bucketId'] !== undefined) c.bucketId = nullableText(body['bucketId'], 'bucketId');
  if (body['orderHint'] !== undefined) c.orderHint = requireClientOrderHint(body['orderHint']);
  if (body['assigneePriority'] !== undefined) {
    c.assigneePriority = requireClientOrderHint(body['assigneePriority'], 'assigneePriority');
  }
  if (body['percentComplete'] !== undefined)
    c.percentComplete = readPercent(body['percentComplete']);
  if (body['priority'] !== undefined) c.priority = readPriority(body['priority']);
  if (body['startDateTime'] !== undefined)
    c.startDateTime = readDateTime(body['startDateTime'], 'startDateTime');
  if (body['dueDateTime'] !== undefined)
    c.dueDateTime = readDateTime(body['dueDateTime'], 'dueDateTime');
  if (body['appliedCategories'] !== undefined)
    c.appliedCategories = readAppliedCategories(body['appliedCategories']);
  if (body['assignments'] !== undefined) c.assignments = readAssignments(body['assignments']);
  if (body['previewType'] !== undefined) c.previewType = readPreviewType(body['previewType']);
  if (body['conversationThreadId'] !== undefined) {
    c.conversationThreadId = nullableText(body['conversationThreadId'], 'conversationThreadId');
  }
  return c;
}

/**
 * A task details body: description, previewType, checklist (docs/platform.md#planner-task-details).
 */
function readDetailsChanges(body: Body): DetailsChanges {
  checkProperties(body, TASK_DETAILS_TYPE, ['description', 'previewType', 'checklist'], ['id']);
  const changes: DetailsChanges = {};
  if (body['description'] !== undefined)
    changes.description =
      body['description'] === null ? null : readText(body['description'], 'description');
  if (body['previewType'] !== undefined) changes.previewType = readPreviewType(body['previewType']);
  if (body['checklist'] !== undefined) changes.checklist = readChecklist(body['checklist']);
  return changes;
}

/**
 * docs/platform.md#planner-tasks: → 201 with id, orderHint, createdBy, createdDateTime and per
 * assignment assignedBy, assignedDateTime and a computed orderHint. planId and title are required
 * (schema validation as for buckets, microsoft-graph-docs#12264).
 *
 * The task's details may come inline as `details` (description, previewType, checklist), so a task
 * and its checklist are one request. msgraph-sdk-dotnet#2050 creates
 * `PlannerTask { Details = new PlannerTaskDetails { Description, Checklist } }` with one POST (its
 * failure was the checklist items' missing `@odata.type`, which the service checked, so it read
 * them), and plannerTask's `details` is a navigation property in Graph's model (OData deep insert).
 * Not on the create page (assumed: docs/platform.md#planner-tasks); the 201 here does not echo the
 * details (not relied on either way). Inline details follow the PATCH rules (`@odata.type`, GUID
 * keys, the checklist limit) and are checked before anything is stored. `quirks.inlineTaskDetails`
 * plays a service that ignores or refuses them.
 */
export function createTask(req: ApiRequest, ctx: RouteContext): EmuResponse {
  const planner = ctx.store.planner;
  const body = plannerBody(req);
  const inlineDetails = ctx.env.quirks.inlineTaskDetails;
  if (inlineDetails === 'ignore') delete body['details'];
  const accepted = inlineDetails === 'reject' ? [] : ['details'];
  checkProperties(body, TASK_TYPE, [...WRITABLE, 'planId', ...accepted], READ_ONLY);
  const inline = body['details'];
  if (
    inline !== undefined &&
    (inline === null || typeof inline !== 'object' || Array.isArray(inline))
  ) {
    throw plannerBadRequest("'details' must be an object.");
  }
  const detailsChanges = inline === undefined ? undefined : readDetailsChanges(inline as Body);
  const missing: Array<[string]> = [];
  if (body['planId'] === undefined || body['planId'] === null) missing.push(['PlanId']);
  if (body['title'] === undefined || body['title'] === null) missing.push(['Title']);
  if (missing.length > 0) throw schemaValidation('Task', missing);
  const plan = planner.requirePlan(readText(body['planId'], 'planId'));
  const changes = readTaskChanges(body);
  const by = ctx.env.user.id;
  const now = ctx.env.now().toISOString();
  checkNewTaskLimits(planner, plan.id, by, (changes.percentComplete ?? 0) < 100);
  const task: TaskRecord = {
    ...planner.versioned(),
    id: planner.newId(),
    planId: plan.id,
    bucketId: null,
    title: '',
    orderHint: '',
    assigneePriority: '',
    percentComplete: 0,
    // Planner's "Medium" (assumed: docs/platform.md#planner-tasks).
    priority: 5,
    startDateTime: null,
    dueDateTime: null,
    createdBy: by,
    createdDateTime: now,
    completedBy: null,
    completedDateTime: null,
    conversationThreadId: null,
    previewType: 'automatic',
    appliedCategories: {},
    assignments: {},
    order: planner.nextOrder(),
    details: { ...planner.versioned(), description: '', previewType: 'automatic', checklist: {} },
  };
  applyTaskChanges(planner, task, { orderHint: ' !', ...changes }, by, now);
  // Part of the creation: the details keep their first eTag.
  if (detailsChanges) applyDetailsChanges(planner, task.details, detailsChanges, by, now);
  planner.tasks.set(task.id, task);
  return { status: 201, headers: {}, body: taskJson(task) };
}

export function listPlanTasks(req: ApiRequest, ctx: RouteContext, planId: string): EmuResponse {
  const plan = ctx.store.planner.requirePlan(planId);
  return plannerPage(
    req,
    ctx,
    ctx.store.planner.tasksOf(plan.id),
    taskJson,
    TASK_TYPE,
    TASK_PROPERTIES,
  );
}

/** `GET /planner/tasks/{id}`; `$expand=details` works here (microsoft-graph-docs-contrib#800). */
export function getTask(req: ApiRequest, ctx: RouteContext, taskId: string): EmuResponse {
  const task = ctx.store.planner.requireTask(taskId);
  const body = entityBody(req, taskJson(task), TASK_TYPE, TASK_PROPERTIES, {
    json: () => taskDetailsJson(task),
    type: TASK_DETAILS_TYPE,
    known: TASK_DETAILS_PROPERTIES,
  });
  return { status: 200, headers: {}, body };
}

/** docs/platform.md#planner-tasks: If-Match required; 204, or 200 + task with Prefer. */
export function patchTask(req: ApiRequest, ctx: RouteContext, taskId: string): EmuResponse {
  const planner = ctx.store.planner;
  const task = planner.requireTask(taskId);
  const body = plannerBody(req);
  checkProperties(body, TASK_TYPE, WRITABLE, [...READ_ONLY, 'planId']);
  const changes = readTaskChanges(body);
  checkPlannerIfMatch(req, 'Task', task, taskPaths(changes), ctx.env.quirks.plannerStaleIfMatch);
  const changed = applyTaskChanges(
    planner,
    task,
    changes,
    ctx.env.user.id,
    ctx.env.now().toISOString(),
  );
  if (changed.length > 0) planner.bump(task, changed);
  return writeAnswer(req, () => taskJson(task));
}

/** docs/platform.md#planner-tasks: `DELETE` with If-Match → 204; the details go too. */
export function deleteTask(req: ApiRequest, ctx: RouteContext, taskId: string): EmuResponse {
  const planner = ctx.store.planner;
  const task = planner.requireTask(taskId);
  checkPlannerIfMatch(req, 'Task', task, 'delete', ctx.env.quirks.plannerStaleIfMatch);
  planner.deleteTask(task);
  return { status: 204, headers: {} };
}

export function getTaskDetails(req: ApiRequest, ctx: RouteContext, taskId: string): EmuResponse {
  const task = ctx.store.planner.requireTask(taskId);
  const body = entityBody(req, taskDetailsJson(task), TASK_DETAILS_TYPE, TASK_DETAILS_PROPERTIES);
  return { status: 200, headers: {}, body };
}

/**
 * docs/platform.md#planner-task-details: description, previewType, checklist (open type,
 * `@odata.type` required, `null` removes); own etag, so a task's etag does not satisfy it; 204 or
 * 200 with Prefer (microsoft-graph-docs#10361, assumed as for plan details). A details change does
 * not change the task's etag (assumed), although the task's checklist counters and hasDescription
 * follow it.
 */
export function patchTaskDetails(req: ApiRequest, ctx: RouteContext, taskId: string): EmuResponse {
  const planner = ctx.store.planner;
  const task = planner.requireTask(taskId);
  const body = plannerBody(req);
  if (body['references'] !== undefined) {
    throw plannerBadRequest("The emulator does not implement 'references' on task details.");
  }
  const changes = readDetailsChanges(body);
  checkPlannerIfMatch(
    req,
    'TaskDetails',
    task.details,
    detailsPaths(changes),
    ctx.env.quirks.plannerStaleIfMatch,
  );
  const changed = applyDetailsChanges(
    planner,
    task.details,
    changes,
    ctx.env.user.id,
    ctx.env.now().toISOString(),
  );
  if (changed.length > 0) planner.bump(task.details, changed);
  return writeAnswer(req, () => taskDetailsJson(task));
}
