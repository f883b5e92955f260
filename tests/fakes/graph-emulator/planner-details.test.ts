// Self-tests: Planner task details (docs/platform.md#planner-task-details).
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CHECKLIST_ITEM,
  ME,
  PLANNER_ETAG,
  errorOf,
  plannerFixture,
  type PlannerEntity,
  type PlannerFixture,
} from './planner-harness';
import { graphError } from './test-harness';

const STAMPS = '3a73c9dd-fb47-4230-9c0f-b80788fb0f9b';
const ENVELOPES = '6b3e2a4c-5d1f-4e8a-9b7c-0d2e4f6a8b1c';

let f: PlannerFixture;
let task: PlannerEntity;
const details = () => `/planner/tasks/${task.id}/details`;

beforeEach(async () => {
  f = plannerFixture({ now: () => new Date('2026-03-02T09:30:00Z') });
  const plan = await f.plan();
  task = await f.task({ planId: plan.id, title: 'Catalog servers' });
});

describe('graph emulator: Planner task details', () => {
  it('exist with the task, with their own etag', async () => {
    const d = await f.get(details());
    expect(d).toMatchObject({
      id: task.id,
      description: '',
      previewType: 'automatic',
      checklist: {},
      references: {},
    });
    expect(d['@odata.etag']).toMatch(PLANNER_ETAG);
    expect(d['@odata.etag']).not.toBe(task['@odata.etag']);
  });

  it('adds checklist items keyed by client GUIDs, with @odata.type (with or without "#")', async () => {
    const d = await f.get(details());
    const res = await f.patch(
      details(),
      d['@odata.etag'],
      {
        description: 'Every server, its role and owner.',
        previewType: 'checklist',
        checklist: {
          [STAMPS]: {
            '@odata.type': 'microsoft.graph.plannerChecklistItem',
            title: 'Get stamps',
            isChecked: false,
          },
          [ENVELOPES]: { '@odata.type': CHECKLIST_ITEM, title: 'Get envelopes', isChecked: true },
        },
      },
      true,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as PlannerEntity;
    const checklist = body['checklist'] as Record<string, Record<string, unknown>>;
    expect(checklist[STAMPS]).toMatchObject({
      '@odata.type': '#microsoft.graph.plannerChecklistItem',
      title: 'Get stamps',
      isChecked: false,
      lastModifiedDateTime: '2026-03-02T09:30:00.000Z',
      lastModifiedBy: { user: { id: ME } },
    });
    expect(checklist[STAMPS]?.['orderHint']).toMatch(/^[#-~]+$/);
    expect(body['description']).toBe('Every server, its role and owner.');
    // The task's own view follows its details.
    const t = await f.get(`/planner/tasks/${task.id}`);
    expect(t).toMatchObject({
      checklistItemCount: 2,
      activeChecklistItemCount: 1,
      hasDescription: true,
    });
  });

  it('updates one item, removes another with null, and answers 204 without Prefer', async () => {
    let d = await f.get(details());
    await f.patch(details(), d['@odata.etag'], {
      checklist: {
        [STAMPS]: { '@odata.type': CHECKLIST_ITEM, title: 'Get stamps' },
        [ENVELOPES]: { '@odata.type': CHECKLIST_ITEM, title: 'Get envelopes' },
      },
    });
    d = await f.get(details());
    const res = await f.patch(details(), d['@odata.etag'], {
      checklist: {
        [STAMPS]: { '@odata.type': CHECKLIST_ITEM, isChecked: true },
        [ENVELOPES]: null,
      },
    });
    expect(res.status).toBe(204);
    const after = await f.get(details());
    expect(after['checklist']).toEqual({
      [STAMPS]: expect.objectContaining({ title: 'Get stamps', isChecked: true }),
    });
  });

  it('refuses checklist items without @odata.type, with a non-GUID key or without a title: 400', async () => {
    const d = await f.get(details());
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ [STAMPS]: { title: 'x', isChecked: false } }, 'qualifiedName'],
      [
        { [STAMPS]: { '#odata.type': 'microsoft.graph.plannerChecklistItem', title: 'x' } },
        'qualifiedName',
      ],
      [{ 'not-a-guid': { '@odata.type': CHECKLIST_ITEM, title: 'x' } }, 'GUID'],
      [{ [STAMPS]: { '@odata.type': CHECKLIST_ITEM, isChecked: true } }, "field 'Title'"],
    ];
    for (const [checklist, text] of cases) {
      const res = await f.patch(details(), d['@odata.etag'], { checklist });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toContain(text);
    }
    expect((await f.get(details()))['@odata.etag']).toBe(d['@odata.etag']);
  });

  it('keeps task and details etags independent: a stale one fails only for its own resource', async () => {
    const d1 = await f.get(details());
    // Change the task: the details etag still works.
    expect(
      (
        await f.patch(`/planner/tasks/${task.id}`, task['@odata.etag'], {
          title: 'Catalog all servers',
        })
      ).status,
    ).toBe(204);
    expect((await f.patch(details(), d1['@odata.etag'], { description: 'first' })).status).toBe(
      204,
    );
    // Change the details: the current task etag still works, the old details etag is stale.
    const stale = await f.patch(details(), d1['@odata.etag'], { description: 'second' });
    expect(stale.status).toBe(412);
    const t = await f.get(`/planner/tasks/${task.id}`);
    expect(
      (await f.patch(`/planner/tasks/${task.id}`, t['@odata.etag'], { percentComplete: 50 }))
        .status,
    ).toBe(204);
    // The old task etag is stale for a conflicting change, while the details are untouched by it.
    const staleTask = await f.patch(`/planner/tasks/${task.id}`, task['@odata.etag'], {
      title: 'again',
    });
    expect(staleTask.status).toBe(412);
    expect((await f.get(details()))['description']).toBe('first');
  });

  it('refuses the task\'s etag on its details: "invalid value" [C microsoft-graph-docs-contrib#7153]', async () => {
    const res = await f.patch(details(), task['@odata.etag'], { description: 'x' });
    expect(res.status).toBe(412);
    expect((await errorOf(res)).message).toBe('The If-Match header contains an invalid value.');
    const missing = await f.patch(details(), undefined, { description: 'x' });
    expect((await errorOf(missing)).message).toBe(
      'The If-Match header must be specified for this kind of request.',
    );
  });

  it('enforces checklist items per task: 403 MaximumChecklistItemsOnTask', async () => {
    f.graph.planner.setLimits({ checklistItemsPerTask: 1 });
    const d = await f.get(details());
    const res = await f.patch(details(), d['@odata.etag'], {
      checklist: {
        [STAMPS]: { '@odata.type': CHECKLIST_ITEM, title: 'a' },
        [ENVELOPES]: { '@odata.type': CHECKLIST_ITEM, title: 'b' },
      },
    });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('MaximumChecklistItemsOnTask');
    expect((await f.get(details()))['checklist']).toEqual({});
  });

  it('answers 404 for the details of an unknown task', async () => {
    expect(
      (await graphError(f.client.api(`/planner/tasks/${'x'.repeat(28)}/details`).get())).statusCode,
    ).toBe(404);
  });
});
