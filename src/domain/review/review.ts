import { canonical } from '../canonical';
import type { Engagement } from '../engagement/engagement';
import type { Review, ReviewDecision, ReviewPost, SignOff } from './review-record';
import { findHealthIssues } from '../health/health';
import { boundaryAfter } from './review-boundary';
import { diffRows, scopeCreepBetween, type ReviewDiff } from './review-diff';
import type { Side } from '../matrix/roles';
import { sameUpn } from '../matrix/row-ownership';
import { hash53, hex } from '../hash';
import { isIsoDate } from '../validation';
import { oneQuarterAfter, quarterOf, requireIsoDate } from './quarter';

/**
 * A quarterly responsibility-matrix review: a dated snapshot of the rows, tools and channels with
 * the health findings of that day, what changed since the previous review, the decisions taken and
 * the two leads' sign-off. A signature freezes the review: once one lead has signed, every edit
 * returns an error instead, and each signature carries the fingerprint of the content it consented
 * to. A review is plain JSON so a store can persist it as is.
 *
 * Pure: dates and timestamps come from the caller.
 */

export type ReviewErrorCode =
  | 'signed'
  /** Its stored record could not be read whole (Review.damage): nothing may change it. */
  | 'damaged'
  | 'not-lead'
  | 'already-signed'
  | 'invalid-date'
  | 'empty-decision'
  | 'duplicate-decision'
  | 'invalid-post'
  | 'unknown-finding'
  | 'changed-since-signed'
  | 'unknown-decision';

export interface ReviewError {
  readonly code: ReviewErrorCode;
  readonly message: string;
}

export type ReviewResult = { ok: true; review: Review } | { ok: false; error: ReviewError };

const fail = (code: ReviewErrorCode, message: string): ReviewResult => ({
  ok: false,
  error: { code, message },
});

export interface NewReviewInput {
  readonly id: string;
  readonly engagement: Engagement;
  /** ISO `YYYY-MM-DD`; the findings are computed as of this day. */
  readonly date: string;
  /** The engagement's last review, if any: the diff and the scope-creep window start there. */
  readonly previous: Review | null;
}

/**
 * A new, unsigned review of `engagement` as it stands. Without a previous review, the diff is
 * against an empty matrix (every active row is "added") and scope creep counts from the start.
 * Throws a RangeError when `date` is not an ISO date.
 */
export function createReview({ id, engagement, date, previous }: NewReviewInput): Review {
  requireIsoDate(date);
  const rows = engagement.rows;
  return {
    id,
    engagementId: engagement.id,
    date,
    quarter: quarterOf(date),
    leads: { internal: engagement.profile.internalLead, msp: engagement.profile.mspLead },
    snapshot: {
      rows,
      tools: engagement.tools,
      channels: engagement.channels,
      // Not the "review overdue" finding: this review is what answers it.
      findings: findHealthIssues({ engagement, today: date }).filter(
        (finding) => finding.check !== 'quarterly-review-overdue',
      ),
    },
    previousReviewId: previous?.id ?? null,
    diff: diffRows(previous?.snapshot.rows ?? [], rows),
    scopeCreep: scopeCreepBetween(engagement.changeLog, boundaryAfter(previous), date),
    decisions: [],
    signOffs: { internal: null, msp: null },
    nextReviewDate: oneQuarterAfter(date),
  };
}

/** Both leads have signed: the review is history and can no longer change. */
export function isFullySigned(review: Review): boolean {
  return review.signOffs.internal !== null && review.signOffs.msp !== null;
}

const SIDE_LABEL: Record<Side, string> = { internal: 'internal', msp: 'MSP' };

/**
 * A signature is consent to what was on the page: once one lead has signed, nothing on the review
 * may change (only the other lead's signature and the record of a post may follow).
 */
const refuseIfSigned = (review: Review): ReviewResult | null => {
  if (review.damage) return fail('damaged', review.damage);
  if (isFullySigned(review)) {
    return fail(
      'signed',
      `The ${review.quarter} review is signed by both leads and can no longer be changed.`,
    );
  }
  const side = (['internal', 'msp'] as const).find((s) => review.signOffs[s] !== null);
  if (!side) return null;
  const signer = review.signOffs[side]!;
  return fail(
    'signed',
    `${signer.name || signer.upn} signed the ${review.quarter} review for the ${SIDE_LABEL[side]} side, so it can no longer change: a signature is consent to what was on the page.`,
  );
};

/** Why the review can no longer change (someone signed it, or it is damaged), or null while it can. */
export function frozenReason(review: Review): string | null {
  const refused = refuseIfSigned(review);
  return refused && !refused.ok ? refused.error.message : null;
}

/**
 * A fingerprint of what a lead consents to by signing: everything on the review except the
 * signatures themselves and where its summary was posted. Twelve hex digits of a 53-bit hash —
 * it shows an accidental or out-of-app change, it is not a cryptographic seal.
 */
export function reviewFingerprint(review: Review): string {
  const { signOffs: _signOffs, post: _post, ...content } = review;
  return hex(hash53(JSON.stringify(canonical(content))), 12);
}

/**
 * A new snapshot for a draft (`fresh`, made by `createReview` with the draft's id), keeping the
 * draft's decisions, its next review date and the ticks on findings still there. Refused once
 * anyone has signed.
 */
export function renewReview(draft: Review, fresh: Review): ReviewResult {
  const refused = refuseIfSigned(draft);
  if (refused) return refused;
  const next = setNextReviewDate(fresh, draft.nextReviewDate);
  // Finding ids are stable for the same problem: ticks on findings still there carry over.
  const stillFound = new Set(fresh.snapshot.findings.map((finding) => finding.id));
  return {
    ok: true,
    review: {
      ...(next.ok ? next.review : fresh),
      decisions: draft.decisions,
      discussedFindingIds: (draft.discussedFindingIds ?? []).filter((id) => stillFound.has(id)),
    },
  };
}

/** Records a decision. Refused when the review is signed, the text is blank or the id is taken. */
export function addDecision(review: Review, decision: ReviewDecision): ReviewResult {
  const refused = refuseIfSigned(review);
  if (refused) return refused;
  const text = decision.text.trim();
  if (text === '') return fail('empty-decision', 'A decision needs some text.');
  if (review.decisions.some((existing) => existing.id === decision.id)) {
    return fail(
      'duplicate-decision',
      `The review already has a decision with id “${decision.id}”.`,
    );
  }
  return {
    ok: true,
    review: { ...review, decisions: [...review.decisions, { ...decision, text }] },
  };
}

/**
 * Changes a decision's text or owner before anyone has signed. Refused when the review is signed
 * (by either lead), the text is blank, or the review has no such decision.
 */
export function editDecision(
  review: Review,
  decisionId: string,
  change: Pick<ReviewDecision, 'text' | 'owner'>,
): ReviewResult {
  const refused = refuseIfSigned(review);
  if (refused) return refused;
  const text = change.text.trim();
  if (text === '') return fail('empty-decision', 'A decision needs some text.');
  if (!review.decisions.some((decision) => decision.id === decisionId))
    return fail('unknown-decision', `The ${review.quarter} review has no such decision.`);
  return {
    ok: true,
    review: {
      ...review,
      decisions: review.decisions.map((decision) =>
        decision.id === decisionId ? { ...decision, text, owner: change.owner } : decision,
      ),
    },
  };
}

/** Removes a decision before anyone has signed. Refused when signed or when there is no such one. */
export function removeDecision(review: Review, decisionId: string): ReviewResult {
  const refused = refuseIfSigned(review);
  if (refused) return refused;
  if (!review.decisions.some((decision) => decision.id === decisionId))
    return fail('unknown-decision', `The ${review.quarter} review has no such decision.`);
  return {
    ok: true,
    review: {
      ...review,
      decisions: review.decisions.filter((decision) => decision.id !== decisionId),
    },
  };
}

/** Moves the next review date. Refused when the review is signed or the date is not after it. */
export function setNextReviewDate(review: Review, nextReviewDate: string): ReviewResult {
  const refused = refuseIfSigned(review);
  if (refused) return refused;
  if (!isIsoDate(nextReviewDate) || nextReviewDate <= review.date) {
    return fail(
      'invalid-date',
      `The next review must be a date (YYYY-MM-DD) after this review’s ${review.date}.`,
    );
  }
  return { ok: true, review: { ...review, nextReviewDate } };
}

/**
 * Ticks (or unticks) one of the snapshot's findings as discussed. Refused when the review is signed
 * or the finding is not in its snapshot; ticking twice changes nothing.
 */
export function markFindingDiscussed(
  review: Review,
  findingId: string,
  discussed: boolean,
): ReviewResult {
  const refused = refuseIfSigned(review);
  if (refused) return refused;
  if (!review.snapshot.findings.some((finding) => finding.id === findingId)) {
    return fail(
      'unknown-finding',
      `The ${review.quarter} review has no finding “${findingId}”; take a new snapshot if the health findings changed.`,
    );
  }
  const others = (review.discussedFindingIds ?? []).filter((id) => id !== findingId);
  // Kept in the snapshot's order, so the same ticks always make the same record.
  const ticked = new Set(discussed ? [...others, findingId] : others);
  const discussedFindingIds = review.snapshot.findings
    .map((finding) => finding.id)
    .filter((id) => ticked.has(id));
  return { ok: true, review: { ...review, discussedFindingIds } };
}

/**
 * Signs the review for `side`. Only that side's lead (as recorded on the review, matched by UPN
 * ignoring case) may sign, once, at an ISO timestamp. Refused when both leads have already signed.
 */
export function signOff(review: Review, side: Side, signer: SignOff): ReviewResult {
  if (review.damage || isFullySigned(review)) return refuseIfSigned(review)!;
  const lead = review.leads[side];
  if (!sameUpn(lead.upn, signer.upn)) {
    return fail(
      'not-lead',
      `Only the ${SIDE_LABEL[side]} lead${lead.upn.trim() ? ` (${lead.upn})` : ''} can sign for the ${SIDE_LABEL[side]} side; ${signer.upn || 'a blank UPN'} is not that lead.`,
    );
  }
  if (!isIsoDate(signer.at.slice(0, 10))) {
    return fail('invalid-date', `A sign-off needs an ISO timestamp, not “${signer.at}”.`);
  }
  if (review.signOffs[side] !== null) {
    return fail('already-signed', `The ${SIDE_LABEL[side]} lead has already signed this review.`);
  }
  const fingerprint = reviewFingerprint(review);
  const other = review.signOffs[side === 'internal' ? 'msp' : 'internal'];
  if (other?.fingerprint && other.fingerprint !== fingerprint) {
    return fail(
      'changed-since-signed',
      `The ${review.quarter} review changed after ${other.name || other.upn} signed it (content ${other.fingerprint}, now ${fingerprint}): it cannot be signed as it is. Start a new review.`,
    );
  }
  return {
    ok: true,
    review: { ...review, signOffs: { ...review.signOffs, [side]: { ...signer, fingerprint } } },
  };
}

/**
 * What changed in the matrix from `previous` to `current` (any two reviews, in either order). The
 * record's own `diff` is this against its previous review, fixed when the review was made.
 */
export function diffReviews(previous: Review, current: Review): ReviewDiff {
  return diffRows(previous.snapshot.rows, current.snapshot.rows);
}

/**
 * Records that the review's summary was posted to the channel (replacing an earlier post's record
 * when it was posted again). Allowed on a signed review: posting publishes the content, it does not
 * change it. Refused when the message id is blank or `postedAt` is not an ISO timestamp.
 */
export function recordPost(review: Review, post: ReviewPost): ReviewResult {
  if (post.messageId.trim() === '') {
    return fail('invalid-post', 'A posted message needs the id Teams gave it.');
  }
  if (!isIsoDate(post.postedAt.slice(0, 10))) {
    return fail('invalid-date', `A post needs an ISO timestamp, not “${post.postedAt}”.`);
  }
  return { ok: true, review: { ...review, post: { ...post } } };
}
