/** What the boundary reads of a review (structurally the stored Review, review-record.ts). */
interface SignedReview {
  readonly date: string;
  readonly quarter: string;
  readonly signOffs: {
    readonly internal: { readonly at: string } | null;
    readonly msp: { readonly at: string } | null;
  };
}

/**
 * Where "since the last review" starts, wherever Tandem computes it (health's scope-creep check, a
 * review's scope creep, the channel card that shows it): after the instant both leads had signed
 * the last review — the later of the two signatures — not after its date, so a move made later on
 * the day of the signature is never lost between two reviews. Without a signed review, a date
 * typed as the last review in the profile counts from the day after it; with neither, since the
 * start.
 */
export type ReviewBoundary =
  | { readonly kind: 'signed'; readonly at: string; readonly quarter: string }
  | { readonly kind: 'date'; readonly date: string }
  | null;

/** When both leads had signed `review` (the later signature), or null while one has not. */
export function signedAt(review: Pick<SignedReview, 'signOffs'>): string | null {
  const { internal, msp } = review.signOffs;
  if (!internal || !msp) return null;
  return Date.parse(internal.at) >= Date.parse(msp.at) ? internal.at : msp.at;
}

/** The boundary a review starts from: its predecessor's signature, or its date if unsigned. */
export function boundaryAfter(previous: SignedReview | null): ReviewBoundary {
  if (!previous) return null;
  const at = signedAt(previous);
  return at
    ? { kind: 'signed', at, quarter: previous.quarter }
    : { kind: 'date', date: previous.date };
}

/**
 * The boundary of the engagement today: the last review both leads signed, unless the profile's
 * last review date (typed by a person, for a review held outside Tandem) is a later day.
 */
export function sinceLastReview(
  reviews: readonly SignedReview[],
  lastReviewDate: string | null,
): ReviewBoundary {
  let last: { at: string; quarter: string } | null = null;
  for (const review of reviews) {
    const at = signedAt(review);
    if (at && (last === null || Date.parse(at) > Date.parse(last.at)))
      last = { at, quarter: review.quarter };
  }
  if (last && !(lastReviewDate && lastReviewDate > last.at.slice(0, 10)))
    return { kind: 'signed', ...last };
  return lastReviewDate ? { kind: 'date', date: lastReviewDate } : null;
}

/** Whether a change logged at `at` (ISO timestamp) comes after the boundary. */
export function isAfterBoundary(at: string, boundary: ReviewBoundary): boolean {
  if (boundary === null) return true;
  if (boundary.kind === 'signed') return Date.parse(at) > Date.parse(boundary.at);
  return at.slice(0, 10) > boundary.date;
}

/** "the 2026 Q4 review was signed", "the review of 2026-10-05", "the start". */
export function describeBoundary(boundary: ReviewBoundary): string {
  if (boundary === null) return 'the start';
  return boundary.kind === 'signed'
    ? `the ${boundary.quarter} review was signed`
    : `the review of ${boundary.date}`;
}
