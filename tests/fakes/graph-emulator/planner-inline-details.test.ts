// Self-tests: a task created with its details inline (routes-planner-tasks.ts createTask;
// msgraph-sdk-dotnet#2050, plannerTask.details as a navigation property; assumed:
// docs/platform.md#planner-tasks).
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CHECKLIST_ITEM,
  plannerFixture,
  type PlannerEntity,
  type PlannerFixture,
} from './planner-harness';
import { graphError } from './test-harness';

const FIRST = '3a73c9dd-fb47-4230-9c0f-b80788fb0f9b';
const SECOND = '6b3e2a4c-5d1f-4e8a-9b7c-0d2e4f6a8b1c';

let f: PlannerFixture;
let plan: PlannerEntity;

beforeEach(async () => {
  f = plannerFixture();
  plan = await f.plan();
});

const item = (title: string, isChecked = false) => ({
  '@odata.type': CHECKLIST_ITEM,
  title,
  isChecked,
  orderHint: ' !',
});

describe('graph emulator: task details inline on create', () => {
  it('stores the checklist, description and preview with the task in one request', async () => {
    const task = await f.task({
      planId: plan.id,
      title: 'Catalog everything',
      previewType: 'checklist',
      details: {
        description: 'Servers, networks, applications.',
        previewType: 'checklist',
        // Sent last first, each " !": each lands before the one sent earlier.
        checklist: { [SECOND]: item('Catalog networks', true), [FIRST]: item('Catalog servers') },
      },
    });
    expect(task).toMatchObject({
      checklistItemCount: 2,
      activeChecklistItemCount: 1,
      hasDescription: true,
    });
    expect(task).not.toHaveProperty('details');
    expect(f.graph.log.roundTrips()).toBe(2);

    const details = await f.get(`/planner/tasks/${task.id}/details`);
    expect(details).toMatchObject({
      description: 'Servers, networks, applications.',
      previewType: 'checklist',
    });
    const checklist = details['checklist'] as Record<string, { title: string; orderHint: string }>;
    const ordered = Object.values(checklist).sort((a, b) => (a.orderHint < b.orderHint ? -1 : 1));
    expect(ordered.map((i) => i.title)).toEqual(['Catalog servers', 'Catalog networks']);
  });

  it('gives the details an eTag that a PATCH can use', async () => {
    const task = await f.task({
      planId: plan.id,
      title: 't',
      details: { checklist: { [FIRST]: item('a') } },
    });
    const details = await f.get(`/planner/tasks/${task.id}/details`);
    const res = await f.patch(`/planner/tasks/${task.id}/details`, details['@odata.etag'], {
      checklist: { [FIRST]: null },
    });
    expect(res.status).toBe(204);
  });

  it('applies the PATCH rules to inline details, and stores nothing when they fail', async () => {
    const missingType = await graphError(
      f.client.api('/planner/tasks').post({
        planId: plan.id,
        title: 't',
        details: { checklist: { [FIRST]: { title: 'no type' } } },
      }),
    );
    expect(missingType.statusCode).toBe(400);
    expect(missingType.message).toContain('qualifiedName');

    f.graph.setPlannerLimits({ checklistItemsPerTask: 1 });
    const tooMany = await graphError(
      f.client.api('/planner/tasks').post({
        planId: plan.id,
        title: 't',
        details: { checklist: { [FIRST]: item('a'), [SECOND]: item('b') } },
      }),
    );
    expect(tooMany.statusCode).toBe(403);
    expect(tooMany.code).toBe('MaximumChecklistItemsOnTask');

    const unknown = await graphError(
      f.client.api('/planner/tasks').post({ planId: plan.id, title: 't', details: { notes: 'x' } }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(f.graph.planner.plans()[0]?.tasks).toEqual([]);
  });

  it('can play a service that ignores or refuses inline details (quirks.inlineTaskDetails)', async () => {
    const ignoring = plannerFixture({ quirks: { inlineTaskDetails: 'ignore' } });
    const ignoredPlan = await ignoring.plan();
    const task = await ignoring.task({
      planId: ignoredPlan.id,
      title: 't',
      details: { checklist: { [FIRST]: item('a') } },
    });
    expect(task).toMatchObject({ checklistItemCount: 0 });

    const refusing = plannerFixture({ quirks: { inlineTaskDetails: 'reject' } });
    const refusedPlan = await refusing.plan();
    const error = await graphError(
      refusing.client.api('/planner/tasks').post({
        planId: refusedPlan.id,
        title: 't',
        details: { checklist: { [FIRST]: item('a') } },
      }),
    );
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain("'details'");
  });
});
