import { useState } from 'react';
import { Body1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { isFullySigned } from '../../domain/review/review';
import { type Review } from '../../domain/review/review-record';
import type { Side } from '../../domain/matrix/roles';
import { useServices } from '../shared/services-context';
import { SignOffCard } from './SignOffCard';
import { useReviewActions } from './use-review-actions';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  cards: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
});

const SIDES: readonly Side[] = ['internal', 'msp'];

/**
 * Step 4: each lead signs for their side. In Teams the signed-in user can sign only for the side
 * they lead; in local mode nobody signs in, so the user signs as a lead after confirming.
 */
export function SignOffStep({ review }: { readonly review: Review }) {
  const styles = useStyles();
  const { currentUser, now } = useServices();
  const actions = useReviewActions();
  const [error, setError] = useState<string | null>(null);
  const user = currentUser?.() ?? null;
  const signerUpn = user?.upn ?? null;

  const sign = (side: Side) => {
    const lead = review.leads[side];
    const result = actions.sign(review, side, {
      name: signerUpn ? user?.name || lead.name : lead.name,
      upn: signerUpn ?? lead.upn,
      at: now(),
    });
    setError(result.ok ? null : result.error.message);
  };

  return (
    <div className={styles.step}>
      {isFullySigned(review) ? (
        <Body1>Both leads have signed. The review is read-only.</Body1>
      ) : (
        <Body1>
          Both leads sign once the review is complete. After the second signature nothing in this
          review can change.
        </Body1>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.cards}>
        {SIDES.map((side) => (
          <SignOffCard
            key={side}
            side={side}
            review={review}
            signerUpn={signerUpn}
            onSign={() => sign(side)}
          />
        ))}
      </div>
    </div>
  );
}
