import fc from 'fast-check';
import {
  MILESTONE_OWNERS,
  PHASE_IDS,
  UNANSWERED_DAY_90,
  type Day90Check,
  type Milestone,
  type PlanState,
} from '../../../src/domain/plan/plan';

/** fast-check arbitraries and builders for the 90-day plan tests (not a test file itself). */

export function makeMilestone(overrides: Partial<Milestone> & Pick<Milestone, 'id'>): Milestone {
  return {
    phase: 'discovery',
    name: `Milestone ${overrides.id}`,
    owner: 'msp',
    startDay: 1,
    dueDay: 14,
    checklist: [],
    percentComplete: 0,
    plannerTaskId: null,
    ...overrides,
  };
}

export function makePlan(
  milestones: readonly Milestone[],
  day90Check: Partial<Day90Check> = {},
): PlanState {
  return { milestones, day90Check: { ...UNANSWERED_DAY_90, ...day90Check } };
}

/** Days a milestone can be planned on (1–365), as an ordered pair. */
export const dayRangeArb: fc.Arbitrary<readonly [number, number]> = fc
  .tuple(fc.integer({ min: 1, max: 365 }), fc.integer({ min: 1, max: 365 }))
  .map(([a, b]): readonly [number, number] => (a <= b ? [a, b] : [b, a]));

export const percentArb = fc.integer({ min: 0, max: 100 });

/** Milestones with unique ids `m0..mN`, valid days and any progress. */
export const milestonesArb = (maxLength = 15): fc.Arbitrary<Milestone[]> =>
  fc
    .array(
      fc.record({
        phase: fc.constantFrom(...PHASE_IDS),
        owner: fc.constantFrom(...MILESTONE_OWNERS),
        days: dayRangeArb,
        percent: percentArb,
        ticks: fc.array(fc.boolean(), { maxLength: 5 }),
      }),
      { maxLength },
    )
    .map((specs) =>
      specs.map((spec, index) =>
        makeMilestone({
          id: `m${index}`,
          phase: spec.phase,
          owner: spec.owner,
          startDay: spec.days[0],
          dueDay: spec.days[1],
          percentComplete: spec.percent,
          checklist: spec.ticks.map((done, i) => ({
            id: `m${index}:${i}`,
            title: `Item ${i}`,
            done,
          })),
        }),
      ),
    );
