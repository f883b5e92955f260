/**
 * Planner's failures in words a person can act on. The port lets callers see `PlannerError` only
 * (for a failed step) or a `refused` outcome (for one write); both keep Graph's status and code at
 * the end of the message for whoever reads the details.
 *
 * docs/platform.md#planner-limits: a request over a Planner limit answers 403 with the limit's name
 * in `error.code`; Planner's other errors have an empty code. The numbers behind the limits are not
 * pinned here (assumed: same section).
 */
import { PlannerError, type PlannerErrorCode } from '../../../ports/task-planner';
import type { BatchOutcome } from '../http/batch';
import { outcomeFailure } from '../http/batch';
import { GraphFailure, failureDetail } from '../http/send';

const LIMITS: Readonly<Record<string, string>> = {
  MaximumPlannerPlans: "the team's group already has as many plans as Planner allows",
  MaximumProjectsOwnedByUser: 'you already own as many plans as Planner allows one person',
  MaximumProjectsSharedWithUser: 'as many plans are shared with you as Planner allows',
  MaximumUsersSharedWithProject: 'the plan is shared with as many people as Planner allows',
  MaximumBucketsInProject: 'the plan already has as many buckets as Planner allows',
  MaximumTasksInProject: 'the plan already holds as many tasks as Planner allows in one plan',
  MaximumActiveTasksInProject:
    'the plan already holds as many unfinished tasks as Planner allows in one plan',
  MaximumTasksCreatedByUser: 'you have created as many tasks as Planner allows one person',
  MaximumTasksAssignedToUser: 'a lead already has as many tasks as Planner allows one person',
  MaximumAssigneesInTasks: 'the task has as many assignees as Planner allows',
  MaximumChecklistItemsOnTask: 'the task has as many checklist items as Planner allows',
  MaximumReferencesOnTask: 'the task has as many attachments as Planner allows',
};

export const isPlannerLimit = (code: string): boolean => code in LIMITS;

/** "Planner's limit is reached: the plan already holds … (MaximumTasksInProject)." */
export function limitMessage(code: string): string {
  return `Planner's limit is reached: ${LIMITS[code] ?? 'a Planner limit'} (${code}). Finish, move or delete tasks in Planner, then sync again.`;
}

const FORBIDDEN =
  "you don't have access to the team's plans: you must be a member of the team, and Tandem needs the Tasks.ReadWrite and User.ReadBasic.All permissions";

function explain(failure: GraphFailure): [PlannerErrorCode, string] {
  if (failure.code === 'AuthError') return ['signed-out', 'sign in again to reach Planner'];
  switch (failure.status) {
    case 0:
      return ['unavailable', "Planner couldn't be reached. Check the connection and try again"];
    case 400:
      return ['invalid', 'Planner refused the data'];
    case 401:
      return ['signed-out', 'your sign-in has expired. Sign in again, then sync'];
    case 403:
      return isPlannerLimit(failure.code)
        ? ['limit', limitMessage(failure.code)]
        : ['forbidden', FORBIDDEN];
    case 404:
      return ['not-found', 'it is no longer in Planner'];
    case 409:
    case 412:
      return ['conflict', 'it was changed in Planner meanwhile'];
    case 429:
    case 503:
    case 504:
      return [
        'unavailable',
        'Planner is busy right now and kept asking Tandem to wait. Try again in a minute',
      ];
    default:
      return ['unavailable', 'Planner had a problem'];
  }
}

/** A failed step as the port's error; `action` completes "Couldn't …". */
export function toPlannerError(error: unknown, action: string): PlannerError {
  if (error instanceof PlannerError) return error;
  if (!(error instanceof GraphFailure)) {
    const text = error instanceof Error ? error.message : String(error);
    return new PlannerError('unavailable', `Couldn't ${action}: ${text}`, null, { cause: error });
  }
  const [code, why] = explain(error);
  const limit = code === 'limit' ? error.code : null;
  const message = code === 'limit' ? why : `Couldn't ${action}: ${why}.`;
  return new PlannerError(code, `${message}${failureDetail(error)}`, limit, { cause: error });
}

/** A failed `$batch` item as the port's error. */
export function outcomeError(outcome: BatchOutcome, action: string): PlannerError {
  return toPlannerError(outcomeFailure(outcome), action);
}

/**
 * A plan that answers 404 (or a 403 without a limit code) cannot be reached: deleted, the user left
 * the team, or a Premium plan, which Graph cannot reach (docs/platform.md#planner-plans); how Graph
 * answers for one is assumed (same section), so both answers are read the same way. `listed`: the
 * plan still shows in its group's plans, which only a Premium plan would.
 */
export function unreachablePlan(
  plan: { readonly id: string; readonly title?: string | undefined },
  listed: boolean | null,
  cause: unknown,
): PlannerError {
  const name = plan.title ? `“${plan.title}”` : `(${plan.id})`;
  if (listed) {
    return new PlannerError(
      'premium-plan',
      `The plan ${name} is a Premium plan, and Microsoft Graph cannot reach Premium plans, so Tandem cannot sync with it. Let Tandem create a basic plan, or pick another one.`,
      null,
      { cause },
    );
  }
  return new PlannerError(
    'not-found',
    `The plan ${name} can't be reached in Planner: it was deleted, you are no longer a member of its team, or it is a Premium plan (Microsoft Graph cannot reach those). Let Tandem create a new plan, or pick another one.`,
    null,
    { cause },
  );
}

/** Whether a plan-scoped read failed because the plan itself is out of reach. */
export function planOutOfReach(outcome: BatchOutcome): boolean {
  if (outcome.status === 404) return true;
  return outcome.status === 403 && !isPlannerLimit(outcomeFailure(outcome).code);
}
