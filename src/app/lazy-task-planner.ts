import { PlannerError, type TaskPlanner } from '../ports/task-planner';
import { loadOnce } from './load-once';

/**
 * A `TaskPlanner` whose Graph adapter is fetched with `import()` on first use: only someone who
 * syncs the 90-day plan needs it, so it stays out of the JavaScript loaded before the first board.
 * A failed download rejects with `unavailable` and is tried again on the next call.
 */
export function lazyTaskPlanner(load: () => Promise<TaskPlanner>): TaskPlanner {
  const loaded = loadOnce(
    load,
    (cause) =>
      new PlannerError(
        'unavailable',
        "Tandem's Planner code could not be downloaded. Check your connection and try again.",
        null,
        { cause },
      ),
  );
  return {
    listGroupPlans: (groupId) => loaded().then((planner) => planner.listGroupPlans(groupId)),
    resolveUsers: (upns) => loaded().then((planner) => planner.resolveUsers(upns)),
    createPlan: (request) => loaded().then((planner) => planner.createPlan(request)),
    adoptPlan: (request) => loaded().then((planner) => planner.adoptPlan(request)),
    readPlan: (request) => loaded().then((planner) => planner.readPlan(request)),
    applyWrites: (planId, writes) =>
      loaded().then((planner) => planner.applyWrites(planId, writes)),
  };
}
