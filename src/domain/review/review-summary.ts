import { plural } from '../plural';
import type { Review } from './review-record';

/**
 * Every count a review shows, computed once: the review screen, the printed review, the channel
 * card and its HTML fallback all read them from here, so they always agree. Ownership moves are
 * counted only against an earlier review; a first review has none to compare with (`first`), and
 * says so instead of "0 ownership moves" next to the scope creep the change log shows.
 */
export interface ReviewCounts {
  /** No earlier review: the whole matrix is "added", and there are no moves to count. */
  readonly first: boolean;
  readonly activeRows: number;
  readonly added: number;
  readonly archived: number;
  readonly renamed: number;
  readonly moves: number;
  readonly joint: { readonly before: number; readonly after: number };
  readonly findings: number;
  readonly scopeCreep: {
    readonly total: number;
    readonly renegotiated: number;
    readonly notRenegotiated: number;
  };
  readonly decisions: number;
  readonly tools: number;
  readonly channels: number;
}

export function reviewCounts(review: Review): ReviewCounts {
  const renegotiated = review.scopeCreep.filter((entry) => entry.renegotiated).length;
  return {
    first: review.previousReviewId === null,
    activeRows: review.snapshot.rows.filter((row) => !row.archived).length,
    added: review.diff.added.length,
    archived: review.diff.archived.length,
    renamed: review.diff.renamed.length,
    moves: review.diff.moves.length,
    joint: review.diff.jointCount,
    findings: review.snapshot.findings.length,
    scopeCreep: {
      total: review.scopeCreep.length,
      renegotiated,
      notRenegotiated: review.scopeCreep.length - renegotiated,
    },
    decisions: review.decisions.length,
    tools: review.snapshot.tools.length,
    channels: review.snapshot.channels.length,
  };
}

/** "12 ownership moves", or what a first review says instead. */
export function movesSentence(counts: ReviewCounts): string {
  return counts.first
    ? 'First review: no earlier review to compare owners with'
    : plural(counts.moves, 'ownership move');
}
