/**
 * Every Graph operation the Planner adapter uses, one function each, with its REST line above it
 * (as sharepoint/requests.ts). They only describe requests, so each can go out alone or inside a
 * `$batch`; reads name the properties they need (`$select`).
 *
 * Permissions (docs/platform.md#permissions): plans, buckets, tasks and details need delegated
 * Tasks.ReadWrite; looking up another user's id needs User.ReadBasic.All — the least privileged
 * delegated permission for reading *other* users (https://learn.microsoft.com/graph/api/user-get:
 * User.Read covers only the signed-in user; User.ReadBasic.All is the next, before User.Read.All).
 */
import type {
  PlannerBucket,
  PlannerCategoryDescriptions,
  PlannerPlan,
  PlannerTask,
  PlannerTaskDetails,
} from '@microsoft/microsoft-graph-types';
import type { GraphRequestSpec } from '../http/send';
import { queryString } from '../http/query';

const JSON_HEADERS = { 'Content-Type': 'application/json' };
/** docs/platform.md#planner-tasks: 200 + the resource (new eTag) instead of 204. */
const RETURN_REPRESENTATION = { Prefer: 'return=representation' };

export const TASK_SELECT =
  'id,title,bucketId,startDateTime,dueDateTime,percentComplete,assignments,appliedCategories';

const segment = encodeURIComponent;

// POST /planner/plans  {"container":{"containerId":"{group-id}","type":"group"},"title":"…"}
// docs/platform.md#planner-plans: the url, or the containerId and type, or all of them;
// containerId + type needs no cloud-specific URL. The caller must be a member of the group.
export const createPlan = (groupId: string, title: string): GraphRequestSpec => ({
  method: 'POST',
  url: '/planner/plans',
  headers: JSON_HEADERS,
  body: { container: { containerId: groupId, type: 'group' }, title } satisfies PlannerPlan,
});

// GET /groups/{group-id}/planner/plans?$select=id,title
export const listGroupPlans = (groupId: string): GraphRequestSpec => ({
  method: 'GET',
  url: `/groups/${segment(groupId)}/planner/plans${queryString({ $select: 'id,title' })}`,
});

// GET /planner/plans/{plan-id}?$select=id,title
export const getPlan = (planId: string): GraphRequestSpec => ({
  method: 'GET',
  url: `/planner/plans/${segment(planId)}${queryString({ $select: 'id,title' })}`,
});

// GET /planner/plans/{plan-id}/details?$select=categoryDescriptions
export const getPlanDetails = (planId: string): GraphRequestSpec => ({
  method: 'GET',
  url: `/planner/plans/${segment(planId)}/details${queryString({ $select: 'categoryDescriptions' })}`,
});

// PATCH /planner/plans/{plan-id}/details  If-Match: {details eTag}  {"categoryDescriptions":{…}} → 204
export const labelCategories = (
  planId: string,
  etag: string,
  labels: Readonly<Record<string, string>>,
): GraphRequestSpec => ({
  method: 'PATCH',
  url: `/planner/plans/${segment(planId)}/details`,
  headers: { ...JSON_HEADERS, 'If-Match': etag },
  body: { categoryDescriptions: labels as PlannerCategoryDescriptions },
});

// GET /planner/plans/{plan-id}/buckets?$select=id,name,orderHint
export const listBuckets = (planId: string): GraphRequestSpec => ({
  method: 'GET',
  url: `/planner/plans/${segment(planId)}/buckets${queryString({ $select: 'id,name,orderHint' })}`,
});

// POST /planner/buckets  {"name","planId","orderHint":" !"} → 201 + bucket
export const createBucket = (
  planId: string,
  name: string,
  orderHint: string,
): GraphRequestSpec => ({
  method: 'POST',
  url: '/planner/buckets',
  headers: JSON_HEADERS,
  body: { name, planId, orderHint } satisfies PlannerBucket,
});

// GET /planner/plans/{plan-id}/tasks?$select=… (pages of ~400, docs/platform.md#paging)
export const listTasks = (planId: string): GraphRequestSpec => ({
  method: 'GET',
  url: `/planner/plans/${segment(planId)}/tasks${queryString({ $select: TASK_SELECT })}`,
});

// GET /planner/tasks/{task-id}?$select=…
export const getTask = (taskId: string): GraphRequestSpec => ({
  method: 'GET',
  url: `/planner/tasks/${segment(taskId)}${queryString({ $select: TASK_SELECT })}`,
});

// POST /planner/tasks  {planId, bucketId, title, …, "details":{checklist…}} → 201 + task
export const createTask = (body: PlannerTask): GraphRequestSpec => ({
  method: 'POST',
  url: '/planner/tasks',
  headers: JSON_HEADERS,
  body,
});

// PATCH /planner/tasks/{task-id}  If-Match: {task eTag}  Prefer: return=representation → 200 + task
export const updateTask = (taskId: string, etag: string, body: PlannerTask): GraphRequestSpec => ({
  method: 'PATCH',
  url: `/planner/tasks/${segment(taskId)}`,
  headers: { ...JSON_HEADERS, ...RETURN_REPRESENTATION, 'If-Match': etag },
  body,
});

// GET /planner/tasks/{task-id}/details?$select=checklist
export const getTaskDetails = (taskId: string): GraphRequestSpec => ({
  method: 'GET',
  url: `/planner/tasks/${segment(taskId)}/details${queryString({ $select: 'checklist' })}`,
});

// PATCH /planner/tasks/{task-id}/details  If-Match: {details eTag}  Prefer: return=representation
export const updateTaskDetails = (
  taskId: string,
  etag: string,
  body: PlannerTaskDetails,
): GraphRequestSpec => ({
  method: 'PATCH',
  url: `/planner/tasks/${segment(taskId)}/details`,
  headers: { ...JSON_HEADERS, ...RETURN_REPRESENTATION, 'If-Match': etag },
  body,
});

// GET /users/{user-principal-name}?$select=id  (User.ReadBasic.All; 404 when the directory has no such UPN)
export const getUserId = (upn: string): GraphRequestSpec => ({
  method: 'GET',
  url: `/users/${segment(upn.trim())}${queryString({ $select: 'id' })}`,
});
