import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PHASES, phaseById } from '../../../../src/domain/plan/plan';
import { addDays } from '../../../../src/domain/plan/plan-dates';
import {
  daysLeft,
  describeMilestones,
  milestoneStatus,
  phaseProgress,
  planProgress,
  timelineLastDay,
  todayMarker,
  type MilestoneStatus,
} from '../../../../src/domain/plan/plan-status';
import { DEFAULT_MILESTONES } from '../../../../src/domain/plan/plan-template';
import { isoDateArb } from '../../support/arbitraries';
import { makeMilestone, milestonesArb, percentArb } from '../../support/plan-arbitraries';

const START = '2026-09-01';
/** Due on day 14 = 2026-09-14. */
const m = (percentComplete: number, dueDay = 14) =>
  makeMilestone({ id: 'm', percentComplete, dueDay });

describe('milestone status', () => {
  it('is not started at 0 %, in progress above, done at 100 %', () => {
    expect(milestoneStatus(m(0), START, '2026-09-05')).toBe('not-started');
    expect(milestoneStatus(m(1), START, '2026-09-05')).toBe('in-progress');
    expect(milestoneStatus(m(50), START, '2026-09-05')).toBe('in-progress');
    expect(milestoneStatus(m(100), START, '2026-09-05')).toBe('done');
  });

  it('is overdue the day after its due date unless done, and on time on the due date', () => {
    expect(milestoneStatus(m(50), START, '2026-09-14')).toBe('in-progress');
    expect(milestoneStatus(m(50), START, '2026-09-15')).toBe('overdue');
    expect(milestoneStatus(m(0), START, '2026-09-15')).toBe('overdue');
    expect(milestoneStatus(m(100), START, '2027-01-01')).toBe('done');
  });

  it('tolerates progress outside 0–100 from an outside source', () => {
    expect(milestoneStatus(m(140), START, '2026-09-05')).toBe('done');
    expect(milestoneStatus(m(-5), START, '2026-09-05')).toBe('not-started');
    expect(milestoneStatus(m(Number.NaN), START, '2026-09-05')).toBe('not-started');
  });

  it('counts days left to the due date, negative once past', () => {
    expect(daysLeft(m(0), START, '2026-09-01')).toBe(13);
    expect(daysLeft(m(0), START, '2026-09-14')).toBe(0);
    expect(daysLeft(m(0), START, '2026-09-20')).toBe(-6);
  });

  it('never goes backwards as progress grows (property)', () => {
    const rank: Record<MilestoneStatus, number> = {
      'not-started': 0,
      overdue: 0,
      'in-progress': 1,
      done: 2,
    };
    fc.assert(
      fc.property(
        isoDateArb,
        isoDateArb,
        fc.integer({ min: 1, max: 365 }),
        percentArb,
        percentArb,
        (start, today, dueDay, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const before = milestoneStatus(m(low, dueDay), start, today);
          const after = milestoneStatus(m(high, dueDay), start, today);
          expect(rank[after]).toBeGreaterThanOrEqual(rank[before]);
          // Overdue depends on the date only: more progress short of 100 % keeps it overdue.
          if (before === 'overdue') expect(after === 'overdue' || after === 'done').toBe(true);
          expect(after === 'done').toBe(high === 100);
        },
      ),
    );
  });

  it('is overdue exactly when not done and today is after the due date (property)', () => {
    fc.assert(
      fc.property(
        isoDateArb,
        fc.integer({ min: -30, max: 400 }),
        percentArb,
        (start, offset, p) => {
          const today = addDays(start, offset);
          const status = milestoneStatus(m(p), start, today);
          expect(status === 'overdue').toBe(p < 100 && offset + 1 > 14);
          expect(daysLeft(m(p), start, today)).toBe(14 - (offset + 1));
        },
      ),
    );
  });
});

describe('describeMilestones', () => {
  it('gives dates, status, days left and ticks, in plan order', () => {
    const list = describeMilestones(
      [
        makeMilestone({ id: 'b', phase: 'stabilization', startDay: 45, dueDay: 60 }),
        makeMilestone({
          id: 'a',
          startDay: 1,
          dueDay: 5,
          checklist: [
            { id: 'x', title: 'X', done: true },
            { id: 'y', title: 'Y', done: false },
          ],
        }),
      ],
      START,
      '2026-09-10',
    );
    expect(list.map((item) => item.milestone.id)).toEqual(['a', 'b']);
    expect(list[0]).toMatchObject({
      status: 'overdue',
      startDate: '2026-09-01',
      dueDate: '2026-09-05',
      daysLeft: -5,
      checklistDone: 1,
    });
    expect(list[1]).toMatchObject({ status: 'not-started', dueDate: '2026-10-30', daysLeft: 50 });
  });
});

describe('phase progress', () => {
  it('averages its milestones’ progress and counts done and overdue', () => {
    const milestones = [
      makeMilestone({ id: 'a', percentComplete: 100, dueDay: 5 }),
      makeMilestone({ id: 'b', percentComplete: 50, dueDay: 5 }),
      makeMilestone({ id: 'c', percentComplete: 0, dueDay: 14 }),
      makeMilestone({ id: 'other', phase: 'stabilization', percentComplete: 100 }),
    ];
    const progress = phaseProgress(phaseById('discovery'), milestones, START, '2026-09-10');
    expect(progress).toMatchObject({
      milestones: 3,
      done: 1,
      overdue: 1,
      progress: 0.5,
      state: 'current',
      startDate: '2026-09-01',
      endDate: '2026-09-14',
    });
  });

  it('is 0 for a phase without milestones', () => {
    expect(phaseProgress(phaseById('tool-deployment'), [], START, START).progress).toBe(0);
  });

  it('says whether a phase is upcoming, current (shared edge days included) or finished', () => {
    const states = (today: string) => planProgress([], START, today).map((p) => p.state);
    expect(states('2026-08-31')).toEqual(['upcoming', 'upcoming', 'upcoming']);
    expect(states('2026-09-14')).toEqual(['current', 'current', 'upcoming']); // day 14
    expect(states('2026-09-15')).toEqual(['finished', 'current', 'upcoming']);
    expect(states('2026-10-15')).toEqual(['finished', 'current', 'current']); // day 45
    expect(states('2026-11-30')).toEqual(['finished', 'finished', 'finished']); // day 91
  });

  it('stays within [0, 1], is 1 only when every milestone is done (property)', () => {
    fc.assert(
      fc.property(milestonesArb(), isoDateArb, isoDateArb, (milestones, start, today) => {
        for (const progress of planProgress(milestones, start, today)) {
          expect(progress.progress).toBeGreaterThanOrEqual(0);
          expect(progress.progress).toBeLessThanOrEqual(1);
          expect(progress.done + progress.overdue).toBeLessThanOrEqual(progress.milestones);
          if (progress.milestones > 0)
            expect(progress.progress === 1).toBe(progress.done === progress.milestones);
        }
        expect(planProgress(milestones, start, today).map((p) => p.phase)).toEqual(PHASES);
      }),
    );
  });

  it('stays within [0, 1] even when Planner sends progress outside 0–100 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: false }), { maxLength: 6 }), (percents) => {
        const milestones = percents.map((p, i) =>
          makeMilestone({ id: `m${i}`, percentComplete: p }),
        );
        const { progress } = phaseProgress(phaseById('discovery'), milestones, START, START);
        expect(progress >= 0 && progress <= 1).toBe(true);
      }),
    );
  });

  it('shifts its dates with the start date (property)', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -400, max: 400 }), (start, shift) => {
        const before = planProgress(DEFAULT_MILESTONES, start, start);
        const after = planProgress(
          DEFAULT_MILESTONES,
          addDays(start, shift),
          addDays(start, shift),
        );
        after.forEach((phase, i) => {
          expect(phase.startDate).toBe(addDays(before[i]!.startDate, shift));
          expect(phase.endDate).toBe(addDays(before[i]!.endDate, shift));
          expect(phase.state).toBe(before[i]!.state);
        });
      }),
    );
  });
});

describe('timeline and today marker', () => {
  it('spans 90 days unless a milestone is due later', () => {
    expect(timelineLastDay([])).toBe(90);
    expect(timelineLastDay(DEFAULT_MILESTONES)).toBe(90);
    expect(timelineLastDay([makeMilestone({ id: 'late', dueDay: 120 })])).toBe(120);
  });

  it('puts today where its day starts, clamped before and after the timeline', () => {
    expect(todayMarker(START, '2026-09-01', 90)).toEqual({ day: 1, position: 0, where: 'during' });
    expect(todayMarker(START, '2026-10-16', 90)).toEqual({
      day: 46,
      position: 0.5,
      where: 'during',
    });
    expect(todayMarker(START, '2026-08-20', 90)).toMatchObject({ position: 0, where: 'before' });
    expect(todayMarker(START, '2027-01-01', 90)).toMatchObject({
      day: 123,
      position: 1,
      where: 'after',
    });
  });

  it('moves with today, not with the start date alone (property)', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -50, max: 200 }), (start, offset) => {
        const marker = todayMarker(start, addDays(start, offset), 90);
        expect(marker.day).toBe(offset + 1);
        expect(marker.position).toBeGreaterThanOrEqual(0);
        expect(marker.position).toBeLessThanOrEqual(1);
        const later = todayMarker(start, addDays(start, offset + 1), 90);
        expect(later.position).toBeGreaterThanOrEqual(marker.position);
      }),
    );
  });
});
