import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  day90FromFields,
  day90ToFields,
  milestoneFromFields,
  milestoneToFields,
  plannerLinkFromFields,
  plannerLinkToFields,
} from '../../../../../src/adapters/graph/sharepoint/plan-fields';
import { LISTS, fieldNames } from '../../../../../src/adapters/graph/sharepoint/schema';
import { NOTE_MAX_LENGTH, type Fields } from '../../../../../src/adapters/graph/sharepoint/values';
import {
  DAY_90_CHECK_ID,
  MILESTONE_OWNERS,
  PHASE_IDS,
  type Day90Check,
  type Milestone,
} from '../../../../../src/domain/plan/plan';
import { PLANNER_LINK_ID, type PlannerLink } from '../../../../../src/domain/plan/planner-link';
import { StoreError } from '../../../../../src/ports/engagement-store';
import { isoDateArb } from '../../../support/arbitraries';
import { makeMilestone } from '../../../support/plan-arbitraries';

/** What Graph hands back: a cleared (null) cell is absent from `fields`; SharePoint may also drop ''. */
function asReturned(fields: Fields, dropEmpty: boolean): Fields {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== null && !(dropEmpty && v === '')),
  );
}

const textArb = fc.string({ maxLength: 40, unit: 'grapheme' });
const plain = { noNullPrototype: true } as const;

const milestoneArb: fc.Arbitrary<Milestone> = fc.record(
  {
    id: textArb,
    phase: fc.constantFrom(...PHASE_IDS),
    name: textArb,
    owner: fc.constantFrom(...MILESTONE_OWNERS),
    startDay: fc.integer({ min: 1, max: 365 }),
    dueDay: fc.integer({ min: 1, max: 365 }),
    checklist: fc.array(fc.record({ id: textArb, title: textArb, done: fc.boolean() }, plain), {
      maxLength: 20,
    }),
    percentComplete: fc.integer({ min: 0, max: 100 }),
    // Empty means "not synced": it reads back as null, so the domain never writes ''.
    plannerTaskId: fc.option(
      textArb.filter((id) => id !== ''),
      { nil: null },
    ),
  },
  plain,
);

const day90Arb: fc.Arbitrary<Day90Check> = fc.record(
  {
    id: fc.constant(DAY_90_CHECK_ID),
    routine: fc.constantFrom('yes', 'no', 'unanswered'),
    renegotiationPlanned: fc.boolean(),
    note: textArb,
    answeredOn: fc.option(isoDateArb, { nil: null }),
    answeredBy: textArb,
  },
  plain,
);

const taskArb = fc.record(
  {
    taskId: textArb,
    etag: textArb,
    detailsEtag: fc.option(textArb, { nil: null }),
    fingerprint: textArb,
  },
  plain,
);

const plannerLinkArb: fc.Arbitrary<PlannerLink> = fc.record(
  {
    id: fc.constant(PLANNER_LINK_ID),
    planId: textArb,
    planTitle: textArb,
    bucketIds: fc.record(
      { discovery: textArb, 'tool-deployment': textArb, stabilization: textArb },
      plain,
    ),
    tasks: fc.dictionary(textArb, taskArb, { maxKeys: 20, noNullPrototype: true }),
  },
  plain,
);

describe('plan records ↔ list item fields', () => {
  it('round-trips milestones (checklist in order), day-90 checks and Planner links exactly', () => {
    fc.assert(
      fc.property(
        milestoneArb,
        day90Arb,
        plannerLinkArb,
        fc.boolean(),
        (milestone, check, link, dropEmpty) => {
          const back = milestoneFromFields(
            asReturned(milestoneToFields('e1', milestone), dropEmpty),
          );
          expect(back).toStrictEqual(milestone);
          expect(day90FromFields(asReturned(day90ToFields('e1', check), dropEmpty))).toStrictEqual(
            check,
          );
          const fields = asReturned(plannerLinkToFields('e1', link), dropEmpty);
          expect(plannerLinkFromFields(fields)).toStrictEqual(link);
        },
      ),
    );
  });

  it('writes only columns the lists have, tagged with the engagement and record id', () => {
    const milestone = makeMilestone({ id: 'm1', plannerTaskId: 't1' });
    const written = {
      milestones: milestoneToFields('e1', milestone),
      day90Checks: day90ToFields('e1', {
        id: DAY_90_CHECK_ID,
        routine: 'yes',
        renegotiationPlanned: false,
        note: '',
        answeredOn: '2026-04-05',
        answeredBy: 'Dana',
      }),
      plannerLinks: plannerLinkToFields('e1', {
        id: PLANNER_LINK_ID,
        planId: 'p',
        planTitle: 'Plan',
        bucketIds: { discovery: 'a', 'tool-deployment': 'b', stabilization: 'c' },
        tasks: {},
      }),
    };
    for (const [list, fields] of Object.entries(written)) {
      const known = fieldNames(LISTS[list as keyof typeof written]);
      expect(Object.keys(fields).filter((key) => !known.includes(key))).toStrictEqual([]);
      expect(fields['EngagementId']).toBe('e1');
    }
    expect(written.milestones['RecordId']).toBe('m1');
    expect(written.day90Checks['RecordId']).toBe(DAY_90_CHECK_ID);
    expect(written.plannerLinks['RecordId']).toBe(PLANNER_LINK_ID);
  });

  it('reads a milestone not synced yet (task id absent, null or empty) with plannerTaskId null', () => {
    for (const value of [undefined, null, '']) {
      const fields = {
        ...milestoneToFields('e1', makeMilestone({ id: 'm1' })),
        PlannerTaskId: value,
      };
      expect(milestoneFromFields(fields).plannerTaskId).toBeNull();
    }
    const absent = makeMilestone({ id: 'm1' });
    delete (absent as { plannerTaskId?: unknown }).plannerTaskId;
    expect(milestoneToFields('e1', absent)['PlannerTaskId']).toBeNull();
  });

  it('reads cells someone cleared or mistyped in Microsoft Lists as safe values', () => {
    expect(milestoneFromFields({ RecordId: 'm1', Phase: 'Later', Owner: '?' })).toMatchObject({
      phase: 'discovery',
      owner: 'joint',
      checklist: [],
      startDay: 0,
    });
    expect(day90FromFields({ Routine: 'Maybe' }).routine).toBe('unanswered');
    expect(plannerLinkFromFields({ PlannerTasks: '' })).toMatchObject({
      tasks: {},
      bucketIds: { discovery: '', 'tool-deployment': '', stabilization: '' },
    });
    expect(plannerLinkFromFields({ PlannerTasks: '' }).damage).toBeUndefined();
  });

  it('issue 13 item 6: shows a checklist broken in Microsoft Lists as broken, naming the record, and never writes over it', () => {
    for (const broken of ['not json', '[{"id":"a","title":"T","done":"yes"}, 3, null]']) {
      const read = milestoneFromFields({ RecordId: 'm1', Title: 'Kick-off', Checklist: broken });
      expect(read.checklist).toStrictEqual([]);
      expect(read.damage).toMatch(
        /^The checklist of “Kick-off” \(record m1\) in Tandem milestones/,
      );
      // Progress moves on; the broken column is left for a person to mend.
      const fields = milestoneToFields('e1', { ...read, percentComplete: 50 });
      expect(fields).not.toHaveProperty('Checklist');
      expect(fields['PercentComplete']).toBe(50);
    }
  });

  it('issue 13 item 6: shows a Planner task list broken in Microsoft Lists as broken, and never writes over it', () => {
    const read = plannerLinkFromFields({
      RecordId: 'planner-link',
      PlannerTasks: '{"m1":{"taskId":"t1","etag":"W/1"},"m2":"t2"}',
    });
    expect(read.tasks).toStrictEqual({});
    expect(read.damage).toMatch(
      /record planner-link in Tandem Planner link.*create every task again/,
    );
    expect(plannerLinkToFields('e1', read)).not.toHaveProperty('PlannerTasks');
  });

  it('refuses a checklist longer than a multi-line text column holds, and a bad answer date', () => {
    const long = makeMilestone({
      id: 'm1',
      checklist: [{ id: 'x', title: 'x'.repeat(NOTE_MAX_LENGTH), done: false }],
    });
    expect(() => milestoneToFields('e1', long)).toThrow(StoreError);
    expect(() =>
      day90ToFields('e1', {
        id: DAY_90_CHECK_ID,
        routine: 'yes',
        renegotiationPlanned: false,
        note: '',
        answeredOn: '2026-02-30',
        answeredBy: '',
      }),
    ).toThrow(/Answered on must be a real date/);
  });
});
