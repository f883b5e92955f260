// Self-tests: Planner requests inside JSON batches (docs/platform.md#batch-requests) obey Planner's
// rules.
import {
  BatchRequestContent,
  BatchResponseContent,
  type BatchResponseBody,
} from '@microsoft/microsoft-graph-client';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ALICE,
  ASSIGNMENT,
  GROUP_ID,
  plannerFixture,
  type PlannerEntity,
  type PlannerFixture,
} from './planner-harness';
import { graphError } from './test-harness';

let f: PlannerFixture;

beforeEach(() => {
  f = plannerFixture({ seed: 5 });
});

const postBatch = (requests: unknown[]) =>
  f.client.api('/$batch').post({ requests }) as Promise<BatchResponseBody>;
const JSON_HEADERS = { 'Content-Type': 'application/json' };

describe('graph emulator: Planner in $batch', () => {
  it('builds a plan, its buckets, then its tasks with dependsOn — one batch per step, since a batch cannot pass an id on', async () => {
    const first = new BatchResponseContent(
      await postBatch([
        {
          id: 'plan',
          method: 'POST',
          url: '/planner/plans',
          headers: JSON_HEADERS,
          body: { container: { containerId: GROUP_ID, type: 'group' }, title: 'Onboarding' },
        },
        {
          id: 'plans',
          dependsOn: ['plan'],
          method: 'GET',
          url: `/groups/${GROUP_ID}/planner/plans`,
        },
      ]),
    );
    expect(first.getResponseById('plan').status).toBe(201);
    const plan = (await first.getResponseById('plan').json()) as PlannerEntity;
    expect(
      (await first.getResponseById('plans').json()).value.map((p: PlannerEntity) => p.id),
    ).toEqual([plan.id]);

    const names = ['Discovery', 'Tool deployment', 'Stabilization'];
    const second = new BatchResponseContent(
      await postBatch([
        ...names.map((name, i) => ({
          id: `b${i}`,
          ...(i > 0 ? { dependsOn: [`b${i - 1}`] } : {}),
          method: 'POST',
          url: '/planner/buckets',
          headers: JSON_HEADERS,
          body: { name, planId: plan.id },
        })),
        { id: 'list', dependsOn: ['b2'], method: 'GET', url: `/planner/plans/${plan.id}/buckets` },
      ]),
    );
    const buckets = await Promise.all(
      names.map((_, i) => second.getResponseById(`b${i}`).json() as Promise<PlannerEntity>),
    );
    expect((await second.getResponseById('list').json()).value).toHaveLength(3);
    // Serial: each bucket was created after the previous one (the batch log keeps execution order).
    const order = f.graph.log
      .entries()
      .filter((e) => e.inBatch && e.method === 'POST')
      .map((e) => e.batchItemId);
    expect(order.slice(-3)).toEqual(['b0', 'b1', 'b2']);

    const third = new BatchResponseContent(
      await postBatch([
        { id: 'plan', method: 'GET', url: `/planner/plans/${plan.id}` },
        ...buckets.map((bucket, i) => ({
          id: `t${i}`,
          dependsOn: ['plan'],
          method: 'POST',
          url: '/planner/tasks',
          headers: JSON_HEADERS,
          body: {
            planId: plan.id,
            bucketId: bucket.id,
            title: `Milestone ${i + 1}`,
            assignments: { [ALICE]: { '@odata.type': ASSIGNMENT, orderHint: ' !' } },
          },
        })),
      ]),
    );
    for (let i = 0; i < 3; i++) expect(third.getResponseById(`t${i}`).status).toBe(201);
    const tasks = (await f.client.api(`/planner/plans/${plan.id}/tasks`).get()) as {
      value: PlannerEntity[];
    };
    expect(tasks.value.map((t) => [t['title'], t['bucketId']])).toEqual(
      buckets.map((b, i) => [`Milestone ${i + 1}`, b.id]),
    );
    expect(f.graph.log.roundTrips()).toBe(4);
  });

  it('fails dependents of a failed Planner request with 424 and creates nothing', async () => {
    const body = await postBatch([
      {
        id: 'plan',
        method: 'POST',
        url: '/planner/plans',
        headers: JSON_HEADERS,
        body: { owner: GROUP_ID },
      },
      { id: 'plans', dependsOn: ['plan'], method: 'GET', url: `/groups/${GROUP_ID}/planner/plans` },
    ]);
    const batch = new BatchResponseContent(body);
    expect(batch.getResponseById('plan').status).toBe(400);
    expect(batch.getResponseById('plans').status).toBe(424);
    expect(f.graph.planner.plans()).toHaveLength(0);
  });

  it('applies If-Match, Prefer, @odata.type and limits to batch items, as at top level', async () => {
    const plan = await f.plan();
    const task = await f.task({ planId: plan.id, title: 'x' });
    const other = await f.task({ planId: plan.id, title: 'y' });
    f.graph.planner.setLimits({ tasksPerPlan: 2 });
    const url = `/planner/tasks/${task.id}`;
    const content = new BatchRequestContent([
      {
        id: 'no-if-match',
        request: new Request(`https://graph.microsoft.com${url}`, {
          method: 'PATCH',
          headers: JSON_HEADERS,
          body: JSON.stringify({ title: 'a' }),
        }),
      },
      {
        id: 'prefer',
        request: new Request(`https://graph.microsoft.com${url}`, {
          method: 'PATCH',
          headers: {
            ...JSON_HEADERS,
            'If-Match': task['@odata.etag'],
            Prefer: 'return=representation',
          },
          body: JSON.stringify({ percentComplete: 100 }),
        }),
      },
      {
        id: 'quiet',
        request: new Request(`https://graph.microsoft.com/planner/tasks/${other.id}`, {
          method: 'PATCH',
          headers: { ...JSON_HEADERS, 'If-Match': other['@odata.etag'] },
          body: JSON.stringify({ title: 'y2' }),
        }),
      },
      {
        id: 'untyped',
        request: new Request(`https://graph.microsoft.com/planner/tasks/${other.id}`, {
          method: 'PATCH',
          headers: { ...JSON_HEADERS, 'If-Match': other['@odata.etag'] },
          body: JSON.stringify({ assignments: { [ALICE]: { orderHint: ' !' } } }),
        }),
      },
      {
        id: 'limit',
        request: new Request('https://graph.microsoft.com/planner/tasks', {
          method: 'POST',
          headers: JSON_HEADERS,
          body: JSON.stringify({ planId: plan.id, title: 'third' }),
        }),
      },
    ]);
    const batch = new BatchResponseContent(
      await postBatch((await content.getContent()).requests as unknown[]),
    );
    const noIfMatch = batch.getResponseById('no-if-match');
    expect(noIfMatch.status).toBe(412);
    expect((await noIfMatch.json()).error.message).toBe(
      'The If-Match header must be specified for this kind of request.',
    );
    const prefer = batch.getResponseById('prefer');
    expect(prefer.status).toBe(200);
    expect(await prefer.json()).toMatchObject({
      id: task.id,
      percentComplete: 100,
      completedDateTime: expect.any(String),
    });
    expect(batch.getResponseById('quiet').status).toBe(204);
    expect(batch.getResponseById('untyped').status).toBe(400);
    const limit = batch.getResponseById('limit');
    expect(limit.status).toBe(403);
    expect((await limit.json()).error.code).toBe('MaximumTasksInProject');
    const current = await f.get(`/planner/tasks/${other.id}`);
    const raw = await postBatch([
      {
        id: 'stale',
        method: 'PATCH',
        url,
        headers: { ...JSON_HEADERS, 'If-Match': task['@odata.etag'] },
        body: { percentComplete: 10 },
      },
      {
        id: 'current',
        method: 'PATCH',
        url: `/planner/tasks/${other.id}`,
        headers: { ...JSON_HEADERS, 'If-Match': current['@odata.etag'] },
        body: { title: 'y3' },
      },
    ]);
    const byId = new Map(raw.responses.map((r) => [r['id'] as string, r]));
    expect(byId.get('stale')).toMatchObject({ status: 412 });
    // docs/platform.md#graph-client: a 204 item has body null.
    expect(byId.get('current')).toMatchObject({ status: 204, body: null });
  });

  it('holds at most 20 Planner requests per batch', async () => {
    const plan = await f.plan();
    const get = (i: number) => ({ id: `${i}`, method: 'GET', url: `/planner/plans/${plan.id}` });
    expect((await postBatch(Array.from({ length: 20 }, (_, i) => get(i)))).responses).toHaveLength(
      20,
    );
    const error = await graphError(postBatch(Array.from({ length: 21 }, (_, i) => get(i))));
    expect(error.statusCode).toBe(400);
  });
});
