import {
  type ChannelPostError,
  type ChannelMessageDraft,
  type ChannelPoster,
  type ChannelTarget,
  type PostedMessage,
} from '../../src/ports/channel-poster';

export interface RecordedPost {
  readonly target: ChannelTarget;
  readonly parentMessageId: string | null;
  readonly message: ChannelMessageDraft;
  readonly posted: PostedMessage;
}

export interface MemoryChannelPoster extends ChannelPoster {
  /** Every message posted, in order (failed attempts are not here). */
  readonly posts: readonly RecordedPost[];
  /** The next call (post or reply) rejects with this error and posts nothing. */
  failNext(error: ChannelPostError): void;
  /** Calls made, failed or not. */
  readonly calls: number;
}

/**
 * A ChannelPoster that keeps messages in memory, for tests: ids count up, timestamps come from
 * `now`, and it can be told to fail the next call with a `ChannelPostError`.
 */
export function createMemoryChannelPoster(
  now: () => string = () => new Date().toISOString(),
): MemoryChannelPoster {
  const posts: RecordedPost[] = [];
  let failure: ChannelPostError | null = null;
  let calls = 0;

  const send = async (
    target: ChannelTarget,
    parentMessageId: string | null,
    message: ChannelMessageDraft,
  ): Promise<PostedMessage> => {
    calls += 1;
    await Promise.resolve();
    if (failure) {
      const error = failure;
      failure = null;
      throw error;
    }
    const id = String(1_700_000_000_000 + posts.length + 1);
    const posted: PostedMessage = {
      id,
      createdDateTime: now(),
      webUrl: `https://teams.example/l/message/${encodeURIComponent(target.channelId)}/${id}`,
    };
    posts.push({ target, parentMessageId, message, posted });
    return posted;
  };

  return {
    posts,
    get calls() {
      return calls;
    },
    failNext(error) {
      failure = error;
    },
    post: (target, message) => send(target, null, message),
    reply: (target, parentMessageId, message) => send(target, parentMessageId, message),
  };
}
