import { describe, expect, it } from 'vitest';
import { PHASES } from '../../src/domain/plan/plan';
import { DEFAULT_MILESTONES } from '../../src/domain/plan/plan-template';
import { checklistItemGuid } from '../../src/domain/plan/planner-task';
import { PlannerError } from '../../src/ports/task-planner';
import { PlannerSyncNotSavedError } from '../../src/application/planner/planner-sync-run';
import {
  GROUP_ID,
  INTERNAL_LEAD,
  MSP_LEAD,
  plannerSyncFixture,
  type PlannerSyncFixture,
} from '../fakes/planner-sync-fixture';

/*
 * The Planner sync end to end on the Graph emulator: the service, the Graph adapter and
 * graph-client, counting round trips and writes in the emulator's request log.
 */

const byOrder = <T extends { orderHint: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => (a.orderHint < b.orderHint ? -1 : a.orderHint > b.orderHint ? 1 : 0));

async function published(options: Parameters<typeof plannerSyncFixture>[0] = {}) {
  const f = plannerSyncFixture(options);
  await f.sync();
  f.resetLog();
  return f;
}

const taskOf = (f: PlannerSyncFixture, milestoneId: string) => {
  const taskId = f.held.link?.tasks[milestoneId]?.taskId;
  const task = f.plan().tasks.find((t) => t.id === taskId);
  if (!task) throw new Error(`No task for ${milestoneId}.`);
  return task;
};

describe('Planner sync: publishing the default plan', () => {
  it('takes 3 round trips: plan + leads, buckets + details eTag, tasks + labels', async () => {
    const f = plannerSyncFixture();
    const report = await f.sync();
    const { roundTrips, entries } = f.traffic();
    expect(roundTrips).toBe(3);
    expect(report).toMatchObject({ created: 12, updated: 0, conflicts: [], refused: [] });
    expect(report.writes).toBe(13);
    const batches = entries.filter((e) => !e.inBatch).map((e) => e.url);
    expect(batches.every((url) => url.endsWith('/$batch'))).toBe(true);
    // No request after the first two rounds reads anything: tasks carry their checklists inline.
    expect(entries.filter((e) => e.inBatch && e.method === 'GET').map((e) => e.url)).toEqual([
      expect.stringContaining('/users/'),
      expect.stringContaining('/users/'),
      expect.stringContaining('/details'),
    ]);
  });

  it('makes one bucket per phase in phase order, labels and one task per milestone', async () => {
    const f = await published();
    const plan = f.plan();
    expect(plan.title).toBe('Contoso: first 90 days (Tandem)');
    expect(byOrder(plan.buckets).map((b) => b.name)).toEqual(PHASES.map((p) => p.name));
    expect(plan.details.categoryDescriptions).toEqual({
      category1: 'Internal',
      category2: 'MSP',
      category3: 'Joint',
    });
    expect(plan.tasks).toHaveLength(12);

    const matrix = taskOf(f, 'discovery-matrix'); // joint, days 7–14
    expect(matrix).toMatchObject({
      title: 'Build the responsibility matrix together',
      bucketId: f.held.link?.bucketIds.discovery,
      startDateTime: '2026-09-07T12:00:00Z',
      dueDateTime: '2026-09-14T12:00:00Z',
      appliedCategories: ['category3'],
      percentComplete: 0,
    });
    expect(Object.keys(matrix.assignments).sort()).toEqual([INTERNAL_LEAD.id, MSP_LEAD.id].sort());
    expect(Object.keys(taskOf(f, 'discovery-workflows').assignments)).toEqual([INTERNAL_LEAD.id]);
    expect(taskOf(f, 'discovery-catalog').appliedCategories).toEqual(['category2']);

    const checklist = byOrder(Object.values(matrix.details.checklist)).map((i) => i.title);
    expect(checklist).toEqual(
      DEFAULT_MILESTONES.find((m) => m.id === 'discovery-matrix')!.checklist.map((i) => i.title),
    );
    expect(Object.keys(matrix.details.checklist)).toContain(
      checklistItemGuid('discovery-matrix', 'discovery-matrix:functions'),
    );
  });

  it('stores the link and each milestone’s task id in one commit', async () => {
    const f = await published();
    expect(f.commits).toHaveLength(1);
    const collections = f.commits[0]!.map((c) => c.collection);
    expect(collections.filter((c) => c === 'milestones')).toHaveLength(12);
    expect(collections.filter((c) => c === 'plannerLinks')).toHaveLength(1);
    for (const [id, milestone] of f.held.milestones) {
      expect(milestone.plannerTaskId).toBe(f.held.link?.tasks[id]?.taskId);
    }
  });

  it('orders the tasks of a bucket like the milestones', async () => {
    const f = await published();
    const bucket = f.held.link!.bucketIds['tool-deployment'];
    const titles = byOrder(f.plan().tasks.filter((t) => t.bucketId === bucket)).map((t) => t.title);
    expect(titles).toEqual([
      'Decide which overlapping tools to keep',
      'Deploy and tune RMM, EDR, email security, backup and monitoring',
      'Involve the internal team in deployment',
      'Roll out awareness training, patch management and the documentation platform',
    ]);
  });
});

describe('Planner sync: re-sync', () => {
  it('costs one round trip and no write when nothing changed, and saves nothing', async () => {
    const f = await published();
    const report = await f.sync();
    expect(f.traffic()).toMatchObject({ roundTrips: 1, writes: 0 });
    expect(report).toMatchObject({ created: 0, updated: 0, progressPulled: 0, writes: 0 });
    expect(f.commits).toHaveLength(1);
  });

  it('never creates a task twice, however often it runs', async () => {
    const f = await published();
    await f.sync();
    await f.sync();
    expect(f.plan().tasks).toHaveLength(12);
    expect(f.traffic().writes).toBe(0);
  });

  it('takes progress from Planner without writing to that task', async () => {
    const f = await published();
    f.graph.planner.ui.setPercentComplete(taskOf(f, 'discovery-catalog').id, 50);
    const report = await f.sync();
    expect(report.progressPulled).toBe(1);
    expect(f.traffic()).toMatchObject({ roundTrips: 1, writes: 0 });
    expect(f.held.milestones.get('discovery-catalog')?.percentComplete).toBe(50);
    f.resetLog();
    await f.sync();
    expect(f.traffic()).toMatchObject({ roundTrips: 1, writes: 0 });
  });

  it('sends a change made in Tandem as one PATCH with If-Match, then is quiet again', async () => {
    const f = await published();
    f.editMilestone('discovery-catalog', (m) => ({ ...m, name: 'Catalog the estate', dueDay: 16 }));
    const before = taskOf(f, 'discovery-catalog');
    const report = await f.sync();
    expect(report.updated).toBe(1);
    const { roundTrips, entries } = f.traffic();
    expect(roundTrips).toBe(2);
    expect(entries.filter((e) => e.method === 'PATCH')).toHaveLength(1);
    const after = taskOf(f, 'discovery-catalog');
    expect(after).toMatchObject({
      title: 'Catalog the estate',
      dueDateTime: '2026-09-16T12:00:00Z',
    });
    expect(f.held.link?.tasks['discovery-catalog']?.etag).toBe(after.eTag);
    expect(after.eTag).not.toBe(before.eTag);
    f.resetLog();
    await f.sync();
    expect(f.traffic()).toMatchObject({ roundTrips: 1, writes: 0 });
  });

  it('sends progress set in Tandem to Planner', async () => {
    const f = await published();
    f.editMilestone('tools-overlap', (m) => ({ ...m, percentComplete: 100 }));
    await f.sync();
    expect(taskOf(f, 'tools-overlap').percentComplete).toBe(100);
    f.resetLog();
    await f.sync();
    expect(f.traffic().writes).toBe(0);
  });

  it('reports a rename in Planner plus a change in Tandem as a conflict and writes nothing', async () => {
    const f = await published();
    const task = taskOf(f, 'discovery-matrix');
    f.graph.planner.ui.renameTask(task.id, 'Matrix (renamed in Planner)');
    f.editMilestone('discovery-matrix', (m) => ({ ...m, name: 'Build the matrix' }));
    const report = await f.sync();
    expect(report.conflicts).toEqual([
      expect.objectContaining({ milestoneId: 'discovery-matrix', taskId: task.id }),
    ]);
    expect(f.traffic().writes).toBe(0);
    expect(taskOf(f, 'discovery-matrix').title).toBe('Matrix (renamed in Planner)');
    // Until someone decides, every sync says so again.
    expect((await f.sync()).conflicts).toHaveLength(1);
    // Choosing Tandem's version sends it.
    const resolved = await f.sync({ choices: { overwrite: ['discovery-matrix'] } });
    expect(resolved).toMatchObject({ conflicts: [], updated: 1 });
    expect(taskOf(f, 'discovery-matrix').title).toBe('Build the matrix');
  });

  it('keeps a rename made only in Planner', async () => {
    const f = await published();
    const task = taskOf(f, 'discovery-interview');
    f.graph.planner.ui.renameTask(task.id, 'Kick-off interview');
    const report = await f.sync();
    expect(report.keptPlannerEdits).toEqual([expect.objectContaining({ taskId: task.id })]);
    expect(f.traffic().writes).toBe(0);
    f.resetLog();
    expect((await f.sync()).keptPlannerEdits).toEqual([]);
    expect(taskOf(f, 'discovery-interview').title).toBe('Kick-off interview');
  });

  it('reports a task deleted in Planner and does not recreate it unless asked', async () => {
    const f = await published();
    const task = taskOf(f, 'stabilize-communication');
    f.graph.planner.ui.deleteTask(task.id);
    const report = await f.sync();
    expect(report.deletedInPlanner).toEqual([
      expect.objectContaining({ milestoneId: 'stabilize-communication', taskId: task.id }),
    ]);
    expect(f.traffic().writes).toBe(0);
    expect(f.plan().tasks).toHaveLength(11);
    expect((await f.sync()).deletedInPlanner).toHaveLength(1);

    const again = await f.sync({ choices: { recreate: ['stabilize-communication'] } });
    expect(again).toMatchObject({ created: 1, deletedInPlanner: [] });
    expect(f.plan().tasks).toHaveLength(12);
    expect(f.held.milestones.get('stabilize-communication')?.plannerTaskId).not.toBe(task.id);
  });

  it('adds, renames and removes its own checklist items, leaving ticks and people’s items alone', async () => {
    const f = await published();
    const task = taskOf(f, 'tools-overlap');
    const [register] = DEFAULT_MILESTONES.find((m) => m.id === 'tools-overlap')!.checklist;
    f.graph.planner.ui.setChecklistItem(task.id, checklistItemGuid('tools-overlap', register!.id), {
      isChecked: true,
    });
    const theirs = '0b8e4d4e-0000-4000-8000-000000000001';
    f.graph.planner.ui.setChecklistItem(task.id, theirs, { title: 'Ask finance' });
    f.editMilestone('tools-overlap', (m) => ({
      ...m,
      checklist: [
        { ...m.checklist[0]!, title: 'Record every tool in the register' },
        m.checklist[1]!,
        { id: 'tools-overlap:licences', title: 'Check licence end dates', done: false },
      ],
    }));
    const report = await f.sync();
    expect(report.updated).toBe(1);
    expect(f.traffic()).toMatchObject({ roundTrips: 2, writes: 1 });
    const items = byOrder(Object.values(taskOf(f, 'tools-overlap').details.checklist));
    expect(items.map((i) => [i.title, i.isChecked])).toEqual(
      expect.arrayContaining([
        ['Record every tool in the register', true],
        ['Decide deliberately which to keep, which to replace', false],
        ['Check licence end dates', false],
        ['Ask finance', false],
      ]),
    );
    expect(items).toHaveLength(4);
    f.resetLog();
    await f.sync();
    expect(f.traffic()).toMatchObject({ roundTrips: 1, writes: 0 });
  });

  it('leaves the task of a milestone removed in Tandem in Planner, and says so once', async () => {
    const f = await published();
    f.held.milestones.delete('discovery-interview');
    const report = await f.sync();
    expect(report.leftInPlanner).toEqual([
      expect.objectContaining({ milestoneId: 'discovery-interview' }),
    ]);
    expect(f.traffic().writes).toBe(0);
    expect(f.plan().tasks).toHaveLength(12);
    expect((await f.sync()).leftInPlanner).toEqual([]);
  });
});

describe('Planner sync: limits, Premium plans and failures', () => {
  it('names the limit when Planner refuses tasks, and creates the rest once it allows them', async () => {
    const f = plannerSyncFixture();
    f.graph.setPlannerLimits({ tasksPerPlan: 5 });
    const report = await f.sync();
    expect(report.created).toBe(5);
    expect(report.refused).toHaveLength(7);
    expect(report.refused[0]).toMatchObject({ limit: 'MaximumTasksInProject' });
    expect(report.refused[0]?.reason).toContain('as many tasks as Planner allows in one plan');
    expect(report.refused[0]?.reason).toContain('MaximumTasksInProject');

    f.graph.setPlannerLimits({ tasksPerPlan: undefined });
    const rest = await f.sync();
    expect(rest).toMatchObject({ created: 7, refused: [] });
    expect(f.plan().tasks).toHaveLength(12);
  });

  it('says a Premium plan cannot be reached through Graph', async () => {
    const f = await published();
    f.graph.planner.markPremium(f.plan().id, { listed: true });
    const error = await f.sync().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerError);
    expect(error).toMatchObject({ code: 'premium-plan' });
    expect((error as Error).message).toMatch(/Premium plan.*Microsoft Graph cannot reach/);
    expect((error as Error).message).toContain('“Contoso: first 90 days (Tandem)”');
  });

  it('says a plan it cannot see may be deleted or Premium', async () => {
    const f = await published();
    f.graph.planner.markPremium(f.plan().id, { answer: 'forbidden' });
    const error = await f.sync().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'not-found' });
    expect((error as Error).message).toMatch(/deleted.*Premium plan/);
  });

  it('names the limit when the group has too many plans', async () => {
    const f = plannerSyncFixture();
    f.graph.setPlannerLimits({ plansPerGroup: 0 });
    const error = await f.sync().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'limit', limit: 'MaximumPlannerPlans' });
    expect((error as Error).message).toContain('as many plans as Planner allows');
  });

  it('waits out throttling inside the batch and still creates every task once', async () => {
    const f = plannerSyncFixture();
    f.graph.faults.next({
      status: 429,
      retryAfterSeconds: 2,
      inBatch: true,
      times: 3,
      match: { method: 'POST', urlIncludes: '/planner/tasks' },
    });
    const report = await f.sync();
    expect(report.created).toBe(12);
    expect(f.sleeps).toEqual([2000]);
    expect(f.plan().tasks).toHaveLength(12);
  });

  it('leaves a lead the directory does not know unassigned, and says so', async () => {
    const f = plannerSyncFixture({ withoutMspLead: true });
    const report = await f.sync();
    expect(report.unknownLeads).toEqual([MSP_LEAD.upn]);
    expect(Object.keys(taskOf(f, 'discovery-catalog').assignments)).toEqual([]);
    expect(report.created).toBe(12);
  });

  it('links the tasks already there when the last sync could not be saved', async () => {
    const f = plannerSyncFixture();
    f.failNextSave(new Error('The store is offline.'));
    const error = await f.sync().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerSyncNotSavedError);
    expect((error as Error).message).toContain('Contoso: first 90 days (Tandem)');
    const planId = f.plan().id;
    f.resetLog();
    const report = await f.sync({ target: { kind: 'existing', planId, groupId: GROUP_ID } });
    expect(report).toMatchObject({ created: 0, linkedExisting: 12 });
    expect(f.graph.planner.plans()).toHaveLength(1);
    expect(f.plan().tasks).toHaveLength(12);
    expect(f.traffic().writes).toBe(0);
  });
});

describe('Planner sync: if Planner does not take a checklist inline (assumed)', () => {
  const checklists = (f: PlannerSyncFixture) =>
    f.plan().tasks.map((t) => Object.keys(t.details.checklist).length);
  const expected = DEFAULT_MILESTONES.map((m) => m.checklist.length).sort();

  it('writes the checklists it dropped in two more round trips', async () => {
    const f = plannerSyncFixture({ quirks: { inlineTaskDetails: 'ignore' } });
    const report = await f.sync();
    expect(report.created).toBe(12);
    expect(f.traffic().roundTrips).toBe(5);
    expect(checklists(f).sort()).toEqual(expected);
    f.resetLog();
    await f.sync();
    expect(f.traffic()).toMatchObject({ roundTrips: 1, writes: 0 });
  });

  it('creates the tasks again without details when Planner refuses them', async () => {
    const f = plannerSyncFixture({ quirks: { inlineTaskDetails: 'reject' } });
    const report = await f.sync();
    expect(report).toMatchObject({ created: 12, refused: [] });
    expect(f.traffic().roundTrips).toBe(6);
    expect(f.plan().tasks).toHaveLength(12);
    expect(checklists(f).sort()).toEqual(expected);
    const matrix = taskOf(f, 'discovery-matrix');
    expect(byOrder(Object.values(matrix.details.checklist)).map((i) => i.title)).toEqual(
      DEFAULT_MILESTONES.find((m) => m.id === 'discovery-matrix')!.checklist.map((i) => i.title),
    );
  });

  it('lets the next sync add a checklist the fallback could not write', async () => {
    const f = plannerSyncFixture({ quirks: { inlineTaskDetails: 'ignore' } });
    f.graph.faults.next({
      status: 500,
      inBatch: true,
      times: 12,
      // Only the task details reads (the plan details read is /planner/plans/…).
      match: { method: 'GET', urlIncludes: '/planner/tasks/' },
    });
    await f.sync();
    expect(checklists(f).every((n) => n === 0)).toBe(true);
    f.resetLog();
    const report = await f.sync();
    expect(report.updated).toBe(12);
    expect(f.traffic().roundTrips).toBe(2);
    expect(checklists(f).sort()).toEqual(expected);
  });
});

describe('Planner sync: an existing plan', () => {
  it('lists the group’s plans and reuses a bucket named like a phase', async () => {
    const f = plannerSyncFixture();
    const theirs = (await f.client.api('/planner/plans').post({
      container: { containerId: GROUP_ID, type: 'group' },
      title: 'IT projects',
    })) as { id: string };
    const bucket = (await f.client
      .api('/planner/buckets')
      .post({ name: 'Tool deployment', planId: theirs.id, orderHint: ' !' })) as { id: string };
    await expect(f.planner.listGroupPlans(GROUP_ID)).resolves.toEqual([
      { id: theirs.id, title: 'IT projects' },
    ]);
    f.resetLog();
    const report = await f.sync({ target: { kind: 'existing', planId: theirs.id } });
    expect(report).toMatchObject({ created: 12, planTitle: 'IT projects', labelsInUse: [] });
    expect(f.traffic().roundTrips).toBe(3);
    expect(f.held.link?.bucketIds['tool-deployment']).toBe(bucket.id);
    expect(f.plan().buckets).toHaveLength(3);
  });

  it('leaves labels the team already uses for something else', async () => {
    const f = plannerSyncFixture();
    const theirs = (await f.client.api('/planner/plans').post({
      container: { containerId: GROUP_ID, type: 'group' },
      title: 'IT projects',
    })) as { id: string };
    f.graph.planner.ui.setCategoryDescription(theirs.id, 'category1', 'Urgent');
    const report = await f.sync({ target: { kind: 'existing', planId: theirs.id } });
    expect(report.labelsInUse).toEqual(['category1 (“Urgent”)']);
    expect(f.plan().details.categoryDescriptions).toEqual({
      category1: 'Urgent',
      category2: 'MSP',
      category3: 'Joint',
    });
  });
});
