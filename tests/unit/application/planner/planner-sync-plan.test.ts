import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MILESTONE_OWNERS, PHASE_IDS, type Milestone } from '../../../../src/domain/plan/plan';
import { DEFAULT_MILESTONES } from '../../../../src/domain/plan/plan-template';
import {
  formatFingerprint,
  parseFingerprint,
} from '../../../../src/application/planner/planner-fingerprint';
import { desiredTask, leadUpns } from '../../../../src/application/planner/planner-sync-fields';
import {
  checklistItemGuid,
  isOwnChecklistItem,
  sameInstant,
} from '../../../../src/domain/plan/planner-task';
import { makeMilestone, milestonesArb } from '../../support/plan-arbitraries';
import { FakePlanner, LEADS, USER_IDS, emptyLink, syncOnce } from '../../support/planner-sim';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A published plan: the milestones with their task ids, the link, and the fake Planner. */
function publish(milestones: readonly Milestone[]) {
  const planner = new FakePlanner();
  const first = syncOnce(planner, milestones, emptyLink());
  return { planner, link: first.result.link, milestones: first.milestones, first };
}

/** What someone may do to a task in Planner. */
const plannerEditArb = fc.record({
  rename: fc.boolean(),
  percent: fc.option(fc.constantFrom(0, 50, 100), { nil: undefined }),
  otherLabel: fc.boolean(),
  remove: fc.boolean(),
});

/** What someone may do to a milestone in Tandem. */
const localEditArb = fc.record({
  rename: fc.boolean(),
  shift: fc.integer({ min: 0, max: 5 }),
  owner: fc.option(fc.constantFrom(...MILESTONE_OWNERS), { nil: undefined }),
  phase: fc.option(fc.constantFrom(...PHASE_IDS), { nil: undefined }),
  percent: fc.option(fc.constantFrom(0, 25, 100), { nil: undefined }),
  addItem: fc.boolean(),
  dropItem: fc.boolean(),
});

type LocalEdit = typeof localEditArb extends fc.Arbitrary<infer T> ? T : never;

function editLocally(m: Milestone, edit: LocalEdit | undefined): Milestone {
  if (!edit) return m;
  return {
    ...m,
    name: edit.rename ? `${m.name} (edited)` : m.name,
    dueDay: Math.min(365, m.dueDay + edit.shift),
    owner: edit.owner ?? m.owner,
    phase: edit.phase ?? m.phase,
    percentComplete: edit.percent ?? m.percentComplete,
    checklist: [
      ...(edit.dropItem ? m.checklist.slice(1) : m.checklist),
      ...(edit.addItem ? [{ id: `${m.id}:new`, title: 'Added in Tandem', done: false }] : []),
    ],
  };
}

describe('planner sync: properties', () => {
  it('publishes every milestone once, and a re-sync right after writes nothing', () => {
    fc.assert(
      fc.property(milestonesArb(12), (milestones) => {
        const { planner, link, milestones: after, first } = publish(milestones);
        expect(first.result.report.created).toBe(milestones.length);
        expect(planner.tasks.size).toBe(milestones.length);
        expect(Object.keys(link.tasks).sort()).toEqual(milestones.map((m) => m.id).sort());
        const again = syncOnce(planner, after, link);
        expect(again.plan.writes).toEqual([]);
        expect(again.result.milestones).toEqual([]);
      }),
    );
  });

  it('after any edits on either side, the next sync settles it and the one after writes nothing', () => {
    fc.assert(
      fc.property(
        milestonesArb(8).chain((milestones) =>
          fc.tuple(
            fc.constant(milestones),
            fc.array(fc.option(plannerEditArb, { nil: undefined }), {
              minLength: milestones.length,
              maxLength: milestones.length,
            }),
            fc.array(fc.option(localEditArb, { nil: undefined }), {
              minLength: milestones.length,
              maxLength: milestones.length,
            }),
          ),
        ),
        ([milestones, plannerEdits, localEdits]) => {
          const { planner, link, milestones: published } = publish(milestones);
          published.forEach((m, index) => {
            const edit = plannerEdits[index];
            const taskId = link.tasks[m.id]!.taskId;
            if (!edit) return;
            if (edit.remove) planner.tasks.delete(taskId);
            else
              planner.edit(taskId, {
                ...(edit.rename ? { title: `${m.name} (Planner)` } : {}),
                ...(edit.percent !== undefined ? { percentComplete: edit.percent } : {}),
                ...(edit.otherLabel
                  ? { categories: [...planner.tasks.get(taskId)!.categories, 'category9'] }
                  : {}),
              });
          });
          const edited = published.map((m, index) => editLocally(m, localEdits[index]));

          const second = syncOnce(planner, edited, link);
          for (const planned of second.plan.writes) {
            // Never a second task for a linked milestone.
            if (planned.write.kind === 'create-task')
              expect(link.tasks[planned.write.milestoneId]).toBeUndefined();
          }
          const conflicted = new Set(second.plan.conflicts.map((c) => c.milestoneId));
          for (const { write } of second.plan.writes) {
            // A conflict is reported, never written over.
            if (write.kind === 'update-task') expect(conflicted.has(write.milestoneId)).toBe(false);
          }
          expect(planner.tasks.size).toBe(
            milestones.length - plannerEdits.filter((e) => e?.remove).length,
          );

          const third = syncOnce(planner, second.milestones, second.result.link);
          expect(third.plan.writes).toEqual([]);
          expect(third.result.milestones).toEqual([]);
          expect(third.plan.conflicts.map((c) => c.milestoneId).sort()).toEqual(
            [...conflicted].sort(),
          );
        },
      ),
    );
  });
});

describe('planner sync: rules', () => {
  const catalog = DEFAULT_MILESTONES.find((m) => m.id === 'discovery-catalog')!;

  it('writes a task for a day at noon UTC, assigned to the owning side’s lead, labelled by owner', () => {
    const { fields, unknownLeads } = desiredTask(
      { ...catalog, owner: 'joint' },
      { startDate: '2026-09-01', leads: LEADS, userIds: USER_IDS, link: emptyLink() },
    );
    expect(fields).toEqual({
      title: catalog.name,
      bucketId: 'b-1',
      startDateTime: '2026-09-01T12:00:00Z',
      dueDateTime: '2026-09-14T12:00:00Z',
      assigneeIds: Object.values(USER_IDS).sort(),
      categories: ['category3'],
    });
    expect(unknownLeads).toEqual([]);
  });

  it('reports leads without an id, and looks leads up without case', () => {
    expect(
      leadUpns({
        internalLead: { name: 'I', upn: ' Ines@Contoso.com ' },
        mspLead: { name: 'M', upn: '' },
      }),
    ).toEqual(['ines@contoso.com']);
    const { fields, unknownLeads } = desiredTask(
      { ...catalog, owner: 'joint' },
      {
        startDate: '2026-09-01',
        leads: { ...LEADS, mspLead: { name: 'Max', upn: '' } },
        userIds: USER_IDS,
        link: emptyLink(),
      },
    );
    expect(fields.assigneeIds).toEqual([USER_IDS['ines@contoso.com']]);
    expect(unknownLeads).toEqual(['Max']);
  });

  it('lets Planner’s progress win when both sides changed it', () => {
    const { planner, link, milestones } = publish([catalog]);
    planner.edit(link.tasks[catalog.id]!.taskId, { percentComplete: 100 });
    const local = milestones.map((m) => ({ ...m, percentComplete: 50 }));
    const round = syncOnce(planner, local, link);
    expect(round.plan.writes).toEqual([]);
    expect(round.milestones[0]?.percentComplete).toBe(100);
    expect(round.result.report.progressPulled).toBe(1);
  });

  it('creates in reverse plan order, so " !" order hints leave the plan order in Planner', () => {
    const milestones = [
      makeMilestone({ id: 'a', startDay: 1 }),
      makeMilestone({ id: 'b', startDay: 2 }),
      makeMilestone({ id: 'c', startDay: 3 }),
    ];
    const round = syncOnce(new FakePlanner(), milestones, emptyLink());
    expect(
      round.plan.writes.map(({ write }) => 'milestoneId' in write && write.milestoneId),
    ).toEqual(['c', 'b', 'a']);
  });

  it('asks for no Planner call and reports nothing when a milestone’s fields went back to what Planner has', () => {
    const { planner, link, milestones } = publish([catalog]);
    const renamed = syncOnce(planner, [{ ...milestones[0]!, name: 'Other' }], link);
    const back = syncOnce(
      planner,
      [{ ...renamed.milestones[0]!, name: catalog.name }],
      renamed.result.link,
    );
    expect(back.plan.writes).toHaveLength(1);
    expect(syncOnce(planner, back.milestones, back.result.link).plan.writes).toEqual([]);
  });

  it('recreates a task deleted in Planner only when asked', () => {
    const { planner, link, milestones } = publish([catalog]);
    planner.tasks.delete(link.tasks[catalog.id]!.taskId);
    const reported = syncOnce(planner, milestones, link);
    expect(reported.plan.writes).toEqual([]);
    expect(reported.result.report.deletedInPlanner).toHaveLength(1);
    const recreated = syncOnce(planner, milestones, link, { choices: { recreate: [catalog.id] } });
    expect(recreated.result.report.created).toBe(1);
    expect(recreated.milestones[0]?.plannerTaskId).toBe(
      recreated.result.link.tasks[catalog.id]?.taskId,
    );
  });
});

describe('planner sync: fingerprints and checklist ids', () => {
  it('round-trips a fingerprint and reads garbage as "nothing known"', () => {
    const fp = { local: 'abc', planner: 'def', checklist: 'ghi', percent: 50 };
    expect(parseFingerprint(formatFingerprint(fp))).toEqual(fp);
    expect(parseFingerprint('garbage')).toEqual({
      local: '?',
      planner: '?',
      checklist: '?',
      percent: -1,
    });
  });

  it('derives stable GUIDs Planner accepts, and recognises its own items', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (milestoneId, itemId, other) => {
        const guid = checklistItemGuid(milestoneId, itemId);
        expect(guid).toMatch(GUID);
        expect(checklistItemGuid(milestoneId, itemId)).toBe(guid);
        expect(isOwnChecklistItem(milestoneId, guid)).toBe(true);
        fc.pre(other !== milestoneId);
        // 32 bits of milestone tag: a collision here would be a 1-in-4-billion event.
        expect(isOwnChecklistItem(other, guid)).toBe(false);
      }),
    );
  });

  it('compares instants, not spellings', () => {
    expect(sameInstant('2026-09-01T12:00:00Z', '2026-09-01T12:00:00.000Z')).toBe(true);
    expect(sameInstant('2026-09-01T12:00:00Z', '2026-09-01T14:00:00+02:00')).toBe(true);
    expect(sameInstant('2026-09-01T12:00:00Z', null)).toBe(false);
  });
});
