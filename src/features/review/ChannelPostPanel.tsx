import { useState } from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { isFullySigned } from '../../domain/review/review';
import { type Review } from '../../domain/review/review-record';
import type { ChannelAccess } from '../shared/services-context';
import { PostAgainDialog } from './PostAgainDialog';
import { formatTimestamp } from './review-model';
import { useChannelPost } from './use-channel-post';
import { isTrustedLink, linkHost } from '../../domain/trusted-link';
import { OpenInTeams } from './OpenInTeams';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

interface Props {
  readonly review: Review;
  readonly channel: ChannelAccess;
}

/** Teams mode: post the signed review's summary to the channel, with progress and error paths. */
export function ChannelPostPanel({ review, channel }: Props) {
  const styles = useStyles();
  const { state, post, allowAndPost, channelName } = useChannelPost(review, channel);
  const [confirmAgain, setConfirmAgain] = useState(false);
  const posting = state.kind === 'posting';

  if (!isFullySigned(review)) {
    return <Body1>The summary is posted to {channelName} once both leads have signed.</Body1>;
  }
  return (
    <div className={styles.step} aria-busy={posting}>
      {review.post ? (
        <div className={styles.bar}>
          <Body1>Posted {formatTimestamp(review.post.postedAt)}</Body1>
          {review.post.webUrl && isTrustedLink(review.post.webUrl) && (
            <>
              <Body1 aria-hidden>·</Body1>
              <OpenInTeams url={review.post.webUrl} />
            </>
          )}
          {review.post.webUrl && !isTrustedLink(review.post.webUrl) && (
            <Body1 data-testid="untrusted-link">
              · The stored link to the post points outside Teams ({linkHost(review.post.webUrl)}),
              so it is not shown as a link.
            </Body1>
          )}
          <Button disabled={posting} onClick={() => setConfirmAgain(true)}>
            Post again
          </Button>
        </div>
      ) : (
        <div className={styles.bar}>
          <Button appearance="primary" disabled={posting} onClick={() => void post()}>
            Post summary to {channelName}
          </Button>
        </div>
      )}
      {posting && <Spinner size="tiny" label={`Posting to ${channelName}…`} />}
      {state.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.failure.title}</MessageBarTitle>
            {state.failure.message}
          </MessageBarBody>
          <MessageBarActions>
            {state.failure.needsConsent ? (
              <Button onClick={() => void allowAndPost()}>Allow Tandem to post</Button>
            ) : (
              <Button onClick={() => void post()}>Retry</Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
      {confirmAgain && (
        <PostAgainDialog
          channelName={channelName}
          onConfirm={() => {
            setConfirmAgain(false);
            void post();
          }}
          onCancel={() => setConfirmAgain(false)}
        />
      )}
    </div>
  );
}
