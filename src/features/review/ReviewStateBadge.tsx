import { Badge } from '@fluentui/react-components';
import type { Review } from '../../domain/review/review-record';
import { reviewState } from './review-model';

/**
 * "Draft", "Signed" or "Could not be read", in words and colour (the words carry it in high
 * contrast).
 */
export function ReviewStateBadge({ review }: { readonly review: Review }) {
  const state = reviewState(review);
  if (review.damage) {
    return (
      <Badge appearance="tint" color="danger">
        Could not be read
      </Badge>
    );
  }
  return (
    <Badge appearance="tint" color={state === 'signed' ? 'success' : 'warning'}>
      {state === 'signed' ? 'Signed' : 'Draft'}
    </Badge>
  );
}
