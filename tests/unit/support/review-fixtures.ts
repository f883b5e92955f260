import { signOff, type ReviewResult } from '../../../src/domain/review/review';
import { type Review } from '../../../src/domain/review/review-record';

/** The two leads the review tests use: Ian for the internal side, Megan for the MSP. */
export const IAN = { name: 'Ian', upn: 'ian@contoso.example' };
export const MEGAN = { name: 'Megan', upn: 'megan@fabrikam.example' };

/** The review of a result the test expects to succeed; a refusal fails the test with its message. */
export const ok = (result: ReviewResult): Review => {
  if (!result.ok) throw new Error(result.error.message);
  return result.review;
};

/** `review` signed by Ian, then Megan, on its own date. */
export const signedByBoth = (review: Review): Review =>
  ok(
    signOff(
      ok(signOff(review, 'internal', { ...IAN, at: `${review.date}T10:00:00.000Z` })),
      'msp',
      {
        ...MEGAN,
        at: `${review.date}T11:00:00.000Z`,
      },
    ),
  );
