/** The channel post workflow without React, on the in-memory ChannelPoster. */
import { describe, expect, it, vi } from 'vitest';
import { createChannelPost, type PostRequest } from '../../../src/application/channel-post';
import { ChannelPostError, type PostedMessage } from '../../../src/ports/channel-poster';
import { createMemoryChannelPoster } from '../../fakes/memory-channel-poster';

const TARGET = { teamId: 'team-1', channelId: '19:general@thread.tacv2' };
const DRAFT = {
  card: { type: 'AdaptiveCard', version: '1.5', body: [] },
  fallbackHtml: '<p>Hi</p>',
};

function setUp() {
  const poster = createMemoryChannelPoster([TARGET]);
  const allow = vi.fn(async () => undefined);
  const workflow = createChannelPost({ poster, target: TARGET, channelName: 'General', allow });
  const recorded: PostedMessage[] = [];
  const request: PostRequest = {
    message: () => DRAFT,
    record: (posted) => {
      recorded.push(posted);
      return { ok: true };
    },
  };
  return { poster, allow, workflow, recorded, request };
}

describe('channel post workflow', () => {
  it('posts once and records where, even when clicked twice while posting', async () => {
    const { poster, workflow, recorded, request } = setUp();
    const states: string[] = [];
    workflow.subscribe(() => states.push(workflow.getState().kind));
    await Promise.all([workflow.post(request), workflow.post(request)]);
    expect(poster.messages(TARGET)).toHaveLength(1);
    expect(recorded).toHaveLength(1);
    expect(states).toEqual(['posting', 'idle']);
  });

  it('a throttled post says when to retry and posts nothing; the next click posts', async () => {
    const { poster, workflow, request } = setUp();
    poster.failNext(new ChannelPostError('throttled', 'Too many.', 7));
    await workflow.post(request);
    const state = workflow.getState();
    expect(state.kind === 'failed' && state.failure.message).toMatch(/7 seconds/);
    expect(poster.messages(TARGET)).toHaveLength(0);
    await workflow.post(request);
    expect(workflow.getState().kind).toBe('idle');
    expect(poster.messages(TARGET)).toHaveLength(1);
  });

  it('missing consent offers to allow, then posts; a refused consent posts nothing', async () => {
    const { poster, workflow, request, allow } = setUp();
    poster.failNext(new ChannelPostError('signed-out', 'No consent.', null));
    await workflow.post(request);
    const state = workflow.getState();
    expect(state.kind === 'failed' && state.failure.needsConsent).toBe(true);
    allow.mockRejectedValueOnce(new Error('Consent window closed.'));
    await workflow.allowAndPost(request);
    expect(workflow.getState()).toEqual({
      kind: 'failed',
      failure: {
        title: 'Tandem was not allowed to post',
        message: 'Consent window closed.',
        needsConsent: true,
      },
    });
    expect(poster.messages(TARGET)).toHaveLength(0);
    await workflow.allowAndPost(request);
    expect(poster.messages(TARGET)).toHaveLength(1);
  });

  it('a post the review refuses to record says it was posted but not recorded', async () => {
    const { poster, workflow } = setUp();
    await workflow.post({
      message: () => DRAFT,
      record: () => ({ ok: false, error: { message: 'The review changed meanwhile.' } }),
    });
    expect(poster.messages(TARGET)).toHaveLength(1);
    expect(workflow.getState()).toEqual({
      kind: 'failed',
      failure: {
        title: 'Posted, but not recorded',
        message: 'The review changed meanwhile.',
        needsConsent: false,
      },
    });
  });
});
