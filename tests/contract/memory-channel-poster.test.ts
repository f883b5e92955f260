import { ChannelPostError } from '../../src/ports/channel-poster';
import { describe, expect, it } from 'vitest';
import { createMemoryChannelPoster } from '../fakes/memory-channel-poster';
import { runChannelPosterContract } from './channel-poster.contract';

const target = { teamId: 'team-1', channelId: '19:general@thread.tacv2' };
const missing = { teamId: 'team-1', channelId: '19:gone@thread.tacv2' };

runChannelPosterContract('memory poster', () => {
  const poster = createMemoryChannelPoster([target]);
  return {
    poster,
    target,
    missing,
    posted: () =>
      poster.messages(target).map((m) => ({
        id: m.id,
        draft: m.draft,
        replyIds: m.replies.map((r) => r.id),
      })),
  };
});

describe('memory poster', () => {
  it('fails the next call as told, posting nothing, then works again', async () => {
    const poster = createMemoryChannelPoster([target]);
    poster.failNext(new ChannelPostError('throttled', 'Too many posts.', 3));
    await expect(poster.post(target, { card: {}, fallbackHtml: '' })).rejects.toMatchObject({
      code: 'throttled',
      retryAfterSeconds: 3,
    });
    expect(poster.messages(target)).toEqual([]);
    await poster.post(target, { card: {}, fallbackHtml: '' });
    expect(poster.messages(target)).toHaveLength(1);
  });
});
