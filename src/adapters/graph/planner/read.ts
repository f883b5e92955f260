/**
 * Reading Planner: every page of a collection (`@odata.nextLink`, pages of ~400 that the client
 * cannot size, docs/platform.md#paging), the leads' Entra ids, and a whole sync's reads — tasks,
 * checklists and leads — as one `$batch`.
 */
import type {
  PlannerPlan,
  PlannerTask,
  PlannerTaskDetails,
} from '@microsoft/microsoft-graph-types';
import type { PlannerChecklistSnapshot } from '../../../domain/plan/planner-task';
import type { PlanReadRequest, PlanReading } from '../../../ports/task-planner';
import { runBatches, type BatchOutcome } from '../http/batch';
import { readAll, type Page } from '../http/paging';
import type { GraphSender } from '../http/send';
import { outcomeError, planOutOfReach, unreachablePlan } from './errors';
import { checklistSnapshot, taskSnapshot, type WithETag } from './mapping';
import { getTaskDetails, getUserId, listGroupPlans, listTasks } from './requests';

/** Every item of each collection, following each one's nextLinks; next pages go out together. */
export function allPages<T>(
  sender: GraphSender,
  firstPages: readonly Page<T>[],
  action: string,
): Promise<T[][]> {
  return readAll(
    sender,
    firstPages.map((page) => ({ page })),
    (outcome) => outcomeError(outcome, action),
  );
}

/**
 * Entra ids by UPN from `GET /users/{upn}` answers: 404 → `null` (not in the directory). Any other
 * failure rejects, unless `lenient` (the caller has already written something a retry would repeat).
 */
export function readUserIds(
  upns: readonly string[],
  outcomes: readonly BatchOutcome[],
  lenient = false,
): Record<string, string | null> {
  const ids: Record<string, string | null> = {};
  upns.forEach((upn, index) => {
    const outcome = outcomes[index]!;
    const id = (outcome.body as { id?: unknown } | undefined)?.id;
    if (outcome.status === 200 && typeof id === 'string') ids[upn] = id;
    else if (outcome.status === 404 || lenient) ids[upn] = null;
    else throw outcomeError(outcome, 'look up the leads in the directory');
  });
  return ids;
}

/** Whether a group still lists the plan (only a Premium plan is listed yet unreachable); `null`: unknown. */
export async function groupListsPlan(
  sender: GraphSender,
  groupId: string,
  planId: string,
): Promise<boolean | null> {
  try {
    // GET /groups/{group-id}/planner/plans?$select=id,title
    const first = await sender.send(listGroupPlans(groupId));
    const [plans] = await allPages(sender, [first.body as Page<PlannerPlan>], 'list the plans');
    return (plans ?? []).some((plan) => plan.id === planId);
  } catch {
    return null;
  }
}

/** The error for a failed plan-scoped read: the plan out of reach, or whatever else it was. */
export async function planReadError(
  sender: GraphSender,
  outcome: BatchOutcome,
  plan: {
    readonly id: string;
    readonly title?: string | undefined;
    readonly groupId?: string | undefined;
  },
  action: string,
) {
  if (!planOutOfReach(outcome)) return outcomeError(outcome, action);
  const listed = plan.groupId ? await groupListsPlan(sender, plan.groupId, plan.id) : null;
  return unreachablePlan(plan, listed, outcomeError(outcome, action));
}

/** One round trip: the plan's tasks (first page), the checklists asked for, and the leads. */
export async function readPlan(
  sender: GraphSender,
  request: PlanReadRequest,
): Promise<PlanReading> {
  const { planId, checklistsOf, assignees } = request;
  const outcomes = await runBatches(sender, [
    listTasks(planId),
    ...checklistsOf.map(getTaskDetails),
    ...assignees.map(getUserId),
  ]);
  const [tasksOutcome, ...rest] = outcomes;
  if (tasksOutcome!.status !== 200) {
    const plan = { id: planId, title: request.planTitle, groupId: request.groupId };
    throw await planReadError(sender, tasksOutcome!, plan, "read the plan's tasks");
  }
  const userIds = readUserIds(assignees, rest.slice(checklistsOf.length));
  const checklists: Record<string, PlannerChecklistSnapshot> = {};
  checklistsOf.forEach((taskId, index) => {
    const outcome = rest[index]!;
    // 404: the task is gone; the task list says so too.
    if (outcome.status === 404) return;
    if (outcome.status !== 200) throw outcomeError(outcome, "read a task's checklist");
    checklists[taskId] = checklistSnapshot(taskId, outcome.body as WithETag<PlannerTaskDetails>);
  });
  const [tasks] = await allPages(
    sender,
    [tasksOutcome!.body as Page<WithETag<PlannerTask>>],
    "read the plan's tasks",
  );
  return { tasks: (tasks ?? []).map(taskSnapshot), userIds, checklists };
}
