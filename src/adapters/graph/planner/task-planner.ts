/**
 * The Teams-mode TaskPlanner: the 90-day plan as a Microsoft Planner plan in the team's group,
 * reached through Microsoft Graph with the composition root's graph-client `Client` (its auth
 * provider must ask for `GRAPH_SCOPES.syncPlanner`).
 *
 * What is stored where: one plan per engagement (in the team's group, or one the user picked), a
 * bucket per phase, a task per milestone (start and due dates, the leads as assignees, a label
 * Internal / MSP / Joint from the plan's `categoryDescriptions`) with the milestone's checklist in
 * the task details. Tandem's own bookkeeping (which task is which milestone, the eTags last seen)
 * is the PlannerLink record in the engagement store, not in Planner.
 *
 * Round trips: a first publish costs three (planner/setup.ts: two; planner/write.ts: one per 20
 * tasks), a re-sync one read (planner/read.ts) plus one for writes when there are any. Throttled
 * requests, also inside a `$batch`, are retried after `Retry-After` (http/retry.ts); the UI hears
 * about the wait through `onStatus`.
 */
import type { PlannerPlan } from '@microsoft/microsoft-graph-types';
import type { TaskPlanner } from '../../../ports/task-planner';
import { runBatches } from '../http/batch';
import { createGraphTransport, type GraphTransportOptions } from '../http/transport';
import { toPlannerError } from './errors';
import { allPages, readPlan, readUserIds } from './read';
import { type Page } from '../http/paging';
import { getUserId, listGroupPlans } from './requests';
import { setUpExistingPlan, setUpNewPlan } from './setup';
import { applyWrites } from './write';

/** graph-client from the composition root, and the retry settings tests may change. */
export type GraphTaskPlannerOptions = GraphTransportOptions;

export function createGraphTaskPlanner(options: GraphTaskPlannerOptions): TaskPlanner {
  const { sender, waits } = createGraphTransport(options);

  const run = async <T>(action: string, work: () => Promise<T>): Promise<T> => {
    const waitsBefore = waits();
    try {
      return await work();
    } catch (error) {
      throw toPlannerError(error, action);
    } finally {
      if (waits() !== waitsBefore) options.onStatus?.({ kind: 'idle' });
    }
  };

  return {
    listGroupPlans: (groupId) =>
      run("list the team's plans", async () => {
        const first = await sender.send(listGroupPlans(groupId));
        const [plans] = await allPages(sender, [first.body as Page<PlannerPlan>], 'list the plans');
        return (plans ?? []).map((plan) => ({ id: plan.id ?? '', title: plan.title ?? '' }));
      }),

    resolveUsers: (upns) =>
      run('look up the leads in the directory', async () =>
        readUserIds(upns, await runBatches(sender, upns.map(getUserId))),
      ),

    createPlan: (request) => run('create the plan', () => setUpNewPlan(sender, request)),

    adoptPlan: (request) => run('open the plan', () => setUpExistingPlan(sender, request)),

    readPlan: (request) => run('read the plan', () => readPlan(sender, request)),

    applyWrites: (planId, writes) =>
      run('send the changes to Planner', () => applyWrites(sender, planId, writes)),
  };
}
