import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FITS_WHEN_KEYS,
  FIT_LABELS,
  FIT_QUESTION_KEYS,
  assessFit,
  cleanFitAnswers,
  type FitAnswers,
  type FitQuestionKey,
} from '../../../../src/domain/fit/fit-assessment';

/** Every question answered: the given ones as given, the rest "no". */
const allAnswered = (yes: Partial<Record<FitQuestionKey, boolean>> = {}): FitAnswers =>
  Object.fromEntries(FIT_QUESTION_KEYS.map((key) => [key, yes[key] ?? false]));

const allNeeds = Object.fromEntries(FITS_WHEN_KEYS.map((key) => [key, true])) as FitAnswers;

const answersArb: fc.Arbitrary<FitAnswers> = fc.record(
  Object.fromEntries(FIT_QUESTION_KEYS.map((key) => [key, fc.boolean()])) as Record<
    FitQuestionKey,
    fc.Arbitrary<boolean>
  >,
  { requiredKeys: [] },
);
const headcountArb = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -3, max: 50 }),
  fc.double({ noNaN: false }),
);

describe('issue 12 item 4: the fit assessment follows the seed and waits for answers', () => {
  it('says "not answered yet" for one internal IT person with nothing answered, instead of recommending', () => {
    const result = assessFit(1, {});
    expect(result.recommendation).toBe('not-answered');
    expect(result.headline).toBe('Not answered yet');
    expect(result.remaining).toEqual([...FITS_WHEN_KEYS, 'internalResistsOutsideHelp']);
  });

  it('never recommends targeted consulting below the seed’s "5+ people including specialists" (property)', () => {
    fc.assert(
      fc.property(headcountArb, answersArb, (count, answers) => {
        if (assessFit(count, answers).recommendation === 'targeted-consulting') {
          expect(count).toBeGreaterThanOrEqual(5);
          expect(answers.internalHasSpecialists).toBe(true);
        }
      }),
    );
  });

  it('says no need is shown when every "fits when" is answered no, rather than naming consulting', () => {
    const result = assessFit(2, allAnswered());
    expect(result.recommendation).toBe('no-need-shown');
    expect(result.reasons[0]).toMatch(/None of the reasons co-managed IT fits applies/);
  });

  it('waits for the resistance question before recommending co-managed', () => {
    const result = assessFit(2, { internalCompetentButStretched: true });
    expect(result.recommendation).toBe('not-answered');
    expect(result.remaining).toEqual(['internalResistsOutsideHelp']);
    expect(result.reasons[0]).toBe('Answer the last open question to see a recommendation.');
  });

  it('asks about specialists only for a team of five or more', () => {
    expect(
      assessFit(4, { lacksSpecificCapabilities: true, internalResistsOutsideHelp: false })
        .recommendation,
    ).toBe('co-managed');
    expect(
      assessFit(5, { lacksSpecificCapabilities: true, internalResistsOutsideHelp: false })
        .remaining,
    ).toEqual(['internalHasSpecialists']);
  });

  it('asks for the headcount first', () => {
    for (const count of [null, Number.NaN, -1, 1.5])
      expect(assessFit(count, allAnswered()).reasons[0]).toMatch(
        /Enter how many internal IT people/,
      );
  });
});

describe('assessFit: the seed’s rules', () => {
  it('recommends managed IT with no internal IT staff, whatever else is answered', () => {
    const result = assessFit(0, { ...allNeeds, internalResistsOutsideHelp: true });
    expect(result.recommendation).toBe('managed-it');
    expect(result.headline).toBe('Managed IT, not co-managed');
    expect(result.reasons).toEqual([
      "You don't have any internal IT staff — in that case you want managed IT, not co-managed.",
    ]);
    expect(assessFit(0, {}).recommendation).toBe('managed-it');
  });

  it('asks to resolve the internal-IT concern first when the internal person resists', () => {
    const result = assessFit(1, { ...allNeeds, internalResistsOutsideHelp: true });
    expect(result.recommendation).toBe('resolve-internal-concern-first');
    expect(result.reasons[0]).toMatch(/resolved before co-managed will work/);
  });

  it('recommends targeted consulting for 5+ staff including specialists, at the boundary', () => {
    const at5 = assessFit(5, allAnswered({ ...allNeeds, internalHasSpecialists: true }));
    expect(at5.recommendation).toBe('targeted-consulting');
    expect(at5.reasons[0]).toContain('(5 people) including specialists');
    const at4 = assessFit(4, allAnswered({ ...allNeeds, internalHasSpecialists: true }));
    expect(at4.recommendation).toBe('co-managed');
  });

  it('does not treat 5+ staff without specialists as fully staffed', () => {
    const result = assessFit(8, allAnswered({ lacksSpecificCapabilities: true }));
    expect(result.recommendation).toBe('co-managed');
    expect(result.reasons).toEqual([
      'You have 8 internal IT people, more than the one to three co-managed is made for — it fits here for the gaps below.',
      'Your internal team lacks specific capabilities (cybersecurity, compliance, after-hours coverage).',
    ]);
  });

  it.each([1, 2, 3])(
    'recommends co-managed for %i stretched internal IT staff, with reasons',
    (count) => {
      const result = assessFit(count, allAnswered({ internalCompetentButStretched: true }));
      expect(result.recommendation).toBe('co-managed');
      expect(result.reasons).toEqual([
        `You have ${count} internal IT ${count === 1 ? 'person' : 'people'} — the one-to-three range co-managed is made for.`,
        'Your internal IT staff are competent but stretched thin.',
      ]);
    },
  );

  it('lists every fit signal that applies, in the seed’s order', () => {
    const result = assessFit(2, allAnswered(allNeeds));
    expect(result.reasons.map((reason) => reason.split(' ').slice(0, 2).join(' '))).toEqual([
      'You have',
      'Your internal',
      'You want',
      'Your internal',
      "You're under",
      "You're growing",
    ]);
  });

  it('gives its label as headline and at least one reason; remaining questions only while not answered (property)', () => {
    fc.assert(
      fc.property(headcountArb, answersArb, (count, answers) => {
        const result = assessFit(count, answers);
        expect(result.headline).toBe(FIT_LABELS[result.recommendation]);
        expect(result.reasons.length).toBeGreaterThan(0);
        if (result.recommendation !== 'not-answered') expect(result.remaining).toEqual([]);
        for (const key of result.remaining) expect(answers[key]).toBeUndefined();
      }),
    );
  });

  it('follows the seed’s blocking conditions in order, and co-managed only with a need (property)', () => {
    fc.assert(
      fc.property(headcountArb, answersArb, (count, answers) => {
        const { recommendation } = assessFit(count, answers);
        if (count === null || !Number.isInteger(count) || count < 0)
          expect(recommendation).toBe('not-answered');
        else if (count === 0) expect(recommendation).toBe('managed-it');
        else if (answers.internalResistsOutsideHelp)
          expect(recommendation).toBe('resolve-internal-concern-first');
        else if (count >= 5 && answers.internalHasSpecialists)
          expect(recommendation).toBe('targeted-consulting');
        else if (recommendation === 'co-managed')
          expect(FITS_WHEN_KEYS.some((key) => answers[key])).toBe(true);
      }),
    );
  });
});

describe('cleanFitAnswers', () => {
  it('keeps known yes/no answers and drops anything else read back from storage', () => {
    expect(
      cleanFitAnswers({ internalHasSpecialists: true, growingFasterThanHiring: 'yes', evil: true }),
    ).toEqual({ internalHasSpecialists: true });
    expect(cleanFitAnswers('[1,2]')).toEqual({});
    expect(cleanFitAnswers(null)).toEqual({});
    expect(cleanFitAnswers([true])).toEqual({});
  });
});
