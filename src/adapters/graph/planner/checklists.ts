/**
 * The fallback for a new task's checklist. Tandem sends it inline with the task (see
 * planner/mapping.ts createTaskBody), which the create page does not document (assumed:
 * docs/platform.md#planner-tasks). So, defensively, either behaviour is accepted:
 *
 * - a create refused with a 400 that names `details` is sent again without them (one round trip);
 * - a task whose 201 says it has fewer checklist items than were sent (`checklistItemCount`), or
 *   that was sent again without them, gets its checklist in two more round trips: `GET …/details`
 *   for the details' eTag, then `PATCH …/details` with `If-Match`.
 *
 * None of this costs a request when Planner takes the inline checklist. If the fallback itself
 * fails, the outcome says `checklistMissing` and the next sync adds the items.
 */
import type { PlannerTaskDetails } from '@microsoft/microsoft-graph-types';
import type { PlannerWrite, PlannerWriteOutcome } from '../../../domain/plan/planner-task';
import { runBatches, type BatchOutcome } from '../http/batch';
import { outcomeFailure } from '../http/batch';
import type { GraphSender } from '../http/send';
import { checklistEntriesBody, checklistSnapshot, createTaskBody, type WithETag } from './mapping';
import { createTask, getTaskDetails, updateTaskDetails } from './requests';

type CreateWrite = Extract<PlannerWrite, { kind: 'create-task' }>;

const withChecklist = (write: PlannerWrite): write is CreateWrite =>
  write.kind === 'create-task' && write.checklist.length > 0;

/** A 400 about the inline `details` property (not, say, a start date after the due date). */
function refusedInlineDetails(answer: BatchOutcome | null): boolean {
  if (answer?.status !== 400) return false;
  return /\bdetails\b/i.test(outcomeFailure(answer).message);
}

/**
 * Whether Planner's 201 shows the checklist missing (whether it counts inline items at once is
 * assumed: docs/platform.md#planner-tasks).
 */
export function checklistDropped(write: PlannerWrite, created: unknown): boolean {
  if (!withChecklist(write)) return false;
  const count = (created as { checklistItemCount?: unknown } | undefined)?.checklistItemCount;
  return typeof count === 'number' && count < write.checklist.length;
}

export async function completeChecklists(
  sender: GraphSender,
  planId: string,
  writes: readonly PlannerWrite[],
  answers: readonly (BatchOutcome | null)[],
  outcomes: readonly PlannerWriteOutcome[],
): Promise<PlannerWriteOutcome[]> {
  const result = [...outcomes];
  try {
    const resend = writes.flatMap((write, index) =>
      withChecklist(write) && refusedInlineDetails(answers[index] ?? null) ? [index] : [],
    );
    if (resend.length > 0) {
      // POST /$batch of POST /planner/tasks without `details`
      const again = await runBatches(
        sender,
        resend.map((index) =>
          createTask(createTaskBody(planId, writes[index] as CreateWrite, false)),
        ),
      );
      resend.forEach((index, position) => {
        const answer = again[position]!;
        const task = answer.body as { id?: string; '@odata.etag'?: string } | undefined;
        if (answer.status === 201 && task?.id) {
          result[index] = {
            kind: 'created',
            taskId: task.id,
            etag: task['@odata.etag'] ?? '',
            checklistMissing: true,
          };
        }
      });
    }
    await writeMissing(sender, writes, result);
  } catch {
    // Left as `checklistMissing`: the next sync reads the details and adds the items.
  }
  return result;
}

async function writeMissing(
  sender: GraphSender,
  writes: readonly PlannerWrite[],
  result: PlannerWriteOutcome[],
): Promise<void> {
  const missing = result.flatMap((outcome, index) =>
    outcome.kind === 'created' && outcome.checklistMissing
      ? [{ index, taskId: outcome.taskId }]
      : [],
  );
  if (missing.length === 0) return;
  // POST /$batch of GET /planner/tasks/{id}/details
  const reads = await runBatches(
    sender,
    missing.map(({ taskId }) => getTaskDetails(taskId)),
  );
  const patches: { index: number; spec: ReturnType<typeof updateTaskDetails> }[] = [];
  missing.forEach(({ index, taskId }, position) => {
    const read = reads[position]!;
    if (read.status !== 200) return;
    const current = checklistSnapshot(taskId, read.body as WithETag<PlannerTaskDetails>);
    const entries = (writes[index] as CreateWrite).checklist.filter(
      (item) => !current.items[item.id],
    );
    if (entries.length === 0) {
      result[index] = {
        ...(result[index] as object),
        checklistMissing: false,
      } as PlannerWriteOutcome;
      return;
    }
    patches.push({
      index,
      spec: updateTaskDetails(taskId, current.etag, checklistEntriesBody(entries)),
    });
  });
  if (patches.length === 0) return;
  // POST /$batch of PATCH /planner/tasks/{id}/details  If-Match
  const written = await runBatches(
    sender,
    patches.map(({ spec }) => spec),
  );
  patches.forEach(({ index }, position) => {
    const status = written[position]!.status;
    if (status === 200 || status === 204) {
      result[index] = {
        ...(result[index] as object),
        checklistMissing: false,
      } as PlannerWriteOutcome;
    }
  });
}
