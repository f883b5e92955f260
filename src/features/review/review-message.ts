import { buildReviewMessage, type ReviewMessage } from './card/review-card';
import type { EngagementProfile } from '../../domain/engagement/profile';
import type { Review } from '../../domain/review/review-record';
import type { ChannelAccess } from '../shared/services-context';
import { reviewSubPageId } from '../shared/use-hash-route';

/**
 * The channel post of a review: the card and its fallback body (domain/review-card.ts), with a
 * Teams deep link back to the review in the tab when there is a channel (none in local mode).
 */
export function reviewMessage(
  review: Review,
  profile: Pick<EngagementProfile, 'customer' | 'mspName'>,
  channel: ChannelAccess | undefined,
): ReviewMessage {
  const deepLink =
    channel?.deepLinkTo(reviewSubPageId(review.id), `Quarterly review ${review.quarter}`) ?? null;
  return buildReviewMessage({
    review,
    customer: profile.customer,
    mspName: profile.mspName,
    deepLink,
  });
}
