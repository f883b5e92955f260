// Self-tests: Planner tasks (docs/platform.md#planner-tasks, #etags-and-if-match).
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ALICE,
  ASSIGNMENT,
  BOB,
  ME,
  PLANNER_ETAG,
  errorOf,
  plannerFixture,
  type PlannerEntity,
  type PlannerFixture,
} from './planner-harness';
import { graphError } from './test-harness';

let f: PlannerFixture;
let plan: PlannerEntity;
let bucket: PlannerEntity;
let clock = new Date('2026-03-02T09:30:00Z');

beforeEach(async () => {
  clock = new Date('2026-03-02T09:30:00Z');
  f = plannerFixture({ now: () => clock });
  plan = await f.plan();
  bucket = await f.bucket(plan.id, 'Tool deployment');
});

const taskPath = (t: PlannerEntity) => `/planner/tasks/${t.id}`;

describe('graph emulator: creating Planner tasks', () => {
  it('answers 201 with the fields Tandem needs and computed hints', async () => {
    const res = (await f.client
      .api('/planner/tasks')
      .responseType('raw' as never)
      .post({
        planId: plan.id,
        bucketId: bucket.id,
        title: 'Deploy RMM',
        startDateTime: '2026-03-16T00:00:00Z',
        dueDateTime: '2026-04-15T00:00:00+02:00',
        appliedCategories: { category2: true, category3: false },
        assignments: { [ALICE]: { '@odata.type': ASSIGNMENT, orderHint: ' !' } },
      })) as Response;
    expect(res.status).toBe(201);
    const task = (await res.json()) as PlannerEntity;
    expect(task.id).toMatch(/^[A-Za-z0-9_-]{28}$/);
    expect(task['@odata.etag']).toMatch(PLANNER_ETAG);
    expect(task).toMatchObject({
      planId: plan.id,
      bucketId: bucket.id,
      title: 'Deploy RMM',
      percentComplete: 0,
      startDateTime: '2026-03-16T00:00:00Z',
      dueDateTime: '2026-04-14T22:00:00Z',
      completedDateTime: null,
      createdDateTime: '2026-03-02T09:30:00.000Z',
      createdBy: { user: { id: ME } },
      appliedCategories: { category2: true },
      checklistItemCount: 0,
      hasDescription: false,
    });
    expect(task['orderHint']).toMatch(/^[#-~]+$/);
    const assignment = (task['assignments'] as Record<string, Record<string, unknown>>)[ALICE];
    expect(assignment).toMatchObject({
      '@odata.type': '#microsoft.graph.plannerAssignment',
      assignedDateTime: '2026-03-02T09:30:00.000Z',
      assignedBy: { user: { id: ME } },
    });
    expect(assignment?.['orderHint']).not.toBe(' !');
  });

  it('requires planId and title (schema validation) and a bucket of the same plan', async () => {
    const missing = await graphError(f.client.api('/planner/tasks').post({ bucketId: bucket.id }));
    expect(missing.statusCode).toBe(400);
    expect(missing.message).toContain("Validation for field 'PlanId', on entity 'Task'");
    expect(missing.message).toContain("Validation for field 'Title', on entity 'Task'");
    const other = await f.plan('other');
    const foreign = await f.bucket(other.id, 'theirs');
    const wrong = await graphError(
      f.client.api('/planner/tasks').post({ planId: plan.id, bucketId: foreign.id, title: 'x' }),
    );
    expect(wrong.statusCode).toBe(400);
    const ghost = await graphError(
      f.client.api('/planner/tasks').post({ planId: 'x'.repeat(28), title: 'x' }),
    );
    expect(ghost.statusCode).toBe(404);
  });

  it('refuses assignments without @odata.type, with a wrong one, or as a non-object: 400', async () => {
    const cases: Array<[unknown, string]> = [
      [{ orderHint: ' !' }, 'Parameter name: qualifiedName'],
      [
        { '@odata.type': '#microsoft.graph.plannerChecklistItem', orderHint: ' !' },
        'could not be resolved',
      ],
      ['{"@odata.type":"#microsoft.graph.plannerAssignment","orderHint":" !"}', 'invalid type'],
      [{ '@odata.type': ASSIGNMENT }, 'invalid type'],
    ];
    for (const [value, text] of cases) {
      const error = await graphError(
        f.client
          .api('/planner/tasks')
          .post({ planId: plan.id, title: 'x', assignments: { [ALICE]: value } }),
      );
      expect(error.statusCode).toBe(400);
      expect(error.message).toContain(text);
    }
    const noHint = await graphError(
      f.client.api('/planner/tasks').post({
        planId: plan.id,
        title: 'x',
        assignments: { [ALICE]: { '@odata.type': ASSIGNMENT, orderHint: 'RWk1' } },
      }),
    );
    expect(noHint.statusCode).toBe(400);
    expect(f.graph.planner.plans()[0]?.tasks).toHaveLength(0);
  });

  it('accepts the @odata.type without "#" as well', async () => {
    const task = await f.task({
      planId: plan.id,
      title: 'x',
      assignments: {
        [ALICE]: { '@odata.type': 'microsoft.graph.plannerAssignment', orderHint: ' !' },
      },
    });
    expect(Object.keys(task['assignments'] as object)).toEqual([ALICE]);
  });

  it('refuses a start date after the due date, bad dates and percentages: 400', async () => {
    for (const body of [
      { startDateTime: '2026-05-01T00:00:00Z', dueDateTime: '2026-04-01T00:00:00Z' },
      { dueDateTime: '2026-04-01' },
      { percentComplete: 101 },
      { percentComplete: 50.5 },
      { appliedCategories: { category26: true } },
      { createdDateTime: '2026-01-01T00:00:00Z' },
      { colour: 'red' },
    ]) {
      const error = await graphError(
        f.client.api('/planner/tasks').post({ planId: plan.id, title: 'x', ...body }),
      );
      expect(error.statusCode).toBe(400);
    }
  });
});

describe('graph emulator: updating Planner tasks', () => {
  it('answers 204 without Prefer and 200 + the task with Prefer: return=representation', async () => {
    const task = await f.task({ planId: plan.id, title: 'Deploy RMM' });
    const quiet = await f.patch(taskPath(task), task['@odata.etag'], {
      title: 'Deploy RMM (Datto)',
    });
    expect(quiet.status).toBe(204);
    expect(quiet.headers.get('content-type')).toBeNull();
    const current = await f.get(taskPath(task));
    expect(current['title']).toBe('Deploy RMM (Datto)');
    expect(current['@odata.etag']).not.toBe(task['@odata.etag']);
    const loud = await f.patch(
      taskPath(task),
      current['@odata.etag'],
      { percentComplete: 50 },
      true,
    );
    expect(loud.status).toBe(200);
    const body = (await loud.json()) as PlannerEntity;
    expect(body).toMatchObject({ id: task.id, percentComplete: 50, title: 'Deploy RMM (Datto)' });
    expect(body['@odata.etag'] > current['@odata.etag']).toBe(true);
  });

  it('sets completedDateTime when percentComplete reaches 100 and clears it when reopened (assumed)', async () => {
    const task = await f.task({ planId: plan.id, title: 'Backup' });
    clock = new Date('2026-03-20T16:00:00Z');
    const done = (await (
      await f.patch(taskPath(task), task['@odata.etag'], { percentComplete: 100 }, true)
    ).json()) as PlannerEntity;
    expect(done).toMatchObject({
      completedDateTime: '2026-03-20T16:00:00.000Z',
      completedBy: { user: { id: ME } },
    });
    const reopened = (await (
      await f.patch(taskPath(task), done['@odata.etag'], { percentComplete: 50 }, true)
    ).json()) as PlannerEntity;
    expect(reopened).toMatchObject({ completedDateTime: null, completedBy: null });
  });

  it('treats assignments and appliedCategories as open dictionaries: null / false remove a key', async () => {
    const task = await f.task({
      planId: plan.id,
      title: 'x',
      appliedCategories: { category1: true, category3: true },
      assignments: { [ALICE]: { '@odata.type': ASSIGNMENT, orderHint: ' !' } },
    });
    const res = await f.patch(
      taskPath(task),
      task['@odata.etag'],
      {
        appliedCategories: { category1: false, category2: true },
        assignments: { [ALICE]: null, [BOB]: { '@odata.type': ASSIGNMENT, orderHint: ' !' } },
      },
      true,
    );
    const body = (await res.json()) as PlannerEntity;
    expect(body['appliedCategories']).toEqual({ category2: true, category3: true });
    expect(Object.keys(body['assignments'] as object)).toEqual([BOB]);
  });

  it('refuses a PATCH with an untyped assignment and changes nothing', async () => {
    const task = await f.task({ planId: plan.id, title: 'x' });
    const res = await f.patch(taskPath(task), task['@odata.etag'], {
      assignments: { [ALICE]: { orderHint: ' !' } },
    });
    expect(res.status).toBe(400);
    expect((await f.get(taskPath(task)))['@odata.etag']).toBe(task['@odata.etag']);
  });

  it('needs If-Match: missing → 412 "must be specified", malformed or another kind → "invalid value"', async () => {
    const task = await f.task({ planId: plan.id, title: 'x' });
    const missing = await f.patch(taskPath(task), undefined, { title: 'y' });
    expect(missing.status).toBe(412);
    expect(await errorOf(missing)).toMatchObject({
      code: '',
      message: 'The If-Match header must be specified for this kind of request.',
    });
    for (const etag of ['*', 'W/\\"abc\\"', bucket['@odata.etag'], plan['@odata.etag']]) {
      const res = await f.patch(taskPath(task), etag, { title: 'y' });
      expect(res.status).toBe(412);
      expect((await errorOf(res)).message).toBe('The If-Match header contains an invalid value.');
    }
    expect((await f.get(taskPath(task)))['title']).toBe('x');
  });

  it("refuses a stale etag with 412 in Graph's error shape and keeps the newer change", async () => {
    const task = await f.task({ planId: plan.id, title: 'x' });
    expect((await f.patch(taskPath(task), task['@odata.etag'], { title: 'mine' })).status).toBe(
      204,
    );
    const stale = await f.patch(taskPath(task), task['@odata.etag'], { title: 'theirs' });
    expect(stale.status).toBe(412);
    const body = (await stale.json()) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({ code: '', message: expect.any(String) });
    expect(body.error['innerError']).toMatchObject({
      'request-id': expect.any(String),
      date: expect.any(String),
    });
    expect((await f.get(taskPath(task)))['title']).toBe('mine');
  });

  it('refuses read-only properties and a plan move with 400 (assumed)', async () => {
    const task = await f.task({ planId: plan.id, title: 'x' });
    for (const body of [
      { planId: plan.id },
      { completedDateTime: '2026-01-01T00:00:00Z' },
      { id: 'x' },
    ]) {
      expect((await f.patch(taskPath(task), task['@odata.etag'], body)).status).toBe(400);
    }
  });

  it('reorders tasks in the plan by "<prev> <next>!" hints', async () => {
    const a = await f.task({ planId: plan.id, title: 'a' });
    const b = await f.task({
      planId: plan.id,
      title: 'b',
      orderHint: `${a['orderHint'] as string} !`,
    });
    // Move a after b.
    const res = await f.patch(
      taskPath(a),
      a['@odata.etag'],
      { orderHint: `${b['orderHint'] as string} !` },
      true,
    );
    const moved = (await res.json()) as PlannerEntity;
    expect((moved['orderHint'] as string) > (b['orderHint'] as string)).toBe(true);
  });
});

describe('graph emulator: reading and deleting Planner tasks', () => {
  it('reads one task, with $select and with $expand=details', async () => {
    const task = await f.task({ planId: plan.id, title: 'x' });
    const slim = await f.client.api(taskPath(task)).select(['title', 'percentComplete']).get();
    expect(slim).toEqual({ '@odata.etag': task['@odata.etag'], title: 'x', percentComplete: 0 });
    const full = (await f.client.api(taskPath(task)).expand('details').get()) as PlannerEntity;
    expect(full['details']).toMatchObject({ id: task.id, checklist: {}, description: '' });
  });

  it('deletes with If-Match: 204, then 404; a stale etag is 412 and deletes nothing', async () => {
    const task = await f.task({ planId: plan.id, title: 'x' });
    await f.patch(taskPath(task), task['@odata.etag'], { title: 'y' });
    expect((await f.remove(taskPath(task), undefined)).status).toBe(412);
    expect((await f.remove(taskPath(task), task['@odata.etag'])).status).toBe(412);
    const current = await f.get(taskPath(task));
    const res = await f.remove(taskPath(task), current['@odata.etag']);
    expect(res.status).toBe(204);
    expect((await graphError(f.client.api(taskPath(task)).get())).statusCode).toBe(404);
    expect((await graphError(f.client.api(`${taskPath(task)}/details`).get())).statusCode).toBe(
      404,
    );
  });

  it('counts Planner requests as round trips that cost no SharePoint resource units', async () => {
    f.graph.log.reset();
    const task = await f.task({ planId: plan.id, title: 'x' });
    await f.get(taskPath(task));
    await f.patch(taskPath(task), undefined, { title: 'y' });
    expect(f.graph.log.roundTrips()).toBe(3);
    expect(f.graph.log.resourceUnits()).toBe(0);
    expect(f.graph.log.entries().map((e) => [e.method, e.status])).toEqual([
      ['POST', 201],
      ['GET', 200],
      ['PATCH', 412],
    ]);
  });
});
