/**
 * Where a quarterly review's summary goes: the engagement's Teams channel, as a message carrying an
 * Adaptive Card (the Graph adapter, src/adapters/graph/teams/channel-poster.ts, posts
 * `POST /teams/{team-id}/channels/{channel-id}/messages` as the signed-in user, delegated
 * `ChannelMessage.Send`; docs/platform.md#channel-messages). The card itself is built in the domain
 * (domain/review-card.ts), already escaped and within Teams' size limit; this port only sends it.
 *
 * Intent: one user action ("Post to channel") is one `post` — one request, never retried
 * automatically (a second post would be a duplicate message in the channel); the caller shows the
 * error and the user retries with a click. Replies thread under an earlier post (e.g. a correction).
 *
 * Errors: methods reject with `ChannelPostError` only (codes below). Nothing is posted when a
 * method rejects, except `unavailable` after a timeout, where Teams may have posted it anyway.
 */
export interface ChannelPoster {
  post(target: ChannelTarget, message: ChannelMessageDraft): Promise<PostedMessage>;
  reply(
    target: ChannelTarget,
    parentMessageId: string,
    message: ChannelMessageDraft,
  ): Promise<PostedMessage>;
}

/** A channel of a team (the team's Microsoft 365 group id, the channel's thread id `19:…`). */
export interface ChannelTarget {
  readonly teamId: string;
  readonly channelId: string;
}

/** What to post: an Adaptive Card with an HTML body beside it. */
export interface ChannelMessageDraft {
  /**
   * The Adaptive Card (schema ≤ 1.5, docs/platform.md#adaptive-cards) as a plain object; the
   * adapter serialises it.
   */
  readonly card: Readonly<Record<string, unknown>>;
  /**
   * Escaped HTML, only Teams' allowed tags, shown before the card in the message body: what
   * notifications, search and clients that cannot render the card show instead.
   */
  readonly fallbackHtml: string;
}

/** The message Teams created (docs/platform.md#channel-messages: the 201 body). */
export interface PostedMessage {
  readonly id: string;
  /** ISO timestamp Teams gave the message. */
  readonly createdDateTime: string;
  /** Link to the message in Teams, when Graph returns one. */
  readonly webUrl: string | null;
}

export type ChannelPostErrorCode =
  /** No permission to post there (not a member, a moderated or read-only channel…): 403. */
  | 'forbidden'
  /** The user must sign in again or consent to ChannelMessage.Send first (a click). */
  | 'signed-out'
  /** Too many posts: Teams allows 4 requests per second per channel (429); `retryAfterSeconds`. */
  | 'throttled'
  /** The message is over Teams' size limit (~28 KB per post). */
  | 'too-large'
  /** The team, channel or parent message is gone. */
  | 'not-found'
  /** Teams refused the message as malformed (400). */
  | 'invalid'
  /** Teams could not be reached or failed (5xx, network); trying again later may work. */
  | 'unavailable';

export class ChannelPostError extends Error {
  override readonly name = 'ChannelPostError';
  constructor(
    readonly code: ChannelPostErrorCode,
    message: string,
    /** For `throttled`: how long Teams asked to wait, when it said. */
    readonly retryAfterSeconds: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
