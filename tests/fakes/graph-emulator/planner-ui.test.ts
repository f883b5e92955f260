// Self-tests: the "Planner UI" side door — edits made in Planner by another user bump etags and
// meet Tandem's next write the way real edits would (docs/platform.md#etags-and-if-match).
import { beforeEach, describe, expect, it } from 'vitest';
import { ALICE, plannerFixture, type PlannerEntity, type PlannerFixture } from './planner-harness';
import { PLANNER_UI_USER } from './planner-ui';
import { graphError } from './test-harness';

const ITEM = '0c4e1f52-9f1e-4d3b-a8a5-6f7d2b1c3e90';

let f: PlannerFixture;
let plan: PlannerEntity;
let task: PlannerEntity;

beforeEach(async () => {
  f = plannerFixture({ now: () => new Date('2026-04-01T08:00:00Z') });
  plan = await f.plan();
  task = await f.task({ planId: plan.id, title: 'Deploy backup with immutable storage' });
});

describe('graph emulator: Planner UI side door', () => {
  it('completes a task as another user: new etag, completedDateTime and completedBy', async () => {
    const etag = f.graph.planner.ui.setPercentComplete(task.id, 100);
    expect(etag).not.toBe(task['@odata.etag']);
    const read = await f.get(`/planner/tasks/${task.id}`);
    expect(read).toMatchObject({
      '@odata.etag': etag,
      percentComplete: 100,
      completedDateTime: '2026-04-01T08:00:00.000Z',
      completedBy: { user: { id: PLANNER_UI_USER.id } },
    });
  });

  it('renames, moves and labels a task; a conflicting write from Tandem then gets 412', async () => {
    const bucket = await f.bucket(plan.id, 'Stabilization');
    f.graph.planner.ui.editTask(task.id, {
      title: 'Backup (Veeam)',
      bucketId: bucket.id,
      appliedCategories: { category2: true },
      assign: [ALICE],
      dueDateTime: '2026-05-01T00:00:00Z',
    });
    const read = await f.get(`/planner/tasks/${task.id}`);
    expect(read).toMatchObject({
      title: 'Backup (Veeam)',
      bucketId: bucket.id,
      appliedCategories: { category2: true },
    });
    expect(Object.keys(read['assignments'] as object)).toEqual([ALICE]);
    const res = await f.patch(`/planner/tasks/${task.id}`, task['@odata.etag'], {
      title: 'Backup',
    });
    expect(res.status).toBe(412);
  });

  it('deletes a task: the API answers 404 and the stale write fails with 404', async () => {
    f.graph.planner.ui.deleteTask(task.id);
    expect((await graphError(f.client.api(`/planner/tasks/${task.id}`).get())).statusCode).toBe(
      404,
    );
    expect(
      (await f.patch(`/planner/tasks/${task.id}`, task['@odata.etag'], { title: 'x' })).status,
    ).toBe(404);
  });

  it('ticks a checklist item and edits the description: the details etag moves, the task etag stays', async () => {
    const before = await f.get(`/planner/tasks/${task.id}/details`);
    f.graph.planner.ui.setChecklistItem(task.id, ITEM, { title: 'Test a restore' });
    const etag = f.graph.planner.ui.setChecklistItem(task.id, ITEM, { isChecked: true });
    f.graph.planner.ui.setDescription(task.id, 'Monthly restore test.');
    const after = await f.get(`/planner/tasks/${task.id}/details`);
    expect(after['@odata.etag'] > etag && etag > before['@odata.etag']).toBe(true);
    expect(after['checklist']).toMatchObject({
      [ITEM]: { title: 'Test a restore', isChecked: true },
    });
    expect((await f.get(`/planner/tasks/${task.id}`))['@odata.etag']).toBe(task['@odata.etag']);
    f.graph.planner.ui.removeChecklistItem(task.id, ITEM);
    expect((await f.get(`/planner/tasks/${task.id}/details`))['checklist']).toEqual({});
  });

  it('renames and deletes buckets, renames plans and relabels categories', async () => {
    const bucket = await f.bucket(plan.id, 'Tools');
    expect(f.graph.planner.ui.renameBucket(bucket.id, 'Tool deployment')).not.toBe(
      bucket['@odata.etag'],
    );
    f.graph.planner.ui.renamePlan(plan.id, 'Contoso onboarding');
    f.graph.planner.ui.setCategoryDescription(plan.id, 'category1', 'Internal');
    const [state] = f.graph.planner.plans();
    expect(state).toMatchObject({
      title: 'Contoso onboarding',
      buckets: [{ name: 'Tool deployment' }],
      details: { categoryDescriptions: { category1: 'Internal' } },
    });
    f.graph.planner.ui.deleteBucket(bucket.id);
    expect(f.graph.planner.plans()[0]?.buckets).toEqual([]);
  });

  it('throws for ids the emulator does not know', () => {
    expect(() => f.graph.planner.ui.renameTask('nope', 'x')).toThrow(/no Planner task/);
  });
});
