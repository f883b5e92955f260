// Self-tests: Planner's service limits as 403 + limit code (docs/platform.md#planner-limits).
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ALICE,
  ASSIGNMENT,
  BOB,
  plannerFixture,
  type PlannerEntity,
  type PlannerFixture,
} from './planner-harness';
import { graphError } from './test-harness';

let f: PlannerFixture;
let plan: PlannerEntity;

beforeEach(async () => {
  f = plannerFixture();
  plan = await f.plan();
});

const assignment = { '@odata.type': ASSIGNMENT, orderHint: ' !' };
const create = (body: Record<string, unknown> = {}) =>
  f.client.api('/planner/tasks').post({ planId: plan.id, title: 't', ...body });

async function expectLimit(promise: Promise<unknown>, code: string) {
  const error = await graphError(promise);
  expect(error.statusCode).toBe(403);
  expect(error.code).toBe(code);
  expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
}

describe('graph emulator: Planner limits', () => {
  it('has no limit but plans per group until a test sets one, and can remove one again', async () => {
    expect(f.graph.planner.limits).toEqual({ plansPerGroup: 200 });
    f.graph.setPlannerLimits({ tasksPerPlan: 1 });
    await create();
    await expectLimit(create(), 'MaximumTasksInProject');
    f.graph.planner.setLimits({ tasksPerPlan: undefined });
    await expect(create()).resolves.toHaveProperty('id');
    expect(() => f.graph.planner.setLimits({ tasksPerPlan: -1 })).toThrow();
  });

  it('MaximumActiveTasksInProject counts tasks below 100 %, also when one is reopened', async () => {
    f.graph.planner.setLimits({ activeTasksPerPlan: 1 });
    const done = (await create({ percentComplete: 100 })) as PlannerEntity;
    await create();
    await expectLimit(create(), 'MaximumActiveTasksInProject');
    const reopen = await f.patch(`/planner/tasks/${done.id}`, done['@odata.etag'], {
      percentComplete: 50,
    });
    expect(reopen.status).toBe(403);
    expect(((await reopen.json()) as { error: { code: string } }).error.code).toBe(
      'MaximumActiveTasksInProject',
    );
  });

  it("MaximumTasksCreatedByUser counts the signed-in user's tasks in every plan", async () => {
    f.graph.planner.setLimits({ tasksCreatedByUser: 1 });
    await create();
    const other = await f.plan('other');
    await expectLimit(
      f.client.api('/planner/tasks').post({ planId: other.id, title: 'x' }),
      'MaximumTasksCreatedByUser',
    );
  });

  it('MaximumAssigneesInTasks and MaximumTasksAssignedToUser guard assignments on create and update', async () => {
    f.graph.planner.setLimits({ assigneesPerTask: 1, tasksAssignedToUser: 1 });
    await expectLimit(
      create({ assignments: { [ALICE]: assignment, [BOB]: assignment } }),
      'MaximumAssigneesInTasks',
    );
    await create({ assignments: { [ALICE]: assignment } });
    await expectLimit(
      create({ assignments: { [ALICE]: assignment } }),
      'MaximumTasksAssignedToUser',
    );
    const free = (await create()) as PlannerEntity;
    const res = await f.patch(`/planner/tasks/${free.id}`, free['@odata.etag'], {
      assignments: { [ALICE]: assignment },
    });
    expect(res.status).toBe(403);
    expect((await f.get(`/planner/tasks/${free.id}`))['assignments']).toEqual({});
  });

  it('applies to edits made through the Planner UI side door too', () => {
    f.graph.planner.setLimits({ assigneesPerTask: 0 });
    return create().then((task) => {
      expect(() =>
        f.graph.planner.ui.editTask((task as PlannerEntity).id, { assign: [ALICE] }),
      ).toThrow(/too many assignees/);
    });
  });
});
