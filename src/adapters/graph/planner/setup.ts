/**
 * Setting up the plan a sync writes into: a new plan in the team's group, or an existing one the
 * user picked. Round trips (docs/platform.md#batch-requests, `$batch` ≤ 20):
 *
 * - new plan — 1: `POST /planner/plans` + `GET /users/{upn}` per lead; 2: the buckets and
 *   `GET …/details` (the details' eTag, needed to name the labels; a batch cannot feed one answer
 *   into another request, so this GET cannot join round 1). The labels' PATCH then rides with the
 *   first tasks (`labelWrite`), which keeps a first publish at three round trips.
 * - existing plan — 1: the plan, its buckets, details and tasks, and the leads; 2 (only when
 *   phases lack a bucket): the missing buckets.
 *
 * Bucket order: buckets are created last phase first, each with the order hint `" !"` ("first",
 * docs/platform.md#planner-order-hints), in a serial batch (`dependsOn`, so Graph applies them in
 * that order), so the phases read left to right without knowing the hints the service computes. In
 * an existing plan, new phase buckets go before the plan's own buckets.
 */
import type {
  PlannerBucket,
  PlannerPlan,
  PlannerPlanDetails,
  PlannerTask,
} from '@microsoft/microsoft-graph-types';
import type { PhaseId } from '../../../domain/plan/plan';
import type { PlannerWrite } from '../../../domain/plan/planner-task';
import { PlannerError, type PlanSetup, type PlanSetupRequest } from '../../../ports/task-planner';
import { runBatches } from '../http/batch';
import type { GraphSender } from '../http/send';
import { outcomeError } from './errors';
import { taskSnapshot, type WithETag } from './mapping';
import { allPages, planReadError, readUserIds } from './read';
import { type Page } from '../http/paging';
import {
  createBucket,
  createPlan,
  getPlan,
  getPlanDetails,
  getUserId,
  listBuckets,
  listTasks,
} from './requests';

type LabelWrite = Extract<PlannerWrite, { kind: 'label-categories' }>;

/**
 * Creates the buckets the phases lack (serial, last phase first, see the header) and, if asked,
 * reads the plan details' eTag in the same round trip. No request at all when nothing is missing.
 */
async function makeBuckets(
  sender: GraphSender,
  planId: string,
  request: PlanSetupRequest,
  existing: Partial<Record<PhaseId, string>>,
  withDetails: boolean,
): Promise<{ bucketIds: Record<PhaseId, string>; detailsEtag: string | null }> {
  const missing = request.buckets.filter((bucket) => !existing[bucket.phase]).reverse();
  const specs = missing.map((bucket) => createBucket(planId, bucket.name, ' !'));
  // Last in the chain, so a failed read cannot stop the buckets.
  if (withDetails) specs.push(getPlanDetails(planId));
  const bucketIds = { ...existing };
  if (specs.length === 0)
    return { bucketIds: bucketIds as Record<PhaseId, string>, detailsEtag: null };
  const outcomes = await runBatches(sender, specs, 'serial');
  missing.forEach((bucket, index) => {
    const outcome = outcomes[index]!;
    if (outcome.status !== 201) throw outcomeError(outcome, `create the bucket “${bucket.name}”`);
    bucketIds[bucket.phase] = (outcome.body as PlannerBucket).id!;
  });
  const details = withDetails ? outcomes[missing.length] : undefined;
  const detailsEtag =
    details?.status === 200
      ? ((details.body as WithETag<PlannerPlanDetails>)['@odata.etag'] ?? null)
      : null;
  return { bucketIds: bucketIds as Record<PhaseId, string>, detailsEtag };
}

export async function setUpNewPlan(
  sender: GraphSender,
  request: PlanSetupRequest & { readonly groupId: string; readonly title: string },
): Promise<PlanSetup> {
  const [planOutcome, ...userOutcomes] = await runBatches(sender, [
    createPlan(request.groupId, request.title),
    ...request.assignees.map(getUserId),
  ]);
  if (planOutcome!.status !== 201) throw outcomeError(planOutcome!, 'create the plan');
  const plan = planOutcome!.body as WithETag<PlannerPlan>;
  const planId = plan.id!;
  const planTitle = plan.title ?? request.title;
  // The plan exists now, so nothing below may fail in a way a retry would repeat: a lead the
  // directory cannot find is left unassigned (and assigned by a later sync once found).
  const userIds = readUserIds(request.assignees, userOutcomes, true);
  let laidOut;
  try {
    laidOut = await makeBuckets(sender, planId, request, {}, true);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new PlannerError(
      error instanceof PlannerError ? error.code : 'unavailable',
      `The plan “${planTitle}” was created, but not its buckets (${why}). Pick it as an existing plan to finish setting it up.`,
      error instanceof PlannerError ? error.limit : null,
      { cause: error },
    );
  }
  const labelWrite: LabelWrite | null = laidOut.detailsEtag
    ? { kind: 'label-categories', etag: laidOut.detailsEtag, labels: request.labels }
    : null;
  return {
    planId,
    planTitle,
    bucketIds: laidOut.bucketIds,
    userIds,
    tasks: [],
    labelWrite,
    labelsInUse: [],
  };
}

const sameName = (a: string | undefined, b: string) =>
  (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

export async function setUpExistingPlan(
  sender: GraphSender,
  request: PlanSetupRequest & { readonly planId: string; readonly groupId?: string },
): Promise<PlanSetup> {
  const { planId } = request;
  const outcomes = await runBatches(sender, [
    getPlan(planId),
    listBuckets(planId),
    getPlanDetails(planId),
    listTasks(planId),
    ...request.assignees.map(getUserId),
  ]);
  const [planOutcome, bucketsOutcome, detailsOutcome, tasksOutcome, ...userOutcomes] = outcomes;
  for (const outcome of [planOutcome!, bucketsOutcome!, detailsOutcome!, tasksOutcome!]) {
    if (outcome.status !== 200) {
      throw await planReadError(
        sender,
        outcome,
        { id: planId, groupId: request.groupId },
        'open the plan',
      );
    }
  }
  const userIds = readUserIds(request.assignees, userOutcomes);
  const [buckets, tasks] = await Promise.all([
    allPages(sender, [bucketsOutcome!.body as Page<PlannerBucket>], "read the plan's buckets"),
    allPages(sender, [tasksOutcome!.body as Page<WithETag<PlannerTask>>], "read the plan's tasks"),
  ]);
  const existing: Partial<Record<PhaseId, string>> = {};
  for (const { phase, name } of request.buckets) {
    const found = (buckets[0] ?? []).find((bucket) => sameName(bucket.name, name));
    if (found?.id) existing[phase] = found.id;
  }

  // Name only the labels the plan leaves unnamed; a label the team uses for something else stays.
  const details = detailsOutcome!.body as WithETag<PlannerPlanDetails>;
  const current = (details.categoryDescriptions ?? {}) as Record<string, string | null | undefined>;
  const toName: Record<string, string> = {};
  const labelsInUse: string[] = [];
  for (const [category, label] of Object.entries(request.labels)) {
    const name = current[category]?.trim() ?? '';
    if (name === '') toName[category] = label;
    else if (name !== label) labelsInUse.push(`${category} (“${name}”)`);
  }
  const etag = details['@odata.etag'];
  const labelWrite: LabelWrite | null =
    etag && Object.keys(toName).length > 0
      ? { kind: 'label-categories', etag, labels: toName }
      : null;

  const { bucketIds } = await makeBuckets(sender, planId, request, existing, false);
  return {
    planId,
    planTitle: (planOutcome!.body as PlannerPlan).title ?? '',
    bucketIds,
    userIds,
    tasks: (tasks[0] ?? []).map(taskSnapshot),
    labelWrite,
    labelsInUse,
  };
}
