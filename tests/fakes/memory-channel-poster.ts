import { messageBytes } from '../../src/ports/channel-message-size';
import {
  ChannelPostError,
  type ChannelMessageDraft,
  type ChannelPoster,
  type ChannelTarget,
  type PostedMessage,
} from '../../src/ports/channel-poster';
import { CHANNEL_MESSAGE_MAX_BYTES } from './graph-emulator/routes-channel-messages';

/** A message the memory poster holds, replies nested. */
export interface MemoryPost {
  readonly id: string;
  readonly createdDateTime: string;
  readonly draft: ChannelMessageDraft;
  readonly replies: MemoryPost[];
}

export interface MemoryChannelPoster extends ChannelPoster {
  /** What was posted to `target`, oldest first (a copy of the list). */
  messages(target: ChannelTarget): MemoryPost[];
  /** The next post or reply rejects with `error` and posts nothing (e.g. 'throttled'). */
  failNext(error: ChannelPostError): void;
}

/**
 * An in-memory ChannelPoster with the port's semantics: only the given channels exist (else
 * `not-found`), a reply needs its parent, a message over the Graph emulator's 28 KiB (as the
 * adapter would send it, domain/channel-message.ts) is `too-large`, and nothing is posted when a
 * call rejects. For feature and integration tests that post without Graph.
 */
export function createMemoryChannelPoster(
  channels: readonly ChannelTarget[],
  options: { now?: () => Date; maxBytes?: number } = {},
): MemoryChannelPoster {
  const now = options.now ?? (() => new Date());
  const maxBytes = options.maxBytes ?? CHANNEL_MESSAGE_MAX_BYTES;
  const key = (t: ChannelTarget) => `${t.teamId.toLowerCase()}|${t.channelId.toLowerCase()}`;
  const store = new Map<string, MemoryPost[]>(channels.map((c) => [key(c), []]));
  let nextId = 0;
  let failure: ChannelPostError | null = null;

  const send = async (
    target: ChannelTarget,
    parentId: string | null,
    draft: ChannelMessageDraft,
  ): Promise<PostedMessage> => {
    if (failure) {
      const error = failure;
      failure = null;
      throw error;
    }
    const posts = store.get(key(target));
    if (!posts) throw new ChannelPostError('not-found', 'The team or the channel is gone.');
    const parent = parentId === null ? null : posts.find((p) => p.id === parentId);
    if (parent === undefined) throw new ChannelPostError('not-found', 'The message is gone.');
    if (messageBytes(draft) > maxBytes) {
      throw new ChannelPostError('too-large', "The message is over Teams' size limit.");
    }
    const at = now();
    nextId = Math.max(nextId + 1, at.getTime());
    const post: MemoryPost = {
      id: String(nextId),
      createdDateTime: at.toISOString(),
      draft: structuredClone(draft),
      replies: [],
    };
    (parent ? parent.replies : posts).push(post);
    return { id: post.id, createdDateTime: post.createdDateTime, webUrl: null };
  };

  return {
    post: (target, draft) => send(target, null, draft),
    reply: (target, parentMessageId, draft) => send(target, parentMessageId, draft),
    messages: (target) => [...(store.get(key(target)) ?? [])],
    failNext: (error) => {
      failure = error;
    },
  };
}
