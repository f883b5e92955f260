import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CHECKLIST_MAX_ITEMS,
  addMilestone,
  answerDay90,
  applyPlanChange,
  removeMilestone,
  setChecklistItemDone,
  setMilestoneProgress,
  updateMilestone,
  validateMilestone,
  validateMilestoneDraft,
  type MilestoneDraft,
} from '../../../../src/domain/plan/plan-edits';
import { defaultPlan } from '../../../../src/domain/plan/plan-template';
import { makeMilestone, makePlan, milestonesArb } from '../../support/plan-arbitraries';

const draft = (patch: Partial<MilestoneDraft> = {}): MilestoneDraft => ({
  name: 'Migrate file shares',
  phase: 'tool-deployment',
  owner: 'joint',
  startDay: 20,
  dueDay: 30,
  checklist: ['Inventory shares', 'Move data'],
  ...patch,
});

const plan = makePlan([
  makeMilestone({
    id: 'catalog',
    name: 'Catalog everything',
    percentComplete: 50,
    plannerTaskId: 'task-1',
    checklist: [
      { id: 'catalog:servers', title: 'Catalog servers', done: true },
      { id: 'catalog:networks', title: 'Catalog networks', done: false },
    ],
  }),
]);

describe('validateMilestoneDraft', () => {
  it('accepts a complete draft', () => {
    expect(validateMilestoneDraft(draft(), plan.milestones)).toEqual({});
  });

  it('requires a name and keeps it to 255 characters', () => {
    expect(validateMilestoneDraft(draft({ name: '  ' }), []).name).toBe(
      'Give the milestone a name.',
    );
    expect(validateMilestoneDraft(draft({ name: 'x'.repeat(256) }), []).name).toBe(
      'Keep the name to 255 characters (it has 256).',
    );
  });

  it('refuses a name another milestone has, ignoring case and spaces, but not its own', () => {
    expect(
      validateMilestoneDraft(draft({ name: ' catalog EVERYTHING ' }), plan.milestones),
    ).toEqual({ name: 'A milestone called “Catalog everything” already exists.' });
    expect(
      validateMilestoneDraft(draft({ name: 'Catalog everything' }), plan.milestones, 'catalog'),
    ).toEqual({});
  });

  it('keeps days whole, within 1–365, and the due day not before the start day', () => {
    expect(validateMilestoneDraft(draft({ startDay: 0 }), []).startDay).toBe(
      'Start day must be between 1 and 365.',
    );
    expect(validateMilestoneDraft(draft({ dueDay: 366 }), []).dueDay).toBe(
      'Due day must be between 1 and 365.',
    );
    expect(validateMilestoneDraft(draft({ startDay: Number.NaN }), []).startDay).toBe(
      'Start day must be a whole number.',
    );
    expect(validateMilestoneDraft(draft({ startDay: 2.5 }), []).startDay).toBe(
      'Start day must be a whole number.',
    );
    expect(validateMilestoneDraft(draft({ startDay: 31, dueDay: 30 }), [])).toEqual({
      dueDay: 'The due day cannot come before the start day (day 31).',
    });
    expect(validateMilestoneDraft(draft({ startDay: 30, dueDay: 30 }), [])).toEqual({});
  });

  it('keeps the checklist within Planner’s limits', () => {
    const many = Array.from({ length: CHECKLIST_MAX_ITEMS + 1 }, (_, i) => `Item ${i}`);
    expect(validateMilestoneDraft(draft({ checklist: many }), []).checklist).toBe(
      'Keep the checklist to 20 items (it has 21); Planner allows no more.',
    );
    expect(validateMilestoneDraft(draft({ checklist: ['ok', ' '] }), []).checklist).toBe(
      'Checklist item 2 is empty.',
    );
    expect(validateMilestoneDraft(draft({ checklist: ['x'.repeat(101)] }), []).checklist).toBe(
      'Keep checklist item 1 to 100 characters (it has 101).',
    );
    expect(validateMilestoneDraft(draft({ checklist: [] }), [])).toEqual({});
  });

  it('accepts exactly whole days 1 ≤ start ≤ due ≤ 365 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10, max: 400 }),
        fc.integer({ min: -10, max: 400 }),
        (startDay, dueDay) => {
          const errors = validateMilestoneDraft(draft({ startDay, dueDay }), []);
          const valid = 1 <= startDay && startDay <= dueDay && dueDay <= 365;
          expect(Object.keys(errors).length === 0).toBe(valid);
        },
      ),
    );
  });

  it('checks a stored milestone’s progress too', () => {
    const milestone = makeMilestone({ id: 'x', percentComplete: 101 });
    expect(validateMilestone(milestone, [milestone])).toEqual({
      percentComplete: 'Progress must be between 0 and 100.',
    });
  });
});

describe('adding, editing and removing milestones', () => {
  it('adds a not-started milestone with the caller’s id and derived checklist ids', () => {
    const edit = addMilestone(plan, draft({ name: '  Migrate file shares ' }), 'new-1');
    expect(edit).toEqual({
      ok: true,
      change: {
        kind: 'put-milestone',
        milestone: {
          id: 'new-1',
          phase: 'tool-deployment',
          name: 'Migrate file shares',
          owner: 'joint',
          startDay: 20,
          dueDay: 30,
          checklist: [
            { id: 'new-1:item-1', title: 'Inventory shares', done: false },
            { id: 'new-1:item-2', title: 'Move data', done: false },
          ],
          percentComplete: 0,
          plannerTaskId: null,
        },
      },
    });
  });

  it('refuses an invalid draft with every error and changes nothing', () => {
    const edit = addMilestone(plan, draft({ name: '', startDay: 40, dueDay: 10 }), 'new-1');
    expect(edit).toEqual({
      ok: false,
      errors: {
        name: 'Give the milestone a name.',
        dueDay: 'The due day cannot come before the start day (day 40).',
      },
    });
  });

  it('edits a milestone, keeping its progress, Planner task and ticked items by title', () => {
    const edit = updateMilestone(
      plan,
      'catalog',
      draft({ name: 'Catalog it all', checklist: ['Catalog networks', 'Catalog servers', 'New'] }),
    );
    if (!edit.ok) throw new Error('expected ok');
    const next = applyPlanChange(plan, edit.change).milestones[0]!;
    expect(next).toMatchObject({
      id: 'catalog',
      name: 'Catalog it all',
      percentComplete: 50,
      plannerTaskId: 'task-1',
    });
    expect(next.checklist).toEqual([
      { id: 'catalog:networks', title: 'Catalog networks', done: false },
      { id: 'catalog:servers', title: 'Catalog servers', done: true },
      { id: 'catalog:item-1', title: 'New', done: false },
    ]);
  });

  it('never reuses a checklist id that is already taken', () => {
    const taken = makePlan([
      makeMilestone({ id: 'm', checklist: [{ id: 'm:item-1', title: 'Old', done: false }] }),
    ]);
    const edit = updateMilestone(taken, 'm', draft({ checklist: ['Old', 'New'] }));
    if (!edit.ok) throw new Error('expected ok');
    expect(applyPlanChange(taken, edit.change).milestones[0]!.checklist.map((i) => i.id)).toEqual([
      'm:item-1',
      'm:item-2',
    ]);
  });

  it('refuses to edit a milestone that is gone', () => {
    expect(updateMilestone(plan, 'gone', draft())).toEqual({
      ok: false,
      errors: { name: 'This milestone no longer exists.' },
    });
  });

  it('removes a milestone, and restoring the removed record undoes it', () => {
    const change = removeMilestone(plan, 'catalog');
    expect(change).toEqual({ kind: 'delete-milestone', id: 'catalog' });
    const removed = applyPlanChange(plan, change!);
    expect(removed.milestones).toEqual([]);
    expect(removeMilestone(removed, 'catalog')).toBeNull();
    const restored = applyPlanChange(removed, {
      kind: 'put-milestone',
      milestone: plan.milestones[0]!,
    });
    expect(restored).toEqual(plan);
  });

  it('sets progress (0–100 only) and ticks checklist items', () => {
    const progress = setMilestoneProgress(plan, 'catalog', 100);
    expect(progress && applyPlanChange(plan, progress).milestones[0]!.percentComplete).toBe(100);
    expect(setMilestoneProgress(plan, 'catalog', 120)).toBeNull();
    expect(setMilestoneProgress(plan, 'gone', 10)).toBeNull();
    const tick = setChecklistItemDone(plan, 'catalog', 'catalog:networks', true);
    expect(tick && applyPlanChange(plan, tick).milestones[0]!.checklist.every((i) => i.done)).toBe(
      true,
    );
    expect(setChecklistItemDone(plan, 'catalog', 'nope', true)).toBeNull();
  });

  it('add then remove leaves the plan as it was; put is idempotent (property)', () => {
    fc.assert(
      fc.property(milestonesArb(), (milestones) => {
        const base = makePlan(milestones);
        const edit = addMilestone(base, draft({ name: 'Unique name for the property' }), 'fresh');
        if (!edit.ok) throw new Error('expected ok');
        const added = applyPlanChange(base, edit.change);
        expect(added.milestones).toHaveLength(milestones.length + 1);
        expect(applyPlanChange(added, edit.change)).toEqual(added);
        expect(applyPlanChange(added, removeMilestone(added, 'fresh')!)).toEqual(base);
      }),
    );
  });
});

describe('answerDay90', () => {
  const meta = { on: '2026-11-29', by: 'Dana' };

  it('records the answer with who and when', () => {
    expect(
      answerDay90(defaultPlan(), { routine: 'no', renegotiationPlanned: true, note: ' x ' }, meta),
    ).toEqual({
      kind: 'put-day90-check',
      check: {
        id: 'day-90-check',
        routine: 'no',
        renegotiationPlanned: true,
        note: 'x',
        answeredOn: '2026-11-29',
        answeredBy: 'Dana',
      },
    });
  });

  it('clears a planned renegotiation unless the answer is no, and the author when unanswered', () => {
    const yes = answerDay90(
      defaultPlan(),
      { routine: 'yes', renegotiationPlanned: true, note: '' },
      meta,
    );
    expect(yes.kind === 'put-day90-check' && yes.check.renegotiationPlanned).toBe(false);
    const back = answerDay90(
      defaultPlan(),
      { routine: 'unanswered', renegotiationPlanned: false, note: '' },
      meta,
    );
    expect(back).toMatchObject({ check: { answeredOn: null, answeredBy: '' } });
  });
});

describe('issue 13 item 6: a checklist that could not be read', () => {
  it('is replaced, and the damage cleared, when the milestone is edited in its dialog', () => {
    const plan = defaultPlan();
    const target = plan.milestones[0]!;
    const damaged = {
      ...plan,
      milestones: plan.milestones.map((m) =>
        m.id === target.id ? { ...m, checklist: [], damage: 'broken' } : m,
      ),
    };
    const edit = updateMilestone(damaged, target.id, {
      name: target.name,
      phase: target.phase,
      owner: target.owner,
      startDay: target.startDay,
      dueDay: target.dueDay,
      checklist: ['Fresh item'],
    });
    expect(edit.ok && edit.change.kind === 'put-milestone' && edit.change.milestone).toMatchObject({
      checklist: [{ title: 'Fresh item', done: false }],
    });
    expect(
      edit.ok && edit.change.kind === 'put-milestone' && edit.change.milestone,
    ).not.toHaveProperty('damage');
  });
});
