// Self-tests: Planner plans and plan details (docs/platform.md#planner-plans) through graph-client.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  GROUP_ID,
  PLANNER_ETAG,
  errorOf,
  plannerFixture,
  type PlannerEntity,
  type PlannerFixture,
} from './planner-harness';
import { graphError } from './test-harness';

let f: PlannerFixture;

beforeEach(() => {
  f = plannerFixture({ now: () => new Date('2026-03-02T09:30:00Z') });
});

describe('graph emulator: Planner plans', () => {
  it('creates a plan in a group: 201, 28-character id, group container, Planner etag', async () => {
    const res = (await f.client
      .api('/planner/plans')
      .responseType('raw' as never)
      .post({
        container: { url: `https://graph.microsoft.com/v1.0/groups/${GROUP_ID}` },
        title: 'Onboarding: Contoso',
      })) as Response;
    expect(res.status).toBe(201);
    const plan = (await res.json()) as PlannerEntity;
    expect(plan.id).toMatch(/^[A-Za-z0-9_-]{28}$/);
    expect(plan['@odata.etag']).toMatch(PLANNER_ETAG);
    expect(plan).toMatchObject({
      title: 'Onboarding: Contoso',
      owner: GROUP_ID,
      createdDateTime: '2026-03-02T09:30:00.000Z',
      container: {
        '@odata.type': '#microsoft.graph.plannerPlanContainer',
        containerId: GROUP_ID,
        type: 'group',
        url: `https://graph.microsoft.com/v1.0/groups/${GROUP_ID}`,
      },
    });
    expect(await f.get(`/planner/plans/${plan.id}`)).toEqual(plan);
  });

  it('accepts containerId + type, and the deprecated owner', async () => {
    const byId = (await f.client
      .api('/planner/plans')
      .post({ container: { containerId: GROUP_ID, type: 'group' }, title: 'A' })) as PlannerEntity;
    const byOwner = (await f.client
      .api('/planner/plans')
      .post({ owner: GROUP_ID, title: 'B' })) as PlannerEntity;
    expect([byId['owner'], byOwner['owner']]).toEqual([GROUP_ID, GROUP_ID]);
  });

  it('refuses a plan without a title or container (schema validation) and one in an unknown group (403 (assumed))', async () => {
    const noTitle = await graphError(
      f.client.api('/planner/plans').post({ container: { containerId: GROUP_ID, type: 'group' } }),
    );
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.code).toBe('');
    expect(noTitle.message).toBe(
      "Schema validation has failed. Validation for field 'Title', on entity 'Plan' has failed: A non-null value must be specified for this field.",
    );
    const noContainer = await graphError(f.client.api('/planner/plans').post({ title: 'x' }));
    expect(noContainer.statusCode).toBe(400);
    const stranger = await graphError(
      f.client.api('/planner/plans').post({
        container: { containerId: '0a0a0a0a-0000-4000-8000-000000000000', type: 'group' },
        title: 'x',
      }),
    );
    expect(stranger.statusCode).toBe(403);
    expect(f.graph.planner.plans()).toHaveLength(0);
  });

  it("lists the group plans and answers 404 with Planner's shape for an unknown plan", async () => {
    const a = await f.plan('A');
    const b = await f.plan('B');
    const list = (await f.client.api(`/groups/${GROUP_ID}/planner/plans`).get()) as {
      value: PlannerEntity[];
    };
    expect(list.value.map((p) => p.id)).toEqual([a.id, b.id]);
    const missing = await graphError(
      f.client.api('/planner/plans/xqQg5FS2LkCp935s-FIFm2QAFkHM').get(),
    );
    expect(missing.statusCode).toBe(404);
    expect(missing.code).toBe('');
    expect(missing.message).toBe('The requested item is not found.');
    const noGroup = await graphError(f.client.api('/groups/nope/planner/plans').get());
    expect(noGroup.statusCode).toBe(404);
  });

  it('renames with If-Match: 204 and a new etag; 200 + plan with Prefer: return=representation', async () => {
    const plan = await f.plan();
    const quiet = await f.patch(`/planner/plans/${plan.id}`, plan['@odata.etag'], {
      title: 'Renamed',
    });
    expect(quiet.status).toBe(204);
    expect(await quiet.text()).toBe('');
    const after = await f.get(`/planner/plans/${plan.id}`);
    expect(after['title']).toBe('Renamed');
    expect(after['@odata.etag']).not.toBe(plan['@odata.etag']);
    expect(after['@odata.etag'] > plan['@odata.etag']).toBe(true);
    const loud = await f.patch(
      `/planner/plans/${plan.id}`,
      after['@odata.etag'],
      { title: 'Again' },
      true,
    );
    expect(loud.status).toBe(200);
    const body = (await loud.json()) as PlannerEntity;
    expect(body).toMatchObject({ id: plan.id, title: 'Again' });
    expect(body['@odata.etag']).toMatch(PLANNER_ETAG);
  });

  it('refuses a PATCH without If-Match: 412, code "", Planner\'s message', async () => {
    const plan = await f.plan();
    const res = await f.patch(`/planner/plans/${plan.id}`, undefined, { title: 'x' });
    expect(res.status).toBe(412);
    expect(await errorOf(res)).toMatchObject({
      code: '',
      message: 'The If-Match header must be specified for this kind of request.',
    });
    expect((await f.get(`/planner/plans/${plan.id}`))['title']).toBe('Onboarding: Contoso');
  });

  it('refuses a container change and unknown properties with 400', async () => {
    const plan = await f.plan();
    for (const body of [
      { container: { containerId: GROUP_ID, type: 'group' } },
      { colour: 'red' },
    ]) {
      const res = await f.patch(`/planner/plans/${plan.id}`, plan['@odata.etag'], body);
      expect(res.status).toBe(400);
    }
  });

  it('enforces plans per group: 403 MaximumPlannerPlans (; default 200)', async () => {
    expect(f.graph.planner.limits.plansPerGroup).toBe(200);
    f.graph.setPlannerLimits({ plansPerGroup: 1 });
    await f.plan('first');
    const error = await graphError(
      f.client.api('/planner/plans').post({ owner: GROUP_ID, title: 'second' }),
    );
    expect(error.statusCode).toBe(403);
    expect(error.code).toBe('MaximumPlannerPlans');
    expect(f.graph.planner.plans()).toHaveLength(1);
  });
});

describe('graph emulator: Planner plan details', () => {
  it('has every category, null until labelled, and its own etag', async () => {
    const plan = await f.plan();
    const details = await f.get(`/planner/plans/${plan.id}/details`);
    expect(details.id).toBe(plan.id);
    expect(details['@odata.etag']).toMatch(PLANNER_ETAG);
    expect(details['@odata.etag']).not.toBe(plan['@odata.etag']);
    const categories = details['categoryDescriptions'] as Record<string, string | null>;
    expect(Object.keys(categories)).toHaveLength(25);
    expect(categories['category1']).toBeNull();
    // `$expand=details` on a plan read, as on a task read (microsoft-graph-docs-contrib#800;
    // assumed for plans: docs/platform.md#planner-plans).
    const expanded = (await f.client
      .api(`/planner/plans/${plan.id}`)
      .expand('details')
      .get()) as PlannerEntity;
    expect(expanded['details']).toEqual(details);
    await expect(
      f.client.api(`/planner/plans/${plan.id}`).expand('tasks').get(),
    ).rejects.toMatchObject({
      statusCode: 400,
    });
  });

  it('labels categories (Internal / MSP / Joint) with If-Match; the plan etag stays', async () => {
    const plan = await f.plan();
    const details = await f.get(`/planner/plans/${plan.id}/details`);
    const res = await f.patch(
      `/planner/plans/${plan.id}/details`,
      details['@odata.etag'],
      { categoryDescriptions: { category1: 'Internal', category2: 'MSP', category3: 'Joint' } },
      true,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { categoryDescriptions: Record<string, string | null> };
    expect(body.categoryDescriptions).toMatchObject({
      category1: 'Internal',
      category2: 'MSP',
      category3: 'Joint',
      category4: null,
    });
    expect((await f.get(`/planner/plans/${plan.id}`))['@odata.etag']).toBe(plan['@odata.etag']);
    const stale = await f.patch(`/planner/plans/${plan.id}/details`, details['@odata.etag'], {
      categoryDescriptions: { category1: 'Ours' },
    });
    expect(stale.status).toBe(412);
    const wrongKind = await f.patch(`/planner/plans/${plan.id}/details`, plan['@odata.etag'], {
      categoryDescriptions: { category1: 'Ours' },
    });
    expect(wrongKind.status).toBe(412);
    expect((await errorOf(wrongKind)).message).toBe(
      'The If-Match header contains an invalid value.',
    );
  });

  it('refuses categories outside category1…category25', async () => {
    const plan = await f.plan();
    const details = await f.get(`/planner/plans/${plan.id}/details`);
    const res = await f.patch(`/planner/plans/${plan.id}/details`, details['@odata.etag'], {
      categoryDescriptions: { category26: 'x' },
    });
    expect(res.status).toBe(400);
  });
});

describe('graph emulator: Premium plans ( not reachable via Graph)', () => {
  it('answers 404 by default, and is missing from the group list', async () => {
    const basic = await f.plan('basic');
    const premium = await f.plan('premium');
    const task = await f.task({ planId: premium.id, title: 'x' });
    f.graph.planner.markPremium(premium.id);
    for (const path of [
      `/planner/plans/${premium.id}`,
      `/planner/plans/${premium.id}/details`,
      `/planner/plans/${premium.id}/tasks`,
      `/planner/plans/${premium.id}/buckets`,
      `/planner/tasks/${task.id}`,
    ]) {
      const error = await graphError(f.client.api(path).get());
      expect(error.statusCode).toBe(404);
    }
    const create = await graphError(
      f.client.api('/planner/tasks').post({ planId: premium.id, title: 'y' }),
    );
    expect(create.statusCode).toBe(404);
    const list = (await f.client.api(`/groups/${GROUP_ID}/planner/plans`).get()) as {
      value: PlannerEntity[];
    };
    expect(list.value.map((p) => p.id)).toEqual([basic.id]);
  });

  it('can answer 403 instead and stay listed (assumed)', async () => {
    const premium = await f.plan('premium');
    f.graph.planner.markPremium(premium.id, { answer: 'forbidden', listed: true });
    expect((await graphError(f.client.api(`/planner/plans/${premium.id}`).get())).statusCode).toBe(
      403,
    );
    const list = (await f.client.api(`/groups/${GROUP_ID}/planner/plans`).get()) as {
      value: PlannerEntity[];
    };
    expect(list.value).toHaveLength(1);
  });
});
