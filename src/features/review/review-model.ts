import type { Engagement } from '../../domain/engagement/engagement';
import { isFullySigned } from '../../domain/review/review';
import { type Review } from '../../domain/review/review-record';
import type { MoveDirection } from '../../domain/review/review-diff';
import { SIDE_LABELS, type Side } from '../../domain/matrix/roles';
import {
  plainEngagement,
  withoutVersion,
  type StoredEngagement,
  type Versioned,
} from '../../ports/engagement-store';

/**
 * Newest first: by review date; on the same day a review made after another (its previous) comes
 * first; then by id, so the order is stable.
 */
export function reviewsNewestFirst<T extends Review>(reviews: readonly T[]): T[] {
  return [...reviews].sort((a, b) => {
    if (a.date !== b.date) return a.date < b.date ? 1 : -1;
    if (a.previousReviewId === b.id) return -1;
    if (b.previousReviewId === a.id) return 1;
    return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  });
}

/** The review a new one is diffed against: the latest by date (other than `except`). */
export function latestReview(
  reviews: readonly Versioned<Review>[],
  except: string | null = null,
): Review | null {
  const latest = reviewsNewestFirst(reviews.filter((review) => review.id !== except))[0];
  return latest ? withoutVersion(latest) : null;
}

/**
 * The engagement as the domain sees it, without the store's versions: a review's snapshot is
 * stored inside the review record, so it must not carry the versions its rows had that day.
 */
export function engagementForReview(stored: StoredEngagement): Engagement {
  return plainEngagement(stored);
}

export type ReviewState = 'draft' | 'signed';

export const reviewState = (review: Review): ReviewState =>
  isFullySigned(review) ? 'signed' : 'draft';

/** A draft nobody has signed yet can still be refreshed or discarded. */
export const isUntouchedDraft = (review: Review): boolean =>
  review.signOffs.internal === null && review.signOffs.msp === null;

export { SIDE_LABELS };

export const DIRECTION_LABELS: Record<MoveDirection, string> = {
  'toward-msp': 'Toward the MSP',
  'toward-internal': 'Toward internal IT',
  'into-joint': 'Into joint',
  'out-of-joint': 'Out of joint',
  'to-unassigned': 'To unassigned',
};

/** "Internal IT signed · MSP not yet" — the sign-off state in words. */
export function signOffSummary(review: Review): string {
  const part = (side: Side) =>
    `${SIDE_LABELS[side]} ${review.signOffs[side] ? 'signed' : 'not yet'}`;
  return `${part('internal')} · ${part('msp')}`;
}

/** An ISO timestamp as the user's local date and time, e.g. "15 Oct 2026, 12:00". */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
