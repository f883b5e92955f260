import { Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { Review } from '../../domain/review/review-record';
import { DiffSummary } from './DiffSummary';
import { ScopeCreepList } from './ScopeCreepList';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Step 1: what changed in the matrix since the previous review, and the scope creep. */
export function ChangesStep({ review }: { readonly review: Review }) {
  const styles = useStyles();
  return (
    <div className={styles.step}>
      <Subtitle1 as="h3">
        {review.previousReviewId ? 'Since the previous review' : 'First review: the whole matrix'}
      </Subtitle1>
      <DiffSummary diff={review.diff} engagementId={review.engagementId} />
      <Subtitle1 as="h3">Scope creep</Subtitle1>
      <ScopeCreepList entries={review.scopeCreep} engagementId={review.engagementId} />
    </div>
  );
}
