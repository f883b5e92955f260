/**
 * Channel messages (docs/platform.md#channel-messages):
 *
 * - `POST /teams/{team-id}/channels/{channel-id}/messages` → 201 + chatMessage; replies
 *   `POST …/messages/{message-id}/replies` → 201 with `replyToId` (same permission:
 *   docs/platform.md#permissions).
 * - The sender is the signed-in user (the emulator's token user, as createdBy elsewhere).
 * - Delegated ChannelMessage.Send (or the legacy Group.ReadWrite.All) when permissions are checked
 *   (docs/platform.md#permissions).
 * - A card message: the HTML body places each attachment with `<attachment id="…"></attachment>`
 *   and an Adaptive Card's `content` is the card serialised as a JSON string (Graph's Teams
 *   messaging overview). Here every tag must name an attachment and every attachment must be placed
 *   (400 otherwise), and card content must be a string holding JSON (400); Teams' exact checks are
 *   assumed.
 * - Size: about 28 KB per post (docs/platform.md#channel-messages, the Teams limits page); the
 *   emulator refuses a request body over 28 × 1024 bytes with 413 (the status, the code and the
 *   exact limit are assumed).
 * - Rate: 4 requests per second per channel (docs/platform.md#throttling) → 429 with Retry-After.
 *
 * Order: team and channel (404), rate (429), may post (403), size (413), shape (400).
 * Nothing is stored unless the request passes every check.
 */
import type { ApiRequest, RouteContext, Routed } from './api-request';
import type { ChannelRecord, MessageRecord } from './channel-messages';
import {
  GraphHttpError,
  badRequest,
  isPlainObject,
  methodNotAllowed,
  parseJsonBody,
} from './errors';
import { faultError } from './faults';
import type { EmuResponse } from './http';
import { SEND_CHANNEL_MESSAGE, requirePermission } from './permissions';

/** docs/platform.md#channel-messages: about 28 KB per post; read as 28 KiB (the larger reading). */
export const CHANNEL_MESSAGE_MAX_BYTES = 28 * 1024;

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

// Codes and wording are assumed (docs/platform.md#channel-messages): Teams' answers as reported;
// the statuses are what callers rely on.
const notFound = (what: string) => new GraphHttpError(404, 'NotFound', `${what} not found.`);
const forbidden = (message: string) => new GraphHttpError(403, 'Forbidden', message);
const tooLarge = (bytes: number) =>
  new GraphHttpError(
    413,
    'RequestEntityTooLarge',
    `The message is ${bytes} bytes; a channel message may be at most ${CHANNEL_MESSAGE_MAX_BYTES} bytes.`,
  );

type Attachment = Record<string, unknown> & { id: string };

/** The `body` and `attachments` of a post, or 400. */
function parseMessage(bodyText: string | undefined): {
  body: { contentType: string; content: string };
  attachments: Attachment[];
  subject: string | null;
} {
  const json = parseJsonBody(bodyText);
  if (!isPlainObject(json)) throw badRequest('The request body must be a chatMessage object.');
  const body = json.body;
  if (!isPlainObject(body) || typeof body.content !== 'string') {
    throw badRequest('A chatMessage needs a body with content.');
  }
  const contentType = body.contentType ?? 'text';
  if (contentType !== 'html' && contentType !== 'text') {
    throw badRequest(`Unknown body contentType '${String(contentType)}'.`);
  }
  const list = json.attachments ?? [];
  if (!Array.isArray(list)) throw badRequest('attachments must be an array.');
  const attachments = list.map((attachment): Attachment => {
    if (!isPlainObject(attachment) || typeof attachment.id !== 'string' || !attachment.id) {
      throw badRequest('Every attachment needs an id.');
    }
    if (attachment.contentType === ADAPTIVE_CARD) {
      if (typeof attachment.content !== 'string') {
        throw badRequest(
          `Attachment ${attachment.id}: an Adaptive Card's content must be the card serialised as a JSON string.`,
        );
      }
      try {
        JSON.parse(attachment.content);
      } catch {
        throw badRequest(`Attachment ${attachment.id}: content is not valid JSON.`);
      }
    }
    return attachment as Attachment;
  });
  const placed = [
    ...body.content.matchAll(/<attachment\s+id="([^"]*)"\s*>\s*<\/attachment>/gi),
  ].map((m) => m[1] ?? '');
  const ids = attachments.map((a) => a.id);
  const unplaced = ids.filter((id) => !placed.includes(id));
  const unknown = placed.filter((id) => !ids.includes(id));
  if (unplaced.length > 0 || unknown.length > 0 || new Set(ids).size !== ids.length) {
    throw badRequest(
      `Attachment references do not match: ${[...unplaced, ...unknown].join(', ') || 'duplicate ids'}.`,
    );
  }
  const subject = typeof json.subject === 'string' ? json.subject : null;
  return { body: { contentType, content: body.content }, attachments, subject };
}

function byteLength(text: string | undefined): number {
  return text === undefined ? 0 : new TextEncoder().encode(text).length;
}

function messageJson(
  req: ApiRequest,
  ctx: RouteContext,
  channel: ChannelRecord,
  message: MessageRecord,
  subject: string | null,
): Record<string, unknown> {
  const base = `teams('${channel.teamId}')/channels('${channel.id}')/messages`;
  return {
    '@odata.context': `${req.linkBase}/$metadata#${base}/$entity`,
    id: message.id,
    replyToId: message.replyToId,
    etag: message.id,
    messageType: 'message',
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.createdDateTime,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject,
    summary: null,
    chatId: null,
    importance: 'normal',
    locale: 'en-us',
    webUrl: message.webUrl,
    policyViolation: null,
    eventDetail: null,
    from: {
      application: null,
      device: null,
      user: {
        id: message.from.id,
        displayName: message.from.displayName,
        userIdentityType: 'aadUser',
        tenantId: ctx.env.tenantId,
      },
    },
    body: message.body,
    channelIdentity: { teamId: channel.teamId, channelId: channel.id },
    attachments: message.attachments,
    mentions: [],
    reactions: [],
  };
}

function post(
  req: ApiRequest,
  ctx: RouteContext,
  teamId: string,
  channelId: string,
  parentId: string | null,
): EmuResponse {
  const team = ctx.store.teams.find((t) => same(t.id, teamId));
  if (!team) throw notFound(`Team ${teamId}`);
  const channel = ctx.store.channels.find(team.id, channelId);
  if (!channel) throw notFound(`Channel ${channelId}`);
  const parent =
    parentId === null ? null : (channel.messages.find((m) => m.id === parentId) ?? null);
  if (parentId !== null && !parent) throw notFound(`Message ${parentId}`);
  const now = ctx.env.now();
  const admitted = ctx.store.channels.admit(channel, now.getTime());
  // The same 429 as any throttled request (docs/platform.md#throttling).
  if (!admitted.ok) throw faultError({ status: 429, retryAfterSeconds: admitted.retryAfter });
  if (!channel.postingAllowed) {
    throw forbidden('You do not have permission to post messages in this channel.');
  }
  const bytes = byteLength(req.bodyText);
  if (bytes > CHANNEL_MESSAGE_MAX_BYTES) throw tooLarge(bytes);
  const { body, attachments, subject } = parseMessage(req.bodyText);
  const id = ctx.store.channels.nextId(now.getTime());
  const tenantId = ctx.env.tenantId;
  const message: MessageRecord = {
    id,
    replyToId: parent?.id ?? null,
    createdDateTime: now.toISOString(),
    from: { id: ctx.env.user.id, displayName: ctx.env.user.displayName },
    body,
    attachments: attachments.map((a) => ({
      contentUrl: null,
      name: null,
      thumbnailUrl: null,
      teamsAppId: null,
      ...a,
    })),
    webUrl:
      `https://teams.microsoft.com/l/message/${encodeURIComponent(channel.id)}/${id}` +
      `?groupId=${channel.teamId}&tenantId=${tenantId}&createdTime=${id}` +
      `&parentMessageId=${parent?.id ?? id}`,
    replies: [],
  };
  if (parent) parent.replies.push(message);
  else channel.messages.push(message);
  return { status: 201, headers: {}, body: messageJson(req, ctx, channel, message, subject) };
}

/** undefined: not a channel-messages path. */
export function routeChannelMessages(req: ApiRequest, ctx: RouteContext): Routed | undefined {
  const s = req.path
    .split('/')
    .filter((part) => part !== '')
    .map((part) => decodeURIComponent(part));
  const is = (i: number, word: string) => s[i]?.toLowerCase() === word;
  if (!(is(0, 'teams') && is(2, 'channels') && is(4, 'messages'))) return undefined;
  const [, teamId = '', , channelId = ''] = s;
  const isPost = s.length === 5;
  const isReply = s.length === 7 && is(6, 'replies');
  if (!isPost && !isReply) return undefined;
  if (req.method !== 'POST') throw methodNotAllowed(req.method);
  requirePermission(ctx.env.grantedScopes, SEND_CHANNEL_MESSAGE);
  const parentId = isReply ? (s[5] ?? '') : null;
  return { cost: 0, run: () => post(req, ctx, teamId, channelId, parentId) };
}
