// Self-tests: Planner buckets (docs/platform.md#planner-buckets) and order hints.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  PLANNER_ETAG,
  errorOf,
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

const hintOf = (e: PlannerEntity) => e['orderHint'] as string;
const byHint = (items: PlannerEntity[]) =>
  [...items].sort((a, b) => (hintOf(a) < hintOf(b) ? -1 : hintOf(a) > hintOf(b) ? 1 : 0));

async function buckets(): Promise<PlannerEntity[]> {
  return (
    (await f.client.api(`/planner/plans/${plan.id}/buckets`).get()) as { value: PlannerEntity[] }
  ).value;
}

describe('graph emulator: Planner buckets', () => {
  it('creates a bucket: 201, service-computed orderHint, Planner etag', async () => {
    const res = (await f.client
      .api('/planner/buckets')
      .responseType('raw' as never)
      .post({ name: 'Discovery & documentation', planId: plan.id, orderHint: ' !' })) as Response;
    expect(res.status).toBe(201);
    const bucket = (await res.json()) as PlannerEntity;
    expect(bucket).toMatchObject({ name: 'Discovery & documentation', planId: plan.id });
    expect(bucket['@odata.etag']).toMatch(PLANNER_ETAG);
    expect(hintOf(bucket)).not.toBe(' !');
    expect(hintOf(bucket)).toMatch(/^[#-~]+$/);
  });

  it('places buckets by "<prev> <next>!" hints; no hint or " !" puts one first', async () => {
    const discovery = await f.bucket(plan.id, 'Discovery', ' !');
    const stabilization = await f.bucket(plan.id, 'Stabilization', `${hintOf(discovery)} !`);
    const tools = await f.bucket(
      plan.id,
      'Tool deployment',
      `${hintOf(discovery)} ${hintOf(stabilization)}!`,
    );
    const backlog = await f.bucket(plan.id, 'Backlog');
    expect(byHint(await buckets()).map((b) => b['name'])).toEqual([
      'Backlog',
      'Discovery',
      'Tool deployment',
      'Stabilization',
    ]);
    expect(hintOf(tools) > hintOf(discovery) && hintOf(tools) < hintOf(stabilization)).toBe(true);
    expect(hintOf(backlog) < hintOf(discovery)).toBe(true);
  });

  it('refuses an order hint echoed back from the service, or with characters outside 32–126: 400', async () => {
    const first = await f.bucket(plan.id, 'A');
    for (const orderHint of [hintOf(first), 'abc', ' \u00e9!']) {
      const error = await graphError(
        f.client.api('/planner/buckets').post({ name: 'B', planId: plan.id, orderHint }),
      );
      expect(error.statusCode).toBe(400);
    }
  });

  it('answers a missing name or planId with schema validation', async () => {
    const error = await graphError(f.client.api('/planner/buckets').post({ orderHint: ' !' }));
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('');
    expect(error.message).toBe(
      "Schema validation has failed. Validation for field 'Title', on entity 'Bucket' has failed: A non-null value must be specified for this field.\r\nValidation for field 'PlanId', on entity 'Bucket' has failed: A non-null value must be specified for this field.",
    );
  });

  it('renames and moves with If-Match (204); a missing one is 412 [C pnp/pnpjs#1033]', async () => {
    const a = await f.bucket(plan.id, 'A', ' !');
    const b = await f.bucket(plan.id, 'B', `${hintOf(a)} !`);
    const missing = await f.patch(`/planner/buckets/${a.id}`, undefined, { name: 'x' });
    expect(missing.status).toBe(412);
    expect((await errorOf(missing)).message).toBe(
      'The If-Match header must be specified for this kind of request.',
    );
    const moved = await f.patch(`/planner/buckets/${a.id}`, a['@odata.etag'], {
      name: 'A, last',
      orderHint: `${hintOf(b)} !`,
    });
    expect(moved.status).toBe(204);
    expect(byHint(await buckets()).map((x) => x['name'])).toEqual(['B', 'A, last']);
  });

  it("deletes with If-Match (204) and takes the bucket's tasks with it (assumed)", async () => {
    const a = await f.bucket(plan.id, 'A');
    const keep = await f.bucket(plan.id, 'B');
    await f.task({ planId: plan.id, bucketId: a.id, title: 'goes' });
    await f.task({ planId: plan.id, bucketId: keep.id, title: 'stays' });
    expect((await f.remove(`/planner/buckets/${a.id}`, undefined)).status).toBe(412);
    const res = await f.remove(`/planner/buckets/${a.id}`, a['@odata.etag']);
    expect(res.status).toBe(204);
    expect((await buckets()).map((x) => x.id)).toEqual([keep.id]);
    expect(f.graph.planner.plans()[0]?.tasks.map((t) => t.title)).toEqual(['stays']);
    expect((await graphError(f.client.api(`/planner/buckets/${a.id}`).get())).statusCode).toBe(404);
  });

  it('enforces buckets per plan: 403 MaximumBucketsInProject', async () => {
    f.graph.planner.setLimits({ bucketsPerPlan: 2 });
    await f.bucket(plan.id, 'one');
    await f.bucket(plan.id, 'two');
    const error = await graphError(
      f.client.api('/planner/buckets').post({ name: 'three', planId: plan.id }),
    );
    expect(error.statusCode).toBe(403);
    expect(error.code).toBe('MaximumBucketsInProject');
    expect(await buckets()).toHaveLength(2);
  });
});
