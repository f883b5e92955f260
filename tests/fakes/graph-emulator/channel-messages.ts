/**
 * The emulator's Teams channels and their messages (docs/platform.md#channel-messages), and the
 * per-channel rate limit: at most 4 requests per second per app on one team or channel
 * (docs/platform.md#throttling). Channels belong to the joined teams (store.teams); tests add them
 * with `graph.addChannel`.
 */
import type { EmulatedChannel, EmulatedChannelMessage } from './types-channel-messages';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Requests per channel per window (4 a second per channel: docs/platform.md#throttling). */
const CHANNEL_REQUESTS_PER_WINDOW = 4;
const CHANNEL_WINDOW_MS = 1000;

/** A stored message has the shape the side door shows (replies nested). */
export type MessageRecord = EmulatedChannelMessage;

export interface ChannelRecord {
  teamId: string;
  id: string;
  displayName: string;
  postingAllowed: boolean;
  messages: MessageRecord[];
  /** Times (ms) of the requests admitted in the last window, oldest first. */
  recent: number[];
}

export class ChannelMessageStore {
  private readonly channels: ChannelRecord[] = [];
  private lastId = 0;

  add(teamId: string, channel: EmulatedChannel): void {
    if (this.find(teamId, channel.id)) {
      throw new Error(`Team ${teamId} already has channel ${channel.id}.`);
    }
    this.channels.push({
      teamId,
      id: channel.id,
      displayName: channel.displayName,
      postingAllowed: channel.postingAllowed ?? true,
      messages: [],
      recent: [],
    });
  }

  find(teamId: string, channelId: string): ChannelRecord | undefined {
    return this.channels.find((c) => same(c.teamId, teamId) && same(c.id, channelId));
  }

  /**
   * Admits one request to `channel` at `nowMs`, or returns the seconds to wait (Retry-After) when
   * the channel already had its 4 requests in the last second. Throttled requests do not count.
   */
  admit(channel: ChannelRecord, nowMs: number): { ok: true } | { ok: false; retryAfter: number } {
    channel.recent = channel.recent.filter((at) => at > nowMs - CHANNEL_WINDOW_MS);
    if (channel.recent.length >= CHANNEL_REQUESTS_PER_WINDOW) {
      const oldest = channel.recent[0] ?? nowMs;
      const waitMs = oldest + CHANNEL_WINDOW_MS - nowMs;
      return { ok: false, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    channel.recent.push(nowMs);
    return { ok: true };
  }

  /**
   * docs/platform.md#channel-messages: `id` = `etag`, a numeric string (milliseconds since the
   * epoch in the docs' examples); kept unique and increasing when two posts share a millisecond.
   */
  nextId(nowMs: number): string {
    this.lastId = Math.max(this.lastId + 1, nowMs);
    return String(this.lastId);
  }

  /** Copies for tests, replies nested under their message. */
  snapshot(teamId: string, channelId: string): EmulatedChannelMessage[] {
    const channel = this.find(teamId, channelId);
    if (!channel) throw new Error(`No emulated channel ${channelId} in team ${teamId}.`);
    return structuredClone(channel.messages);
  }
}
