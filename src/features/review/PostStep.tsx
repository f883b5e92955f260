import { useMemo, useState } from 'react';
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Review } from '../../domain/review/review-record';
import { useOpenEngagement } from '../shared/engagement-context';
import { useServices } from '../shared/services-context';
import { CardPreview } from './CardPreview';
import { ChannelPostPanel } from './ChannelPostPanel';
import { reviewMessage } from './review-message';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Step 5: post the summary to the channel (Teams), or preview the exact post (local mode). */
export function PostStep({ review }: { readonly review: Review }) {
  const { channel } = useServices();
  if (channel) return <ChannelPostPanel review={review} channel={channel} />;
  return <LocalPostPreview review={review} />;
}

function LocalPostPreview({ review }: { readonly review: Review }) {
  const styles = useStyles();
  const { engagement } = useOpenEngagement();
  const [open, setOpen] = useState(false);
  const message = useMemo(
    () => (open ? reviewMessage(review, engagement.profile, undefined) : null),
    [open, review, engagement.profile],
  );
  return (
    <div className={styles.step}>
      <Body1>
        In local mode there is no Teams channel to post to. Inside Teams, this step posts the
        summary below to the engagement’s channel, with a link back to this review.
      </Body1>
      <div>
        <Button aria-expanded={open} onClick={() => setOpen((value) => !value)}>
          {open ? 'Hide the preview' : 'Preview the channel post'}
        </Button>
      </div>
      {message && <CardPreview message={message} />}
    </div>
  );
}
