import {
  AuthenticationHandler,
  Client,
  RetryHandler,
  RetryHandlerOptions,
} from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { createGraphChannelPoster } from '../../src/adapters/graph/teams/channel-poster';
import { createReview } from '../../src/domain/review/review';
import { buildReviewMessage, messageBytes } from '../../src/features/review/card/review-card';
import { graphAuthProvider } from '../../src/adapters/auth/graph-auth-provider';
import { AuthError, GRAPH_SCOPES, type TokenOptions } from '../../src/ports/auth';
import { ChannelPostError, type ChannelTarget } from '../../src/ports/channel-poster';
import { createGraphEmulator, type GraphEmulatorOptions } from '../fakes/graph-emulator/index';
import { makeEngagement, makeRow } from '../unit/support/arbitraries';
import { runChannelPosterContract } from './channel-poster.contract';

/*
 * The Graph ChannelPoster on the Graph emulator with the real graph-client, its RetryHandler in the
 * chain (3 retries, no delay) to show that a post is never sent twice.
 */

const TEAM = 'a3b1c2d4-0000-4000-8000-000000000006';
const CHANNEL = '19:reviews0123@thread.tacv2';
const target: ChannelTarget = { teamId: TEAM, channelId: CHANNEL };

/** The Auth port's token for one request (the real bridge, graphAuthProvider, carries it). */
type TokenSource = (options?: TokenOptions) => string;

function setup(options: GraphEmulatorOptions = {}, token: TokenSource = () => 'token') {
  const clock = Date.parse('2026-10-16T09:00:00.000Z');
  const graph = createGraphEmulator({ now: () => new Date(clock), seed: 6, ...options });
  graph.addJoinedTeam({ id: TEAM, displayName: 'Contoso IT' });
  graph.addChannel(TEAM, { id: CHANNEL, displayName: 'Reviews' });
  const client = Client.initWithMiddleware({
    middleware: [
      new AuthenticationHandler(
        graphAuthProvider(
          { getToken: async (_scopes, tokenOptions) => token(tokenOptions) },
          GRAPH_SCOPES.postToChannel,
        ),
      ),
      new RetryHandler(new RetryHandlerOptions(0, 3)),
      graph.middleware,
    ],
  });
  const poster = createGraphChannelPoster({ client });
  return { graph, poster };
}

const review = createReview({
  id: 'rev-2',
  engagement: makeEngagement({ rows: [makeRow({ id: 'a', name: 'Patching <b>&</b>' })] }),
  date: '2026-10-15',
  previous: null,
});
const draft = buildReviewMessage({
  review,
  customer: 'Contoso',
  mspName: 'Fabrikam IT',
  deepLink: 'https://teams.microsoft.com/l/entity/app/tab?label=Review',
});

runChannelPosterContract('Graph adapter on the Graph emulator', () => {
  const { graph, poster } = setup();
  return {
    poster,
    target,
    missing: { teamId: TEAM, channelId: '19:gone@thread.tacv2' },
    posted: () =>
      graph.channelMessages(TEAM, CHANNEL).map((m) => {
        const attachment = m.attachments[0]!;
        const tag = `<attachment id="${String(attachment['id'])}"></attachment>`;
        expect(m.body.content.endsWith(tag)).toBe(true);
        return {
          id: m.id,
          draft: {
            card: JSON.parse(attachment['content'] as string) as Record<string, unknown>,
            fallbackHtml: m.body.content.slice(0, -tag.length),
          },
          replyIds: m.replies.map((r) => r.id),
        };
      }),
  };
});

async function failure(promise: Promise<unknown>): Promise<ChannelPostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ChannelPostError) return error;
    throw error;
  }
  throw new Error('Expected the call to fail.');
}

describe('Graph ChannelPoster: posting', () => {
  it('posts the card with its HTML body as docs/platform.md shows, and maps the 201', async () => {
    const { graph, poster } = setup({ user: { id: 'u-ian', displayName: 'Ian' } });
    const posted = await poster.post(target, draft);
    const [message, ...others] = graph.channelMessages(TEAM, CHANNEL);
    expect(others).toEqual([]);
    expect(posted).toEqual({
      id: message!.id,
      createdDateTime: '2026-10-16T09:00:00.000Z',
      webUrl: message!.webUrl,
    });
    expect(posted.id).toMatch(/^\d+$/);
    expect(message!.from).toEqual({ id: 'u-ian', displayName: 'Ian' });
    const [attachment] = message!.attachments;
    const id = attachment!['id'] as string;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(message!.body).toEqual({
      contentType: 'html',
      content: `${draft.fallbackHtml}<attachment id="${id}"></attachment>`,
    });
    expect(attachment).toMatchObject({
      contentType: 'application/vnd.microsoft.card.adaptive',
      contentUrl: null,
      name: null,
      thumbnailUrl: null,
    });
    expect(JSON.parse(attachment!['content'] as string)).toEqual(draft.card);
    expect(graph.log.entries()).toHaveLength(1);
  });

  it('uses a new attachment id for every post', async () => {
    const { graph, poster } = setup();
    await poster.post(target, draft);
    await poster.post(target, draft);
    const ids = graph.channelMessages(TEAM, CHANNEL).map((m) => m.attachments[0]!['id']);
    expect(new Set(ids).size).toBe(2);
  });

  it('threads a reply under an earlier post', async () => {
    const { graph, poster } = setup();
    const first = await poster.post(target, draft);
    const reply = await poster.reply(target, first.id, draft);
    const [message] = graph.channelMessages(TEAM, CHANNEL);
    expect(message!.replies.map((r) => r.id)).toEqual([reply.id]);
    expect(message!.replies[0]!.replyToId).toBe(first.id);
  });
});

describe('Graph ChannelPoster: errors, and no automatic retry', () => {
  it('403 where the user may not post → forbidden, nothing posted', async () => {
    const { graph, poster } = setup();
    graph.addChannel(TEAM, {
      id: '19:news@thread.tacv2',
      displayName: 'News',
      postingAllowed: false,
    });
    const error = await failure(
      poster.post({ teamId: TEAM, channelId: '19:news@thread.tacv2' }, draft),
    );
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/aren't allowed to post in this channel/);
    expect(graph.channelMessages(TEAM, '19:news@thread.tacv2')).toEqual([]);
  });

  it('403 for a token without ChannelMessage.Send → signed-out, asking for consent', async () => {
    const { poster } = setup({ grantedScopes: ['Sites.ReadWrite.All'] });
    const error = await failure(poster.post(target, draft));
    expect(error.code).toBe('signed-out');
    expect(error.message).toMatch(/consent to the ChannelMessage\.Send permission/);
  });

  it('404 for a channel or a parent message that is gone → not-found', async () => {
    const { poster } = setup();
    expect(
      (await failure(poster.post({ teamId: TEAM, channelId: '19:gone@thread.tacv2' }, draft))).code,
    ).toBe('not-found');
    expect((await failure(poster.reply(target, '1234', draft))).code).toBe('not-found');
  });

  it('429 → throttled with Retry-After, sent exactly once (the RetryHandler stands aside)', async () => {
    const { graph, poster } = setup();
    for (let i = 0; i < 4; i++) await poster.post(target, draft); // the channel's 4 per second
    graph.log.reset();
    const error = await failure(poster.post(target, draft));
    expect(error.code).toBe('throttled');
    expect(error.retryAfterSeconds).toBe(1);
    expect(graph.log.entries()).toHaveLength(1);
    expect(graph.log.entries()[0]!.status).toBe(429);
    expect(graph.channelMessages(TEAM, CHANNEL)).toHaveLength(4);
  });

  it('503 and 504 → unavailable, sent exactly once (Teams may have posted it)', async () => {
    for (const status of [503, 504] as const) {
      const { graph, poster } = setup();
      graph.faults.next({ status, retryAfterSeconds: 0, times: 3 });
      const error = await failure(poster.post(target, draft));
      expect(error.code).toBe('unavailable');
      expect(error.message).toMatch(/check the channel before posting again/);
      expect(graph.log.entries()).toHaveLength(1);
    }
  });

  it('a message over the size limit → too-large, nothing posted', async () => {
    const { graph, poster } = setup();
    const huge = {
      card: { type: 'AdaptiveCard', version: '1.5', body: [], pad: 'x'.repeat(30_000) },
      fallbackHtml: '',
    };
    expect(messageBytes(huge)).toBeGreaterThan(28 * 1024);
    const error = await failure(poster.post(target, huge));
    expect(error.code).toBe('too-large');
    expect(graph.channelMessages(TEAM, CHANNEL)).toEqual([]);
  });

  it('a malformed message (400) → invalid', async () => {
    const { poster } = setup();
    // A card that is not an object still serialises; Teams refuses what it cannot read.
    const error = await failure(
      poster.post(target, { card: {}, fallbackHtml: '<attachment id="stray"></attachment>' }),
    );
    expect(error.code).toBe('invalid');
  });

  it('401 once: sent again with a fresh token (Graph read nothing); a second 401 → signed-out', async () => {
    const fresh = setup({ acceptToken: (t) => t === 'fresh' }, (o) =>
      o?.forceRefresh ? 'fresh' : 'stale',
    );
    await fresh.poster.post(target, draft);
    expect(fresh.graph.log.entries().map((e) => e.status)).toEqual([401, 201]);
    expect(fresh.graph.channelMessages(TEAM, CHANNEL)).toHaveLength(1);

    const never = setup({ acceptToken: () => false });
    const error = await failure(never.poster.post(target, draft));
    expect(error.code).toBe('signed-out');
    expect(never.graph.log.entries()).toHaveLength(2);
  });

  it('no token (consent needed) → signed-out, nothing sent', async () => {
    const { graph, poster } = setup({}, () => {
      throw new AuthError('consent-required', 'Consent to ChannelMessage.Send is needed.');
    });
    const error = await failure(poster.post(target, draft));
    expect(error.code).toBe('signed-out');
    expect(error.cause).toBeInstanceOf(AuthError);
    expect(graph.log.entries()).toHaveLength(0);
  });
});
