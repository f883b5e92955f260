import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DAY_90_CHECK_ID,
  PHASES,
  ROUTINE_DAY,
  milestoneAssignees,
  phaseById,
  sortMilestones,
} from '../../../../src/domain/plan/plan';
import { DEFAULT_MILESTONES, defaultPlan } from '../../../../src/domain/plan/plan-template';
import { validateMilestone } from '../../../../src/domain/plan/plan-edits';
import { milestoneDates } from '../../../../src/domain/plan/plan-status';
import { addDays } from '../../../../src/domain/plan/plan-dates';
import { isoDateArb, makeProfile } from '../../support/arbitraries';

const titles = () =>
  DEFAULT_MILESTONES.flatMap((m) => [m.name, ...m.checklist.map((i) => i.title)]);

describe('phases', () => {
  it('are the seed’s three, with its day ranges', () => {
    expect(PHASES.map((p) => [p.name, p.startDay, p.endDay])).toEqual([
      ['Discovery and documentation', 1, 14],
      ['Tool deployment', 14, 45],
      ['Stabilization and refinement', 45, 90],
    ]);
    expect(ROUTINE_DAY).toBe(90);
    expect(() => phaseById('nope' as never)).toThrow(RangeError);
  });
});

describe('default plan', () => {
  it('starts with every milestone not started and the day-90 check unanswered', () => {
    const plan = defaultPlan();
    expect(plan.milestones).toHaveLength(12);
    expect(plan.milestones.every((m) => m.percentComplete === 0)).toBe(true);
    expect(plan.milestones.every((m) => m.plannerTaskId === null)).toBe(true);
    expect(plan.milestones.flatMap((m) => m.checklist).every((i) => !i.done)).toBe(true);
    expect(plan.day90Check).toEqual({
      id: DAY_90_CHECK_ID,
      routine: 'unanswered',
      renegotiationPlanned: false,
      note: '',
      answeredOn: null,
      answeredBy: '',
    });
  });

  it('has stable, unique ids for milestones and checklist items, and is plain JSON', () => {
    const ids = DEFAULT_MILESTONES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('discovery-catalog');
    expect(ids).toContain('stabilize-day-90-review');
    const itemIds = DEFAULT_MILESTONES.flatMap((m) => m.checklist.map((i) => i.id));
    expect(new Set(itemIds).size).toBe(itemIds.length);
    expect(JSON.parse(JSON.stringify(defaultPlan()))).toEqual(defaultPlan());
  });

  it('passes its own validation', () => {
    for (const milestone of DEFAULT_MILESTONES)
      expect(validateMilestone(milestone, DEFAULT_MILESTONES)).toEqual({});
  });

  it('covers the seed’s first 90 days in its words', () => {
    const text = titles().join('\n');
    for (const thing of ['servers', 'networks', 'applications', 'users', 'vendors', 'contracts'])
      expect(text).toContain(`Catalog ${thing}`);
    for (const phrase of [
      'day-to-day workflows',
      'Build the responsibility matrix',
      'Interview the internal IT lead',
      'feels threatened',
      'additive, not competitive',
      'RMM agent',
      'EDR',
      'email security',
      'Backup with immutable storage',
      'Monitoring / SIEM',
      'awareness training',
      'Patch management',
      'Documentation platform (IT Glue or similar)',
      'operating alongside',
      'Decide which overlapping tools to keep',
      'don’t run both for years',
      'MSP takes on the work assigned in the matrix',
      'communication rhythm',
      'Pick two',
      'initial cybersecurity findings',
      'Day-90 review',
      'feel routine',
      'renegotiation',
    ])
      expect(text).toContain(phrase);
  });

  it('ends with the day-90 review, due on day 90 and owned jointly', () => {
    const review = DEFAULT_MILESTONES.find((m) => m.id === 'stabilize-day-90-review')!;
    expect(review).toMatchObject({ phase: 'stabilization', dueDay: 90, owner: 'joint' });
    expect(sortMilestones(DEFAULT_MILESTONES).at(-1)!.id).toBe('stabilize-day-90-review');
  });

  it('gives every phase milestones, each inside its phase’s day range', () => {
    for (const phase of PHASES) {
      const own = DEFAULT_MILESTONES.filter((m) => m.phase === phase.id);
      expect(own.length).toBeGreaterThan(0);
      for (const m of own) {
        expect(m.startDay).toBeGreaterThanOrEqual(phase.startDay);
        expect(m.dueDay).toBeLessThanOrEqual(phase.endDay);
        expect(m.startDay).toBeLessThanOrEqual(m.dueDay);
      }
    }
  });

  it('puts every milestone’s dates inside its phase’s dates, whatever the start date (property)', () => {
    fc.assert(
      fc.property(isoDateArb, (start) => {
        for (const m of DEFAULT_MILESTONES) {
          const phase = phaseById(m.phase);
          const { startDate, dueDate } = milestoneDates(m, start);
          expect(startDate >= addDays(start, phase.startDay - 1)).toBe(true);
          expect(dueDate <= addDays(start, phase.endDay - 1)).toBe(true);
          expect(startDate <= dueDate).toBe(true);
        }
      }),
    );
  });

  it('shifts every date by N when the start date moves by N days (property)', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -400, max: 400 }), (start, shift) => {
        const moved = addDays(start, shift);
        for (const m of DEFAULT_MILESTONES) {
          const before = milestoneDates(m, start);
          const after = milestoneDates(m, moved);
          expect(after.startDate).toBe(addDays(before.startDate, shift));
          expect(after.dueDate).toBe(addDays(before.dueDate, shift));
        }
      }),
    );
  });
});

describe('milestoneAssignees', () => {
  const profile = makeProfile({
    internalLead: { name: 'Dana Internal', upn: 'dana@contoso.com' },
    mspLead: { name: 'Sam MSP', upn: 'sam@fabrikam.com' },
  });

  it('assigns the owning side’s lead, and both leads to joint work', () => {
    expect(milestoneAssignees('internal', profile).map((l) => l.upn)).toEqual(['dana@contoso.com']);
    expect(milestoneAssignees('msp', profile).map((l) => l.upn)).toEqual(['sam@fabrikam.com']);
    expect(milestoneAssignees('joint', profile).map((l) => l.upn)).toEqual([
      'dana@contoso.com',
      'sam@fabrikam.com',
    ]);
  });

  it('leaves out a lead the profile does not name yet', () => {
    expect(milestoneAssignees('joint', makeProfile())).toEqual([]);
  });
});
