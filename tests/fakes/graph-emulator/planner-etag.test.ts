// Self-tests: Planner etags and the If-Match rule (docs/platform.md#etags-and-if-match).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ETAG_VERSION, parsePlannerETag, plannerETag } from './planner-etag';
import { plannerFixture } from './planner-harness';

describe('graph emulator: Planner etag format', () => {
  it('reproduces the documented etags: task version 24 and plan details version 4 (,)', () => {
    // docs/platform.md#etags-and-if-match (plannertask-update); microsoft-graph-docs#14360 for plan
    // details.
    expect(plannerETag('Task', 24)).toBe('W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc="');
    expect(plannerETag('PlanDetails', 4)).toBe('W/"JzEtUGxhbkRldGFpbHMgQEBAQEBAQEBAQEBAQEBARCc="');
    expect(parsePlannerETag('W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc="')).toEqual({
      kind: 'Task',
      seq: 24,
    });
  });

  it('orders etags of one kind ordinally by version, as sent and decoded', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_ETAG_VERSION }),
        fc.integer({ min: 0, max: MAX_ETAG_VERSION }),
        (a, b) => {
          fc.pre(a !== b);
          const [ea, eb] = [plannerETag('Bucket', a), plannerETag('Bucket', b)];
          expect(ea < eb).toBe(a < b);
          expect(parsePlannerETag(ea)).toEqual({ kind: 'Bucket', seq: a });
        },
      ),
    );
  });

  it('reads nothing it did not issue', () => {
    for (const value of [
      '*',
      '"abc"',
      'W/"JzEtVGFzayAg"',
      'W/\\"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc=\\"',
      '"{GUID},1"',
    ]) {
      expect(parsePlannerETag(value)).toBeUndefined();
    }
  });

  it('gives every resource its own etag, never shared with another', async () => {
    const f = plannerFixture();
    const plan = await f.plan();
    const a = await f.task({ planId: plan.id, title: 'a' });
    const b = await f.task({ planId: plan.id, title: 'b' });
    expect(new Set([plan['@odata.etag'], a['@odata.etag'], b['@odata.etag']]).size).toBe(3);
    // Another task's etag is of the right kind but not a version of this task: stale, not applied.
    const res = await f.patch(`/planner/tasks/${a.id}`, b['@odata.etag'], { title: 'x' });
    expect(res.status).toBe(412);
  });
});

describe('graph emulator: writes with an older etag (: non-conflicting changes are accepted)', () => {
  it("'merge' (default): accepts a change to another property, refuses one to the same property", async () => {
    const f = plannerFixture();
    const plan = await f.plan();
    const task = await f.task({ planId: plan.id, title: 'Deploy EDR' });
    const old = task['@odata.etag'];
    f.graph.planner.ui.renameTask(task.id, 'Deploy EDR (SentinelOne)');
    const other = await f.patch(`/planner/tasks/${task.id}`, old, { percentComplete: 50 }, true);
    expect(other.status).toBe(200);
    expect(await other.json()).toMatchObject({
      title: 'Deploy EDR (SentinelOne)',
      percentComplete: 50,
    });
    const same = await f.patch(`/planner/tasks/${task.id}`, old, {
      title: 'Deploy EDR (Defender)',
    });
    expect(same.status).toBe(412);
  });

  it("'merge' compares dictionary keys: another checklist item merges, the same one conflicts (assumed)", async () => {
    const f = plannerFixture();
    const plan = await f.plan();
    const task = await f.task({ planId: plan.id, title: 'x' });
    const path = `/planner/tasks/${task.id}/details`;
    const [one, two] = [
      '11111111-1111-4111-8111-111111111111',
      '22222222-2222-4222-8222-222222222222',
    ];
    const old = (await f.get(path))['@odata.etag'];
    f.graph.planner.ui.setChecklistItem(task.id, one, { title: 'one' });
    const item = { '@odata.type': 'microsoft.graph.plannerChecklistItem', title: 'mine' };
    expect((await f.patch(path, old, { checklist: { [two]: item } })).status).toBe(204);
    expect((await f.patch(path, old, { checklist: { [one]: item } })).status).toBe(412);
  });

  it("'reject': every etag but the current one is stale", async () => {
    const f = plannerFixture({ quirks: { plannerStaleIfMatch: 'reject' } });
    const plan = await f.plan();
    const task = await f.task({ planId: plan.id, title: 'x' });
    f.graph.planner.ui.renameTask(task.id, 'y');
    expect(
      (await f.patch(`/planner/tasks/${task.id}`, task['@odata.etag'], { percentComplete: 10 }))
        .status,
    ).toBe(412);
  });

  it('never deletes with an older etag', async () => {
    const f = plannerFixture();
    const plan = await f.plan();
    const task = await f.task({ planId: plan.id, title: 'x' });
    f.graph.planner.ui.setPercentComplete(task.id, 50);
    expect((await f.remove(`/planner/tasks/${task.id}`, task['@odata.etag'])).status).toBe(412);
    expect(f.graph.planner.plans()[0]?.tasks).toHaveLength(1);
  });
});
