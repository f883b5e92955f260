import { useMemo, useSyncExternalStore } from 'react';
import { createChannelPost, type PostRequest } from '../../application/channel-post';
import type { Review } from '../../domain/review/review-record';
import { useOpenEngagement } from '../shared/engagement-context';
import type { ChannelAccess } from '../shared/services-context';
import { reviewMessage } from './review-message';
import { useReviewActions } from './use-review-actions';

/**
 * React's view of the channel post workflow (application/channel-post.ts): one click is at most
 * one post, and a success is recorded on the review.
 */
export function useChannelPost(review: Review, channel: ChannelAccess) {
  const { engagement } = useOpenEngagement();
  const actions = useReviewActions();
  const channelName = channel.channelName ?? 'the channel';
  const workflow = useMemo(
    () =>
      createChannelPost({
        poster: channel.poster,
        target: { teamId: channel.teamId, channelId: channel.channelId },
        channelName,
        allow: channel.allow,
      }),
    [channel, channelName],
  );
  const state = useSyncExternalStore(workflow.subscribe, workflow.getState);
  const request: PostRequest = {
    message: () => reviewMessage(review, engagement.profile, channel),
    record: (posted) =>
      actions.recordPost(review, {
        messageId: posted.id,
        postedAt: posted.createdDateTime,
        webUrl: posted.webUrl,
      }),
  };
  return {
    state,
    post: () => workflow.post(request),
    allowAndPost: () => workflow.allowAndPost(request),
    channelName,
  };
}
