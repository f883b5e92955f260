import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_FIT_INPUTS,
  FIT_LABELS,
  assessFit,
  type FitInputs,
  type FitRecommendation,
} from '../../../../src/domain/fit/fit-assessment';

const inputs = (overrides: Partial<FitInputs>): FitInputs => ({
  ...DEFAULT_FIT_INPUTS,
  ...overrides,
});

const fitInputsArb: fc.Arbitrary<FitInputs> = fc.record({
  internalItHeadcount: fc.oneof(fc.integer({ min: -3, max: 50 }), fc.double({ noNaN: false })),
  internalHasSpecialists: fc.boolean(),
  internalCompetentButStretched: fc.boolean(),
  wantsToKeepInternalRelationships: fc.boolean(),
  lacksSpecificCapabilities: fc.boolean(),
  complianceObligationWithoutTime: fc.boolean(),
  growingFasterThanHiring: fc.boolean(),
  internalResistsOutsideHelp: fc.boolean(),
});

const allSignals = {
  internalCompetentButStretched: true,
  wantsToKeepInternalRelationships: true,
  lacksSpecificCapabilities: true,
  complianceObligationWithoutTime: true,
  growingFasterThanHiring: true,
};

describe('assessFit', () => {
  it('recommends managed IT with no internal IT staff, whatever else is true', () => {
    const result = assessFit(
      inputs({ internalItHeadcount: 0, ...allSignals, internalResistsOutsideHelp: true }),
    );
    expect(result.recommendation).toBe('managed-it');
    expect(result.headline).toBe('Managed IT, not co-managed');
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toContain("You don't have any internal IT staff");
  });

  it('asks to resolve the internal-IT concern first when the internal person resists', () => {
    const result = assessFit(
      inputs({ internalItHeadcount: 1, ...allSignals, internalResistsOutsideHelp: true }),
    );
    expect(result.recommendation).toBe('resolve-internal-concern-first');
    expect(result.headline).toBe('Resolve the internal-IT concern first');
    expect(result.reasons[0]).toMatch(/resolved before co-managed will work/);
  });

  it('recommends targeted consulting for 5+ staff including specialists, at the boundary', () => {
    const at5 = assessFit(
      inputs({ internalItHeadcount: 5, internalHasSpecialists: true, ...allSignals }),
    );
    expect(at5.recommendation).toBe('targeted-consulting');
    expect(at5.reasons[0]).toContain('(5 people) including specialists');
    const at4 = assessFit(
      inputs({ internalItHeadcount: 4, internalHasSpecialists: true, ...allSignals }),
    );
    expect(at4.recommendation).toBe('co-managed');
  });

  it('does not treat 5+ staff without specialists as fully staffed', () => {
    const result = assessFit(
      inputs({
        internalItHeadcount: 8,
        internalHasSpecialists: false,
        lacksSpecificCapabilities: true,
      }),
    );
    expect(result.recommendation).toBe('co-managed');
    expect(result.reasons).toEqual([
      'Your internal team lacks specific capabilities (cybersecurity, compliance, after-hours coverage).',
    ]);
  });

  it.each([1, 2, 3])(
    'recommends co-managed for %i stretched internal IT staff, with reasons',
    (count) => {
      const result = assessFit(
        inputs({ internalItHeadcount: count, internalCompetentButStretched: true }),
      );
      expect(result.recommendation).toBe('co-managed');
      expect(result.headline).toBe('Co-managed IT fits');
      expect(result.reasons).toEqual([
        `You have ${count} internal IT ${count === 1 ? 'person' : 'people'} — the one-to-three range co-managed is made for.`,
        'Your internal IT staff are competent but stretched thin.',
      ]);
    },
  );

  it('lists every fit signal that applies, in the seed’s order', () => {
    const result = assessFit(inputs({ internalItHeadcount: 2, ...allSignals }));
    expect(result.recommendation).toBe('co-managed');
    expect(result.reasons).toHaveLength(6);
    expect(result.reasons.map((reason) => reason.split(' ').slice(0, 2).join(' '))).toEqual([
      'You have',
      'Your internal',
      'You want',
      'Your internal',
      "You're under",
      "You're growing",
    ]);
  });

  it('falls back to targeted consulting when no need applies (headcount alone is not a need)', () => {
    const result = assessFit(inputs({ internalItHeadcount: 2 }));
    expect(result.recommendation).toBe('targeted-consulting');
    expect(result.reasons[0]).toMatch(/None of the signals/);
  });

  it('recommends co-managed for a single need signal', () => {
    for (const key of Object.keys(allSignals) as (keyof typeof allSignals)[]) {
      expect(assessFit(inputs({ internalItHeadcount: 1, [key]: true })).recommendation).toBe(
        'co-managed',
      );
    }
  });

  it('always gives one of the four recommendations, its label as headline, and at least one reason (property)', () => {
    const four: FitRecommendation[] = [
      'co-managed',
      'managed-it',
      'targeted-consulting',
      'resolve-internal-concern-first',
    ];
    fc.assert(
      fc.property(fitInputsArb, (input) => {
        const result = assessFit(input);
        expect(four).toContain(result.recommendation);
        expect(result.headline).toBe(FIT_LABELS[result.recommendation]);
        expect(result.reasons.length).toBeGreaterThan(0);
        for (const reason of result.reasons) expect(reason.trim()).not.toBe('');
      }),
    );
  });

  it('follows the seed’s blocking conditions in order (property)', () => {
    fc.assert(
      fc.property(fitInputsArb, (input) => {
        const { recommendation } = assessFit(input);
        if (input.internalItHeadcount <= 0) expect(recommendation).toBe('managed-it');
        else if (input.internalResistsOutsideHelp)
          expect(recommendation).toBe('resolve-internal-concern-first');
        else if (input.internalItHeadcount >= 5 && input.internalHasSpecialists)
          expect(recommendation).toBe('targeted-consulting');
        else if (recommendation === 'co-managed') {
          const anyNeed =
            input.internalCompetentButStretched ||
            input.wantsToKeepInternalRelationships ||
            input.lacksSpecificCapabilities ||
            input.complianceObligationWithoutTime ||
            input.growingFasterThanHiring;
          expect(anyNeed).toBe(true);
        }
      }),
    );
  });

  it('defaults to one internal IT person and no signals', () => {
    expect(DEFAULT_FIT_INPUTS.internalItHeadcount).toBe(1);
    expect(assessFit(DEFAULT_FIT_INPUTS).recommendation).toBe('targeted-consulting');
  });
});
