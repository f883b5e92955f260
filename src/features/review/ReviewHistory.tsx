import { useState } from 'react';
import {
  Body1,
  Button,
  Checkbox,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { quarterOf } from '../../domain/review/quarter';
import { useOpenEngagement } from '../shared/engagement-context';
import { useServices } from '../shared/services-context';
import { ReviewStateBadge } from './ReviewStateBadge';
import { reviewsNewestFirst, reviewState, signOffSummary } from './review-model';
import { useReviewActions } from './use-review-actions';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

interface Props {
  readonly openReview: (reviewId: string) => void;
  readonly compare: (pair: readonly [string, string]) => void;
}

/** Every review of the engagement, newest first; start the next one or compare any two. */
export function ReviewHistory({ openReview, compare }: Props) {
  const styles = useStyles();
  const { engagement } = useOpenEngagement();
  const { today } = useServices();
  const actions = useReviewActions();
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const reviews = reviewsNewestFirst(engagement.reviews);
  const draft = reviews.find((review) => reviewState(review) === 'draft');
  const quarter = quarterOf(today());

  const toggle = (id: string, checked: boolean) =>
    setChosen((current) =>
      checked ? [...current.filter((other) => other !== id), id] : current.filter((x) => x !== id),
    );
  // Older first, so the comparison reads as "from → to".
  const pair = reviews.filter((review) => chosen.includes(review.id)).reverse();

  return (
    <section className={styles.page} aria-labelledby="review-history-title">
      <Title2 as="h2" id="review-history-title">
        Quarterly reviews
      </Title2>
      <Body1>
        Each quarter both leads go through what changed in the matrix, the health findings and the
        scope creep since the last review, record decisions and sign off.
      </Body1>
      <div className={styles.bar}>
        {draft ? (
          <Button appearance="primary" onClick={() => openReview(draft.id)}>
            Continue the {draft.quarter} review
          </Button>
        ) : (
          <Button appearance="primary" onClick={() => openReview(actions.start().id)}>
            Start the {quarter} review
          </Button>
        )}
        {reviews.length > 1 && (
          <Button
            disabled={pair.length !== 2}
            onClick={() => {
              const [a, b] = pair;
              if (a && b) compare([a.id, b.id]);
            }}
          >
            Compare the two selected
          </Button>
        )}
      </div>
      {reviews.length === 0 ? (
        <Body1>No reviews yet.</Body1>
      ) : (
        <Table aria-label="Review history" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Quarter</TableHeaderCell>
              <TableHeaderCell>Date</TableHeaderCell>
              <TableHeaderCell>Sign-off</TableHeaderCell>
              <TableHeaderCell>State</TableHeaderCell>
              {reviews.length > 1 && <TableHeaderCell>Compare</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {reviews.map((review) => (
              <TableRow key={review.id} data-review-id={review.id}>
                <TableCell>
                  <Link onClick={() => openReview(review.id)}>{review.quarter} review</Link>
                </TableCell>
                <TableCell>{review.date}</TableCell>
                <TableCell>{signOffSummary(review)}</TableCell>
                <TableCell>
                  <ReviewStateBadge review={review} />
                </TableCell>
                {reviews.length > 1 && (
                  <TableCell>
                    <Checkbox
                      aria-label={`Compare the ${review.quarter} review of ${review.date}`}
                      checked={chosen.includes(review.id)}
                      disabled={!chosen.includes(review.id) && chosen.length >= 2}
                      onChange={(_, data) => toggle(review.id, data.checked === true)}
                    />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
