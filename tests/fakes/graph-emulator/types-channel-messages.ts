/**
 * Public types of the emulator's Teams channels and channel messages
 * (docs/platform.md#channel-messages).
 */

/** A channel of a joined team (`graph.addChannel`). */
export interface EmulatedChannel {
  /** The channel's thread id, e.g. `19:abc@thread.tacv2`. */
  id: string;
  displayName: string;
  /**
   * Whether the signed-in user may post (default true). False stands for a moderated or
   * announcement-only channel where the user is not a moderator: posts get 403 (the wording is
   * assumed).
   */
  postingAllowed?: boolean;
}

/** A posted message as the test side door shows it (`graph.channelMessages`), replies nested. */
export interface EmulatedChannelMessage {
  id: string;
  replyToId: string | null;
  createdDateTime: string;
  from: { id: string; displayName: string };
  body: { contentType: string; content: string };
  attachments: Array<Record<string, unknown>>;
  webUrl: string;
  /** Replies in the order they were posted (always empty on a reply). */
  replies: EmulatedChannelMessage[];
}
