/**
 * Sending the sync's writes: one `$batch` per 20 writes (docs/platform.md#batch-requests), all
 * batches at once (each is a round trip of its own), and one outcome per write. Updates carry
 * `If-Match` with the eTag they were based on and `Prefer: return=representation`, so the new eTag
 * comes back without a GET (docs/platform.md#planner-tasks). A write Planner answers 409/412 to was
 * overtaken by a change in Planner (docs/platform.md#etags-and-if-match): the task is re-read (one
 * more round trip, only then) and the write reported as a conflict, never sent again with the new
 * eTag.
 *
 * Throttled writes (429/503/504, also inside a batch) are retried by http/batch.ts after
 * `Retry-After`. A create retried after a 503 may have been applied twice (assumed:
 * docs/platform.md#throttling); the next sync links one of the two by title and leaves the other in
 * Planner.
 */
import type { PlannerTask } from '@microsoft/microsoft-graph-types';
import type { PlannerWrite, PlannerWriteOutcome } from '../../../domain/plan/planner-task';
import { chunk, runBatches, type BatchOutcome } from '../http/batch';
import { checklistDropped, completeChecklists } from './checklists';
import { outcomeError } from './errors';
import type { GraphRequestSpec, GraphSender } from '../http/send';
import {
  checklistPatchBody,
  createTaskBody,
  taskPatchBody,
  taskSnapshot,
  type WithETag,
} from './mapping';
import { createTask, getTask, labelCategories, updateTask, updateTaskDetails } from './requests';

export function writeSpec(planId: string, write: PlannerWrite): GraphRequestSpec {
  switch (write.kind) {
    case 'create-task':
      return createTask(createTaskBody(planId, write));
    case 'update-task':
      return updateTask(write.taskId, write.etag, taskPatchBody(write.patch));
    case 'update-checklist':
      return updateTaskDetails(write.taskId, write.etag, checklistPatchBody(write.items));
    case 'label-categories':
      return labelCategories(planId, write.etag, write.labels);
  }
}

const ACTIONS: Record<PlannerWrite['kind'], string> = {
  'create-task': 'create the task',
  'update-task': 'update the task',
  'update-checklist': "update the task's checklist",
  'label-categories': "name the plan's labels",
};

const etagOf = (body: unknown): string | null => {
  const etag = (body as { '@odata.etag'?: unknown } | undefined)?.['@odata.etag'];
  return typeof etag === 'string' ? etag : null;
};

export function writeOutcome(write: PlannerWrite, outcome: BatchOutcome): PlannerWriteOutcome {
  const { status, body } = outcome;
  if (write.kind === 'create-task' && status === 201) {
    const task = body as WithETag<PlannerTask>;
    return {
      kind: 'created',
      taskId: task.id ?? '',
      etag: task['@odata.etag'] ?? '',
      ...(checklistDropped(write, body) ? { checklistMissing: true } : {}),
    };
  }
  if (write.kind !== 'create-task' && (status === 200 || status === 204)) {
    return { kind: 'updated', etag: etagOf(body) };
  }
  if (status === 409 || status === 412) return { kind: 'conflict', current: null };
  if (status === 404 && (write.kind === 'update-task' || write.kind === 'update-checklist')) {
    return { kind: 'not-found' };
  }
  const error = outcomeError(outcome, ACTIONS[write.kind]);
  return { kind: 'refused', reason: error.message, limit: error.limit };
}

const NO_ANSWER: PlannerWriteOutcome = {
  kind: 'refused',
  reason:
    'Planner did not answer, so this change may or may not have been made. Sync again to check.',
  limit: null,
};

export async function applyWrites(
  sender: GraphSender,
  planId: string,
  writes: readonly PlannerWrite[],
): Promise<PlannerWriteOutcome[]> {
  if (writes.length === 0) return [];
  const parts = chunk(writes);
  // POST /$batch per part, sent together: one round trip each, in parallel.
  const settled = await Promise.allSettled(
    parts.map((part) =>
      runBatches(
        sender,
        part.map((write) => writeSpec(planId, write)),
      ),
    ),
  );
  const rejected = settled.find((answer) => answer.status === 'rejected');
  if (rejected && settled.every((answer) => answer.status === 'rejected')) throw rejected.reason;
  const answers: (BatchOutcome | null)[] = settled.flatMap((answer, index) =>
    answer.status === 'fulfilled' ? answer.value : parts[index]!.map(() => null),
  );
  const outcomes = writes.map((write, index) => {
    const answer = answers[index];
    return answer ? writeOutcome(write, answer) : NO_ANSWER;
  });
  const completed = await completeChecklists(sender, planId, writes, answers, outcomes);
  return rereadConflicts(sender, writes, completed);
}

/** The current version of each task a write conflicted on, for the report (one round trip). */
async function rereadConflicts(
  sender: GraphSender,
  writes: readonly PlannerWrite[],
  outcomes: PlannerWriteOutcome[],
): Promise<PlannerWriteOutcome[]> {
  const conflicted = outcomes.flatMap((outcome, index) => {
    const write = writes[index]!;
    return outcome.kind === 'conflict' && 'taskId' in write
      ? [{ index, taskId: write.taskId }]
      : [];
  });
  if (conflicted.length === 0) return outcomes;
  const answers = await runBatches(
    sender,
    conflicted.map(({ taskId }) => getTask(taskId)),
  ).catch(() => null);
  if (!answers) return outcomes;
  const result = [...outcomes];
  conflicted.forEach(({ index }, position) => {
    const answer = answers[position]!;
    if (answer.status === 200) {
      result[index] = {
        kind: 'conflict',
        current: taskSnapshot(answer.body as WithETag<PlannerTask>),
      };
    } else if (answer.status === 404) {
      result[index] = { kind: 'not-found' };
    }
  });
  return result;
}
