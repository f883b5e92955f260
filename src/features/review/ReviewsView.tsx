import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { withoutVersion } from '../../ports/engagement-store';
import { useOpenEngagement } from '../shared/engagement-context';
import type { ViewProps } from '../shared/view-props';
import { CompareReviews } from './CompareReviews';
import { ReviewHistory } from './ReviewHistory';
import { ReviewPage } from './ReviewPage';

/**
 * Quarterly reviews (issue 6): the history, one review walked through as steps (what changed,
 * findings, decisions, sign-off, the channel post), and two reviews side by side. Which one is on
 * screen lives in the route (`?review=<id>`, `?compare=<a>,<b>`) so Teams deep links land on it.
 */
export function ReviewsView({ route, navigate }: ViewProps) {
  const { engagement } = useOpenEngagement();
  const toHistory = () => navigate({ view: 'reviews' });
  const find = (id: string) => engagement.reviews.find((review) => review.id === id);

  if (route.compare) {
    const [a, b] = route.compare.map(find);
    if (a && b) {
      return (
        <CompareReviews first={withoutVersion(a)} second={withoutVersion(b)} onBack={toHistory} />
      );
    }
    return <Missing what="One of the reviews to compare" onBack={toHistory} />;
  }
  if (route.reviewId) {
    const review = find(route.reviewId);
    if (!review) return <Missing what="This review" onBack={toHistory} />;
    return <ReviewPage key={review.id} review={withoutVersion(review)} onBack={toHistory} />;
  }
  return (
    <ReviewHistory
      openReview={(reviewId) => navigate({ view: 'reviews', reviewId })}
      compare={(pair) => navigate({ view: 'reviews', compare: pair })}
    />
  );
}

function Missing({ what, onBack }: { readonly what: string; readonly onBack: () => void }) {
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        {what} is not in this engagement (it may have been discarded).
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onBack}>Show all reviews</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
