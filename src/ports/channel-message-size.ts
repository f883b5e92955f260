/**
 * The size of a Teams channel message as Graph receives it. Teams accepts "Approximately 28 KB per
 * post" (docs/platform.md#channel-messages, the Teams limits page); the budget counts the whole
 * request body the Graph adapter sends (docs/platform.md#channel-messages: an HTML body that
 * references one attachment whose `content` is the Adaptive Card serialised as a JSON string), so
 * the card is measured after the second serialisation that escapes its quotes. 28,000 bytes stays
 * under both readings of "28 KB" (28,000 and 28,672).
 *
 * Pure: the adapter builds its request with {@link chatMessageRequestBody}, so what is measured here
 * is what is sent.
 */

/** The largest request body, in UTF-8 bytes, a channel post may have. */
export const MESSAGE_BYTE_BUDGET = 28_000;

/**
 * Length of the attachment id the adapter generates (32 hex digits,
 * docs/platform.md#channel-messages).
 */
export const ATTACHMENT_ID_LENGTH = 32;

/** An Adaptive Card with the HTML shown before it (structurally the ChannelPoster port's draft). */
export interface CardMessage {
  readonly card: Readonly<Record<string, unknown>>;
  readonly fallbackHtml: string;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * The body of `POST /teams/{team-id}/channels/{channel-id}/messages` (and `…/replies`) for a card
 * message: the HTML, then the `<attachment>` tag that places the card
 * (docs/platform.md#channel-messages).
 */
export function chatMessageRequestBody(message: CardMessage, attachmentId: string) {
  return {
    body: {
      contentType: 'html' as const,
      content: `${message.fallbackHtml}<attachment id="${attachmentId}"></attachment>`,
    },
    attachments: [
      {
        id: attachmentId,
        contentType: ADAPTIVE_CARD_CONTENT_TYPE,
        contentUrl: null,
        content: JSON.stringify(message.card),
        name: null,
        thumbnailUrl: null,
      },
    ],
  };
}

/** The number of bytes `text` takes in UTF-8 (no TextEncoder needed: the domain stays portable). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** UTF-8 size of the request body the adapter sends for `message` (any 32-character attachment id). */
export function messageBytes(message: CardMessage): number {
  const placeholderId = '0'.repeat(ATTACHMENT_ID_LENGTH);
  return utf8ByteLength(JSON.stringify(chatMessageRequestBody(message, placeholderId)));
}
