import { Body1, Link, Subtitle1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { diffReviews } from '../../domain/review/review';
import { type Review } from '../../domain/review/review-record';
import { DecisionList } from './DecisionList';
import { DiffSummary } from './DiffSummary';
import { ReviewFacts } from './ReviewFacts';
import { ReviewStateBadge } from './ReviewStateBadge';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
    gap: tokens.spacingHorizontalXL,
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

interface Props {
  readonly first: Review;
  readonly second: Review;
  readonly onBack: () => void;
}

/** Two reviews side by side, and what changed in the matrix from the first to the second. */
export function CompareReviews({ first, second, onBack }: Props) {
  const styles = useStyles();
  return (
    <section className={styles.page} aria-labelledby="compare-title">
      <Link onClick={onBack}>← All reviews</Link>
      <Title2 as="h2" id="compare-title">
        {first.quarter} ({first.date}) → {second.quarter} ({second.date})
      </Title2>
      <div className={styles.columns}>
        {[first, second].map((review, index) => (
          <section
            key={`${index}-${review.id}`}
            className={styles.column}
            aria-label={`${review.quarter} review of ${review.date}`}
          >
            <Subtitle1 as="h3">
              {review.quarter} review <ReviewStateBadge review={review} />
            </Subtitle1>
            <ReviewFacts review={review} />
            <Subtitle1 as="h4">Findings</Subtitle1>
            {review.snapshot.findings.length === 0 ? (
              <Body1>None.</Body1>
            ) : (
              <ul className={styles.list}>
                {review.snapshot.findings.map((finding) => (
                  <li key={finding.id}>{finding.title}</li>
                ))}
              </ul>
            )}
            <Subtitle1 as="h4">Decisions</Subtitle1>
            <DecisionList decisions={review.decisions} />
          </section>
        ))}
      </div>
      <Subtitle1 as="h3">
        What changed from {first.quarter} to {second.quarter}
      </Subtitle1>
      <DiffSummary diff={diffReviews(first, second)} engagementId={first.engagementId} />
    </section>
  );
}
