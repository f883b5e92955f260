/**
 * The Teams-mode ChannelPoster: a review summary posted to the engagement's channel as the
 * signed-in user (delegated ChannelMessage.Send, docs/platform.md#channel-messages, #permissions),
 * through the composition root's graph-client `Client`. Stores nothing; Teams keeps the message.
 *
 * One user action is one request. A post is never retried automatically — not after 429 nor 503/504
 * (a gateway timeout may come after Teams posted it, and a second post is a duplicate in the
 * channel): it goes through the shared sender (http/send.ts, which switches graph-client's
 * RetryHandler off, docs/platform.md#graph-client) allowed a single attempt. The one exception is a
 * 401, which Graph answers before reading the message: the sender sends it once more with a fresh
 * token (docs/platform.md#access-tokens), and a second 401 is `signed-out`.
 *
 * The request body is the domain's `chatMessageRequestBody` (domain/channel-message.ts), so the
 * size the card builder budgets is the size sent.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { chatMessageRequestBody } from '../../../ports/channel-message-size';
import type {
  ChannelMessageDraft,
  ChannelPoster,
  ChannelTarget,
  PostedMessage,
} from '../../../ports/channel-poster';
import { toChannelPostError } from './channel-post-errors';
import { createGraphTransport } from '../http/transport';

export interface GraphChannelPosterOptions {
  /** graph-client, built by the composition root with auth (GRAPH_SCOPES.postToChannel). */
  readonly client: Client;
}

/** The attachment id: 32 hex digits (docs/platform.md#channel-messages). */
const newAttachmentId = (): string => crypto.randomUUID().replace(/-/g, '');

const segment = encodeURIComponent;

interface ChatMessageBody {
  id?: unknown;
  createdDateTime?: unknown;
  webUrl?: unknown;
}

/**
 * docs/platform.md#channel-messages: the 201 body's id (= etag, a numeric string), createdDateTime
 * and webUrl.
 */
function postedMessage(body: unknown): PostedMessage {
  const message = (typeof body === 'object' && body !== null ? body : {}) as ChatMessageBody;
  return {
    id: typeof message.id === 'string' ? message.id : String(message.id ?? ''),
    createdDateTime: typeof message.createdDateTime === 'string' ? message.createdDateTime : '',
    webUrl: typeof message.webUrl === 'string' && message.webUrl !== '' ? message.webUrl : null,
  };
}

export function createGraphChannelPoster({ client }: GraphChannelPosterOptions): ChannelPoster {
  // The shared sender with one attempt: no resend after 429/503/504, only its one 401 resend with
  // a fresh token (nothing was posted then); so it never sleeps or reports "retrying".
  const { sender } = createGraphTransport({ client, maxAttempts: 1 });

  const send = async (url: string, draft: ChannelMessageDraft, action: string) => {
    try {
      const body = chatMessageRequestBody(draft, newAttachmentId());
      const { body: created } = await sender.send({ method: 'POST', url, body });
      return postedMessage(created);
    } catch (error) {
      throw toChannelPostError(error, action, Date.now());
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
