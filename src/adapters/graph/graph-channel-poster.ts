/**
 * The Teams-mode ChannelPoster: a review summary posted to the engagement's channel as the signed-in
 * user (delegated ChannelMessage.Send, graph-contract §3, §4.4), through the composition root's
 * graph-client `Client`. Stores nothing; Teams keeps the message.
 *
 * One user action is one request. A post is never retried automatically — not after 429 nor
 * 503/504 (a gateway timeout may come after Teams posted it, and a second post is a duplicate in the
 * channel): every request switches graph-client's RetryHandler off (`NO_SDK_RETRY`, graph-retry.ts;
 * graph-contract §4.3), and this adapter does not loop. The one exception is a 401, which Graph
 * answers before reading the message: it is sent once more with a fresh token (as graph-send.ts
 * does, references.md §B), and a second 401 is `signed-out`.
 *
 * The request body is the domain's `chatMessageRequestBody` (domain/channel-message.ts), so the
 * size the card builder budgets is the size sent.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { chatMessageRequestBody } from '../../domain/channel-message';
import type {
  ChannelMessageDraft,
  ChannelPoster,
  ChannelTarget,
  PostedMessage,
} from '../../ports/channel-poster';
import { toChannelPostError } from './channel-post-errors';
import { FRESH_TOKEN } from './graph-client';
import { NO_SDK_RETRY } from './graph-retry';
import { refusedToken, toGraphFailure } from './graph-send';

export interface GraphChannelPosterOptions {
  /** graph-client, built by the composition root with auth (GRAPH_SCOPES.postToChannel). */
  readonly client: Client;
  /** The attachment id: 32 hex digits (graph-contract §3); injectable for tests. */
  readonly newAttachmentId?: () => string;
  /** Clock for reading an HTTP-date Retry-After; injectable for tests. */
  readonly now?: () => number;
}

export const randomAttachmentId = (): string => crypto.randomUUID().replace(/-/g, '');

const segment = encodeURIComponent;

interface ChatMessageBody {
  id?: unknown;
  createdDateTime?: unknown;
  webUrl?: unknown;
}

/** graph-contract §3: the 201 body's id (= etag, a numeric string), createdDateTime and webUrl. */
function postedMessage(body: unknown): PostedMessage {
  const message = (typeof body === 'object' && body !== null ? body : {}) as ChatMessageBody;
  return {
    id: typeof message.id === 'string' ? message.id : String(message.id ?? ''),
    createdDateTime: typeof message.createdDateTime === 'string' ? message.createdDateTime : '',
    webUrl: typeof message.webUrl === 'string' && message.webUrl !== '' ? message.webUrl : null,
  };
}

export function createGraphChannelPoster(options: GraphChannelPosterOptions): ChannelPoster {
  const newId = options.newAttachmentId ?? randomAttachmentId;
  const now = options.now ?? Date.now;

  const send = async (url: string, draft: ChannelMessageDraft, action: string) => {
    const body = chatMessageRequestBody(draft, newId());
    const attempt = (fresh: boolean) =>
      options.client
        .api(url)
        .middlewareOptions(fresh ? [NO_SDK_RETRY, FRESH_TOKEN] : [NO_SDK_RETRY])
        .post(body) as Promise<unknown>;
    try {
      try {
        return postedMessage(await attempt(false));
      } catch (error) {
        // 401: Graph refused the token before reading the message; nothing was posted.
        if (refusedToken(error) || toGraphFailure(error, now()).status !== 401) throw error;
        return postedMessage(await attempt(true));
      }
    } catch (error) {
      throw toChannelPostError(error, action, now());
    }
  };

  const messagesUrl = (target: ChannelTarget) =>
    `/teams/${segment(target.teamId)}/channels/${segment(target.channelId)}/messages`;

  return {
    // POST /teams/{team-id}/channels/{channel-id}/messages
    post: (target, draft) => send(messagesUrl(target), draft, 'post to the channel'),
    // POST /teams/{team-id}/channels/{channel-id}/messages/{message-id}/replies
    reply: (target, parentMessageId, draft) =>
      send(
        `${messagesUrl(target)}/${segment(parentMessageId)}/replies`,
        draft,
        'reply in the channel',
      ),
  };
}
