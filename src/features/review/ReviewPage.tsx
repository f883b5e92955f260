import { useState } from 'react';
import {
  Body1,
  Button,
  Link,
  Tab,
  TabList,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { frozenReason, isFullySigned } from '../../domain/review/review';
import { type Review } from '../../domain/review/review-record';
import { ChangesStep } from './ChangesStep';
import { DecisionsStep } from './DecisionsStep';
import { FindingsStep } from './FindingsStep';
import { PostStep } from './PostStep';
import { PrintableReview } from './PrintableReview';
import { ReviewStateBadge } from './ReviewStateBadge';
import { SignOffStep } from './SignOffStep';
import { isUntouchedDraft } from './review-model';
import { useReviewActions } from './use-review-actions';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  step: { paddingTop: tokens.spacingVerticalS },
});

const STEPS = {
  changes: '1. What changed',
  findings: '2. Findings',
  decisions: '3. Decisions',
  signoff: '4. Sign-off',
  post: '5. Post to channel',
} as const;
type Step = keyof typeof STEPS;

interface Props {
  readonly review: Review;
  readonly onBack: () => void;
}

/** One review, walked through as steps; read-only once both leads have signed. */
export function ReviewPage({ review, onBack }: Props) {
  const styles = useStyles();
  const actions = useReviewActions();
  const [step, setStep] = useState<Step>(isFullySigned(review) ? 'post' : 'changes');
  const [printing, setPrinting] = useState(false);
  const markDiscussed = (id: string, checked: boolean) =>
    actions.markFindingDiscussed(review, id, checked);
  const signed = isFullySigned(review);
  const frozen = frozenReason(review);

  if (printing) return <PrintableReview review={review} onClose={() => setPrinting(false)} />;

  return (
    <section className={styles.page} aria-labelledby="review-title">
      <Link onClick={onBack}>← All reviews</Link>
      <div className={styles.heading}>
        <Title2 as="h2" id="review-title">
          {review.quarter} review
        </Title2>
        <ReviewStateBadge review={review} />
        <Body1>Snapshot of {review.date}</Body1>
      </div>
      {signed ? (
        <Body1>Signed by both leads: this review is history and can no longer change.</Body1>
      ) : (
        frozen && (
          <Body1 role="note">
            {frozen} To change it, discard this draft and start the review again.
          </Body1>
        )
      )}
      <div className={styles.bar}>
        <Button onClick={() => setPrinting(true)}>Print</Button>
        {isUntouchedDraft(review) && (
          <Button onClick={() => actions.refresh(review)}>Take a new snapshot</Button>
        )}
        {!signed && (
          <>
            <Button
              onClick={() => {
                actions.discard(review);
                onBack();
              }}
            >
              Discard the draft
            </Button>
          </>
        )}
      </div>
      <TabList
        aria-label="Review steps"
        selectedValue={step}
        onTabSelect={(_, data) => setStep(data.value as Step)}
      >
        {(Object.keys(STEPS) as Step[]).map((key) => (
          <Tab key={key} value={key}>
            {STEPS[key]}
          </Tab>
        ))}
      </TabList>
      <div className={styles.step} role="tabpanel" aria-label={STEPS[step]}>
        {step === 'changes' && <ChangesStep review={review} />}
        {step === 'findings' && <FindingsStep review={review} onDiscussedChange={markDiscussed} />}
        {step === 'decisions' && <DecisionsStep review={review} />}
        {step === 'signoff' && <SignOffStep review={review} />}
        {step === 'post' && <PostStep review={review} />}
      </div>
    </section>
  );
}
