import { useCallback, useRef, useState } from 'react';
import type { Review } from '../../domain/review';
import { useOpenEngagement } from '../engagement/engagement-context';
import type { ChannelAccess } from '../shared/services-context';
import { describePostFailure, type PostFailure } from './post-error-message';
import { reviewMessage } from './review-message';
import { useReviewActions } from './use-review-actions';

export type PostState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'posting' }
  | { readonly kind: 'failed'; readonly failure: PostFailure };

/**
 * Posts a review's summary to the channel: one click is at most one post (a click while a post is
 * under way does nothing; nothing retries on its own), and a success is recorded on the review.
 */
export function useChannelPost(review: Review, channel: ChannelAccess) {
  const { engagement } = useOpenEngagement();
  const actions = useReviewActions();
  const [state, setState] = useState<PostState>({ kind: 'idle' });
  const inFlight = useRef(false);
  const channelName = channel.channelName ?? 'the channel';

  const post = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setState({ kind: 'posting' });
    try {
      const message = reviewMessage(review, engagement.profile, channel);
      const posted = await channel.poster.post(
        { teamId: channel.teamId, channelId: channel.channelId },
        message,
      );
      const recorded = actions.recordPost(review, {
        messageId: posted.id,
        postedAt: posted.createdDateTime,
        webUrl: posted.webUrl,
      });
      setState(
        recorded.ok
          ? { kind: 'idle' }
          : {
              kind: 'failed',
              failure: {
                title: 'Posted, but not recorded',
                message: recorded.error.message,
                needsConsent: false,
              },
            },
      );
    } catch (error) {
      setState({ kind: 'failed', failure: describePostFailure(error, channelName) });
    } finally {
      inFlight.current = false;
    }
  }, [actions, channel, channelName, engagement.profile, review]);

  /** After `signed-out`: ask for the permission (straight from the click), then post. */
  const allowAndPost = useCallback(async () => {
    if (inFlight.current) return;
    try {
      await channel.allow();
    } catch (error) {
      setState({
        kind: 'failed',
        failure: {
          title: 'Tandem was not allowed to post',
          message: error instanceof Error ? error.message : String(error),
          needsConsent: true,
        },
      });
      return;
    }
    await post();
  }, [channel, post]);

  return { state, post, allowAndPost, channelName };
}
