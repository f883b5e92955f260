import { describe, expect, it } from 'vitest';
import type {
  ChannelMessageDraft,
  ChannelPoster,
  ChannelTarget,
} from '../../src/ports/channel-poster';
import { ChannelPostError } from '../../src/ports/channel-poster';

/** What the contract needs from each ChannelPoster: the poster, a channel, and what it holds. */
export interface ChannelPosterFixture {
  readonly poster: ChannelPoster;
  readonly target: ChannelTarget;
  /** A channel that does not exist. */
  readonly missing: ChannelTarget;
  /** The messages in `target`, oldest first: ids, what was sent, and reply ids. */
  posted(): Array<{ id: string; draft: ChannelMessageDraft; replyIds: string[] }>;
}

const draft = (text: string): ChannelMessageDraft => ({
  card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text }] },
  fallbackHtml: `<p>${text}</p>`,
});

async function rejection(promise: Promise<unknown>): Promise<ChannelPostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ChannelPostError) return error;
    throw error;
  }
  throw new Error('Expected a ChannelPostError.');
}

/** The ChannelPoster port's promises (channel-poster.ts), run against every implementation. */
export function runChannelPosterContract(name: string, make: () => ChannelPosterFixture): void {
  describe(`ChannelPoster contract: ${name}`, () => {
    it('posts the card and the HTML, and answers with the new message', async () => {
      const f = make();
      const posted = await f.poster.post(f.target, draft('Hello'));
      expect(posted.id).not.toBe('');
      expect(Number.isNaN(Date.parse(posted.createdDateTime))).toBe(false);
      expect(f.posted()).toEqual([{ id: posted.id, draft: draft('Hello'), replyIds: [] }]);
    });

    it('one call is one message: two posts are two messages with different ids', async () => {
      const f = make();
      const a = await f.poster.post(f.target, draft('One'));
      const b = await f.poster.post(f.target, draft('Two'));
      expect(a.id).not.toBe(b.id);
      expect(f.posted().map((m) => m.id)).toEqual([a.id, b.id]);
    });

    it('threads a reply under its message', async () => {
      const f = make();
      const parent = await f.poster.post(f.target, draft('Summary'));
      const reply = await f.poster.reply(f.target, parent.id, draft('Correction'));
      expect(f.posted()).toEqual([
        { id: parent.id, draft: draft('Summary'), replyIds: [reply.id] },
      ]);
    });

    it('not-found for a missing channel or parent message, and nothing is posted', async () => {
      const f = make();
      expect((await rejection(f.poster.post(f.missing, draft('x')))).code).toBe('not-found');
      expect((await rejection(f.poster.reply(f.target, '999', draft('x')))).code).toBe('not-found');
      expect(f.posted()).toEqual([]);
    });

    it('too-large for a message over the size limit, and nothing is posted', async () => {
      const f = make();
      const error = await rejection(f.poster.post(f.target, draft('x'.repeat(30_000))));
      expect(error.code).toBe('too-large');
      expect(f.posted()).toEqual([]);
    });
  });
}
