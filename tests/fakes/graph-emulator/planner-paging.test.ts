// Self-tests: paging of Planner collections (docs/platform.md#paging: a fixed page size, as
// reported).
import { PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { GROUP_ID, plannerFixture, type PlannerEntity } from './planner-harness';

async function planWithTasks(n: number, plannerPageSize?: number) {
  const f = plannerFixture(plannerPageSize === undefined ? {} : { plannerPageSize });
  const plan = await f.plan();
  for (let i = 1; i <= n; i++) await f.task({ planId: plan.id, title: `task ${i}` });
  return { f, path: `/planner/plans/${plan.id}/tasks` };
}

describe('graph emulator: Planner paging', () => {
  it('answers one page up to 400 tasks by default [C microsoft-graph-docs#6438]', async () => {
    const { f, path } = await planWithTasks(401);
    const first = (await f.client.api(path).get()) as PageCollection;
    expect(first.value).toHaveLength(400);
    expect(first['@odata.nextLink']).toMatch(
      /^https:\/\/graph\.microsoft\.com\/v1\.0\/planner\/plans\/.+\$skiptoken=/,
    );
    const second = (await f.client.api(first['@odata.nextLink'] as string).get()) as PageCollection;
    expect(second.value.map((t: PlannerEntity) => t['title'])).toEqual(['task 401']);
    expect(second['@odata.nextLink']).toBeUndefined();
  });

  it('ignores $top (the page size is fixed [C O365/python-o365#858]) and keeps $select across pages', async () => {
    const { f, path } = await planWithTasks(5, 2);
    const first = (await f.client.api(path).top(4).select(['title']).get()) as PageCollection;
    expect(first.value).toEqual([
      expect.objectContaining({ title: 'task 1' }),
      expect.objectContaining({ title: 'task 2' }),
    ]);
    expect(Object.keys(first.value[0] as object).sort()).toEqual(['@odata.etag', 'title']);
    const seen: string[] = [];
    await new PageIterator(f.client, first, (t: PlannerEntity) => {
      seen.push(t['title'] as string);
      return true;
    }).iterate();
    expect(seen).toEqual(['task 1', 'task 2', 'task 3', 'task 4', 'task 5']);
    const pageRequests = f.graph.log.entries().filter((e) => e.method === 'GET');
    expect(pageRequests).toHaveLength(3);
  });

  it('keeps page boundaries when tasks are deleted or added between pages', async () => {
    const { f, path } = await planWithTasks(4, 2);
    const first = (await f.client.api(path).get()) as PageCollection;
    const [t1, t2] = first.value as PlannerEntity[];
    await f.remove(`/planner/tasks/${t2?.id}`, t2?.['@odata.etag'] as string);
    await f.task({ planId: t1?.['planId'] as string, title: 'late' });
    const second = (await f.client.api(first['@odata.nextLink'] as string).get()) as PageCollection;
    expect(second.value.map((t: PlannerEntity) => t['title'])).toEqual(['task 3', 'task 4']);
  });

  it('pages buckets and group plans the same way', async () => {
    const f = plannerFixture({ plannerPageSize: 1 });
    const a = await f.plan('a');
    await f.plan('b');
    const plans = (await f.client.api(`/groups/${GROUP_ID}/planner/plans`).get()) as PageCollection;
    expect(plans.value).toHaveLength(1);
    expect(plans['@odata.nextLink']).toBeDefined();
    await f.bucket(a.id, 'x');
    await f.bucket(a.id, 'y');
    const buckets = (await f.client.api(`/planner/plans/${a.id}/buckets`).get()) as PageCollection;
    expect(buckets.value).toHaveLength(1);
    expect(buckets['@odata.nextLink']).toBeDefined();
  });

  it("refuses $expand on the plan's tasks [C microsoft-graph-docs-contrib#800] and foreign skiptokens (assumed)", async () => {
    const { f, path } = await planWithTasks(1);
    await expect(f.client.api(path).expand('details').get()).rejects.toMatchObject({
      statusCode: 400,
    });
    await expect(f.client.api(`${path}?$skiptoken=bogus`).get()).rejects.toMatchObject({
      statusCode: 400,
    });
  });
});
