import { ChannelPostError } from '../ports/channel-poster';

/** What the user reads after a failed post, and whether the fix is to allow posting first. */
export interface PostFailure {
  readonly title: string;
  readonly message: string;
  /** `signed-out`: the next click asks for ChannelMessage.Send, then retries. */
  readonly needsConsent: boolean;
}

const seconds = (value: number) => `${value} second${value === 1 ? '' : 's'}`;

export function describePostFailure(error: unknown, channelName: string): PostFailure {
  const failure = (title: string, message: string, needsConsent = false) => ({
    title,
    message,
    needsConsent,
  });
  if (!(error instanceof ChannelPostError)) {
    return failure('Not posted', error instanceof Error ? error.message : String(error));
  }
  switch (error.code) {
    case 'signed-out':
      return failure(
        'Tandem needs your permission to post',
        `Allow Tandem to post messages as you in ${channelName}, then it posts the summary.`,
        true,
      );
    case 'forbidden':
      return failure(
        'You cannot post in this channel',
        `Teams refused the post: you may not be a member of ${channelName}, or the channel is moderated or read-only. Ask a team owner, then retry.`,
      );
    case 'throttled':
      return failure(
        'Teams asked to slow down',
        error.retryAfterSeconds !== null
          ? `Too many messages were posted to ${channelName} just now. Retry in ${seconds(error.retryAfterSeconds)}.`
          : `Too many messages were posted to ${channelName} just now. Retry in a few seconds.`,
      );
    case 'too-large':
      return failure(
        'The summary is too large for a Teams message',
        'Teams accepts about 28 KB per message. The review itself is saved; open it in Tandem to share it, or retry.',
      );
    case 'not-found':
      return failure(
        'The channel was not found',
        `${channelName} or its team may have been deleted or renamed, or you no longer have access.`,
      );
    case 'invalid':
      return failure('Teams refused the message', error.message);
    case 'unavailable':
      return failure(
        'Teams could not be reached',
        `Check ${channelName} before retrying: if the request timed out, Teams may have posted the summary anyway.`,
      );
  }
}
