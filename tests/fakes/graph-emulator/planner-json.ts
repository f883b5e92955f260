/**
 * How Planner resources look on the wire (docs/platform.md#planner-tasks; property lists from
 * @microsoft/microsoft-graph-types plannerPlan/Bucket/Task/TaskDetails/PlanDetails). Every resource
 * carries `@odata.etag` (docs/platform.md#etags-and-if-match).
 */
import { plannerETag } from './planner-etag';
import type {
  AssignmentRecord,
  BucketRecord,
  PlanRecord,
  TaskDetailsRecord,
  TaskRecord,
} from './planner-store';

export const PLAN_TYPE = 'microsoft.graph.plannerPlan';
export const PLAN_DETAILS_TYPE = 'microsoft.graph.plannerPlanDetails';
export const BUCKET_TYPE = 'microsoft.graph.plannerBucket';
export const TASK_TYPE = 'microsoft.graph.plannerTask';
export const TASK_DETAILS_TYPE = 'microsoft.graph.plannerTaskDetails';

/** The planner-post-tasks example: identities as `{"user":{"id":…}}`. */
const identity = (userId: string | null) => (userId === null ? null : { user: { id: userId } });

/** docs/platform.md#planner-plans: the container Graph returns. */
export function containerJson(groupId: string) {
  return {
    '@odata.type': '#microsoft.graph.plannerPlanContainer',
    containerId: groupId,
    type: 'group',
    url: `https://graph.microsoft.com/v1.0/groups/${groupId}`,
  };
}

export function planJson(plan: PlanRecord): Record<string, unknown> {
  return {
    '@odata.etag': plannerETag('Plan', plan.seq),
    id: plan.id,
    title: plan.title,
    createdDateTime: plan.createdDateTime,
    createdBy: identity(plan.createdBy),
    // Graph's plannerPlan page: `owner` is deprecated but still returned (the group id).
    owner: plan.groupId,
    container: containerJson(plan.groupId),
  };
}

export const PLAN_PROPERTIES = [
  'id',
  'title',
  'createdDateTime',
  'createdBy',
  'owner',
  'container',
];

/**
 * Graph's plannerplandetails-get page: categoryDescriptions lists every category, null when unset.
 */
export function planDetailsJson(plan: PlanRecord): Record<string, unknown> {
  const categories: Record<string, string | null> = {};
  for (let i = 1; i <= 25; i++) {
    categories[`category${i}`] = plan.details.categoryDescriptions[`category${i}`] ?? null;
  }
  return {
    '@odata.etag': plannerETag('PlanDetails', plan.details.seq),
    id: plan.id,
    sharedWith: { ...plan.details.sharedWith },
    categoryDescriptions: categories,
  };
}

export const PLAN_DETAILS_PROPERTIES = ['id', 'sharedWith', 'categoryDescriptions'];

export function bucketJson(bucket: BucketRecord): Record<string, unknown> {
  return {
    '@odata.etag': plannerETag('Bucket', bucket.seq),
    id: bucket.id,
    name: bucket.name,
    planId: bucket.planId,
    orderHint: bucket.orderHint,
  };
}

export const BUCKET_PROPERTIES = ['id', 'name', 'planId', 'orderHint'];

function assignmentJson(a: AssignmentRecord) {
  return {
    '@odata.type': '#microsoft.graph.plannerAssignment',
    assignedDateTime: a.assignedDateTime,
    orderHint: a.orderHint,
    assignedBy: identity(a.assignedBy),
  };
}

export function taskJson(task: TaskRecord): Record<string, unknown> {
  const items = Object.values(task.details.checklist);
  return {
    '@odata.etag': plannerETag('Task', task.seq),
    planId: task.planId,
    bucketId: task.bucketId,
    title: task.title,
    orderHint: task.orderHint,
    assigneePriority: task.assigneePriority,
    percentComplete: task.percentComplete,
    startDateTime: task.startDateTime,
    createdDateTime: task.createdDateTime,
    dueDateTime: task.dueDateTime,
    hasDescription: task.details.description !== '',
    previewType: task.previewType,
    completedDateTime: task.completedDateTime,
    completedBy: identity(task.completedBy),
    referenceCount: 0,
    checklistItemCount: items.length,
    activeChecklistItemCount: items.filter((i) => !i.isChecked).length,
    conversationThreadId: task.conversationThreadId,
    priority: task.priority,
    id: task.id,
    createdBy: identity(task.createdBy),
    appliedCategories: { ...task.appliedCategories },
    assignments: Object.fromEntries(
      Object.entries(task.assignments).map(([userId, a]) => [userId, assignmentJson(a)]),
    ),
  };
}

export const TASK_PROPERTIES = [
  'planId',
  'bucketId',
  'title',
  'orderHint',
  'assigneePriority',
  'percentComplete',
  'startDateTime',
  'createdDateTime',
  'dueDateTime',
  'hasDescription',
  'previewType',
  'completedDateTime',
  'completedBy',
  'referenceCount',
  'checklistItemCount',
  'activeChecklistItemCount',
  'conversationThreadId',
  'priority',
  'id',
  'createdBy',
  'appliedCategories',
  'assignments',
];

export function taskDetailsJson(task: TaskRecord): Record<string, unknown> {
  const details: TaskDetailsRecord = task.details;
  return {
    '@odata.etag': plannerETag('TaskDetails', details.seq),
    id: task.id,
    description: details.description,
    previewType: details.previewType,
    references: {},
    checklist: Object.fromEntries(
      Object.entries(details.checklist).map(([itemId, item]) => [
        itemId,
        {
          '@odata.type': '#microsoft.graph.plannerChecklistItem',
          isChecked: item.isChecked,
          title: item.title,
          orderHint: item.orderHint,
          lastModifiedDateTime: item.lastModifiedDateTime,
          lastModifiedBy: identity(item.lastModifiedBy),
        },
      ]),
    ),
  };
}

export const TASK_DETAILS_PROPERTIES = [
  'id',
  'description',
  'previewType',
  'references',
  'checklist',
];
