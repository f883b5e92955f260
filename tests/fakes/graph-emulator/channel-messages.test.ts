// Self-tests: channel messages (docs/platform.md#channel-messages), their size limit, the
// per-channel rate limit (4 requests per second per channel, docs/platform.md#throttling) and the
// ChannelMessage.Send permission.
import { describe, expect, it } from 'vitest';
import { CHANNEL_MESSAGE_MAX_BYTES } from './routes-channel-messages';
import { createGraphEmulator } from './index';
import type { GraphEmulatorOptions } from './types';
import { clientFor, graphError, rawRequest } from './test-harness';

const TEAM = '0f5e3a4b-1111-4c2d-9e8f-123456789abc';
const CHANNEL = '19:general0123@thread.tacv2';
const ATTACHMENT = '74d20c7f34aa4a7fb74e2b30004247c5';
const messagesPath = `/teams/${TEAM}/channels/${encodeURIComponent(CHANNEL)}/messages`;

function setup(options: GraphEmulatorOptions = {}) {
  let clock = Date.parse('2026-10-15T15:00:00.000Z');
  const graph = createGraphEmulator({ now: () => new Date(clock), ...options });
  graph.addJoinedTeam({ id: TEAM, displayName: 'Contoso IT' });
  graph.addChannel(TEAM, { id: CHANNEL, displayName: 'General' });
  return {
    graph,
    client: clientFor(graph),
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

/** docs/platform.md#channel-messages: the documented card message. */
const cardMessage = (card: unknown = { type: 'AdaptiveCard', version: '1.4', body: [] }) => ({
  subject: null,
  body: { contentType: 'html', content: `<p>Hi</p><attachment id="${ATTACHMENT}"></attachment>` },
  attachments: [
    {
      id: ATTACHMENT,
      contentType: 'application/vnd.microsoft.card.adaptive',
      contentUrl: null,
      content: typeof card === 'string' ? card : JSON.stringify(card),
      name: null,
      thumbnailUrl: null,
    },
  ],
});

interface ChatMessage {
  id: string;
  etag: string;
  replyToId: string | null;
  messageType: string;
  createdDateTime: string;
  webUrl: string;
  from: { user: { id: string; displayName: string; userIdentityType: string } };
  body: { contentType: string; content: string };
  attachments: Array<Record<string, unknown>>;
  mentions: unknown[];
  reactions: unknown[];
}

describe('graph emulator: POST /teams/{id}/channels/{id}/messages', () => {
  it('answers 201 with the chatMessage of docs/platform.md, sent by the signed-in user', async () => {
    const { graph, client } = setup({ user: { id: 'u-1', displayName: 'Ian Lead' } });
    const sent = cardMessage();
    const message = (await client.api(messagesPath).post(sent)) as ChatMessage;
    expect(message).toMatchObject({
      replyToId: null,
      messageType: 'message',
      createdDateTime: '2026-10-15T15:00:00.000Z',
      from: { user: { id: 'u-1', displayName: 'Ian Lead', userIdentityType: 'aadUser' } },
      body: sent.body,
      mentions: [],
      reactions: [],
    });
    expect(message.id).toMatch(/^\d+$/);
    expect(message.etag).toBe(message.id);
    expect(message.attachments).toEqual([expect.objectContaining(sent.attachments[0])]);
    expect(message.webUrl).toContain(`/l/message/${encodeURIComponent(CHANNEL)}/${message.id}`);

    const stored = graph.channelMessages(TEAM, CHANNEL);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: message.id, body: sent.body, replies: [] });
    expect(stored[0]?.from).toEqual({ id: 'u-1', displayName: 'Ian Lead' });
  });

  it('gives increasing, unique ids to posts made in the same millisecond', async () => {
    const { client } = setup();
    const a = (await client.api(messagesPath).post(cardMessage())) as ChatMessage;
    const b = (await client.api(messagesPath).post(cardMessage())) as ChatMessage;
    expect(Number(b.id)).toBeGreaterThan(Number(a.id));
  });

  it('threads a reply under its message: 201 with replyToId', async () => {
    const { graph, client } = setup();
    const parent = (await client.api(messagesPath).post(cardMessage())) as ChatMessage;
    const reply = (await client
      .api(`${messagesPath}/${parent.id}/replies`)
      .post({ body: { contentType: 'text', content: 'A correction' } })) as ChatMessage;
    expect(reply.replyToId).toBe(parent.id);
    const stored = graph.channelMessages(TEAM, CHANNEL);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.replies.map((r) => r.body.content)).toEqual(['A correction']);
  });

  it('answers 404 for an unknown team, channel or parent message', async () => {
    const { client } = setup();
    const other = `/teams/${TEAM}/channels/${encodeURIComponent('19:nope@thread.tacv2')}/messages`;
    expect((await graphError(client.api(other).post(cardMessage()))).statusCode).toBe(404);
    expect(
      (await graphError(client.api(`/teams/nope/channels/x/messages`).post(cardMessage())))
        .statusCode,
    ).toBe(404);
    expect(
      (await graphError(client.api(`${messagesPath}/123/replies`).post(cardMessage()))).statusCode,
    ).toBe(404);
  });

  it('answers 403 where the user may not post, and stores nothing', async () => {
    const { graph, client } = setup();
    graph.addChannel(TEAM, {
      id: '19:news@thread.tacv2',
      displayName: 'News',
      postingAllowed: false,
    });
    const path = `/teams/${TEAM}/channels/${encodeURIComponent('19:news@thread.tacv2')}/messages`;
    expect((await graphError(client.api(path).post(cardMessage()))).statusCode).toBe(403);
    expect(graph.channelMessages(TEAM, '19:news@thread.tacv2')).toEqual([]);
  });

  it('checks ChannelMessage.Send when permissions are checked', async () => {
    const { graph, client } = setup({ grantedScopes: ['Sites.ReadWrite.All'] });
    const error = await graphError(client.api(messagesPath).post(cardMessage()));
    expect(error.statusCode).toBe(403);
    expect(error.message).toContain('ChannelMessage.Send');
    graph.setGrantedScopes(['ChannelMessage.Send']);
    await client.api(messagesPath).post(cardMessage());
    expect(graph.channelMessages(TEAM, CHANNEL)).toHaveLength(1);
  });

  it('refuses a mismatch between <attachment> tags and attachments with 400', async () => {
    const { graph, client } = setup();
    const unplaced = { ...cardMessage(), body: { contentType: 'html', content: '<p>Hi</p>' } };
    const unknown = {
      ...cardMessage(),
      body: { contentType: 'html', content: '<attachment id="other"></attachment>' },
    };
    const noAttachments = { body: cardMessage().body };
    for (const body of [unplaced, unknown, noAttachments]) {
      expect((await graphError(client.api(messagesPath).post(body))).statusCode).toBe(400);
    }
    expect(graph.channelMessages(TEAM, CHANNEL)).toEqual([]);
  });

  it('refuses a card given as an object, or as a string that is not JSON, and a missing body (400)', async () => {
    const { client } = setup();
    const asObject = cardMessage();
    (asObject.attachments[0] as Record<string, unknown>).content = { type: 'AdaptiveCard' };
    expect((await graphError(client.api(messagesPath).post(asObject))).statusCode).toBe(400);
    expect(
      (await graphError(client.api(messagesPath).post(cardMessage('{not json')))).statusCode,
    ).toBe(400);
    expect((await graphError(client.api(messagesPath).post({ subject: 'x' }))).statusCode).toBe(
      400,
    );
  });

  it(`refuses a request body over ${CHANNEL_MESSAGE_MAX_BYTES} bytes with 413 and takes one at the limit`, async () => {
    const { graph, client, advance } = setup();
    const sized = (bytes: number) => {
      const base = JSON.stringify(cardMessage({ text: '' })).length;
      // Each 'é' is 2 bytes in UTF-8 and one JSON character: fill up to `bytes`.
      const filler = 'é'.repeat(Math.floor((bytes - base) / 2)) + 'a'.repeat((bytes - base) % 2);
      const body = cardMessage({ text: filler });
      expect(new TextEncoder().encode(JSON.stringify(body)).length).toBe(bytes);
      return body;
    };
    const error = await graphError(
      client.api(messagesPath).post(sized(CHANNEL_MESSAGE_MAX_BYTES + 1)),
    );
    expect(error.statusCode).toBe(413);
    advance(1000);
    await client.api(messagesPath).post(sized(CHANNEL_MESSAGE_MAX_BYTES));
    expect(graph.channelMessages(TEAM, CHANNEL)).toHaveLength(1);
  });

  it('allows 4 requests per second per channel, then 429 with Retry-After; the window moves on', async () => {
    const { graph, advance } = setup();
    const send = () =>
      rawRequest(graph, messagesPath, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(cardMessage()),
      });
    for (let i = 0; i < 4; i++) {
      expect((await send()).status).toBe(201);
      advance(100);
    }
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('1');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'TooManyRequests',
    );
    expect(graph.channelMessages(TEAM, CHANNEL)).toHaveLength(4);
    advance(600); // the first post is now more than a second old
    expect((await send()).status).toBe(201);
  });

  it('counts the limit per channel: another channel is not throttled', async () => {
    const { graph, client } = setup();
    graph.addChannel(TEAM, { id: '19:other@thread.tacv2', displayName: 'Other' });
    for (let i = 0; i < 4; i++) await client.api(messagesPath).post(cardMessage());
    expect((await graphError(client.api(messagesPath).post(cardMessage()))).statusCode).toBe(429);
    const other = `/teams/${TEAM}/channels/${encodeURIComponent('19:other@thread.tacv2')}/messages`;
    await client.api(other).post(cardMessage());
    expect(graph.channelMessages(TEAM, '19:other@thread.tacv2')).toHaveLength(1);
  });

  it('refuses other verbs with 405', async () => {
    const { client } = setup();
    expect((await graphError(client.api(messagesPath).get())).statusCode).toBe(405);
  });

  it('needs a joined team to add a channel', () => {
    const graph = createGraphEmulator();
    expect(() => graph.addChannel('nope', { id: CHANNEL, displayName: 'General' })).toThrow(
      /not joined/,
    );
  });
});
