import { Client, type Context } from '@microsoft/microsoft-graph-client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_BATCH_REQUESTS,
  batchUrl,
  buildBatchContent,
  chunk,
  dependencies,
  runBatches,
} from '../../../../../src/adapters/graph/http/batch';
import { DEFAULT_RETRY_POLICY } from '../../../../../src/adapters/graph/http/retry';
import {
  createGraphSender,
  type GraphRequestSpec,
} from '../../../../../src/adapters/graph/http/send';

describe('splitting into batches', () => {
  it('keeps every request, in order, at most 20 to a batch', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 100 }), (items) => {
        const chunks = chunk(items);
        expect(chunks.flat()).toStrictEqual(items);
        expect(chunks).toHaveLength(Math.ceil(items.length / MAX_BATCH_REQUESTS));
        for (const part of chunks) expect(part.length).toBeLessThanOrEqual(20);
      }),
    );
  });

  it('makes batch URLs relative to the version, nextLinks included', () => {
    expect(batchUrl('/sites/a/lists')).toBe('/sites/a/lists');
    expect(batchUrl('sites/a')).toBe('/sites/a');
    expect(batchUrl('https://graph.microsoft.com/v1.0/sites/a/items?$skiptoken=ab//c')).toBe(
      '/sites/a/items?$skiptoken=ab//c',
    );
    expect(batchUrl('https://microsoftgraph.chinacloudapi.cn/v1.0/sites/a')).toBe('/sites/a');
  });

  it('chains dependencies in the shapes Graph accepts', () => {
    expect(dependencies(['a', 'b', 'c'], 'parallel')).toStrictEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(dependencies(['a', 'b', 'c'], 'serial')).toStrictEqual([undefined, ['a'], ['b']]);
    expect(dependencies(['a', 'b', 'c'], 'anchored')).toStrictEqual([undefined, ['a'], ['a']]);
  });

  it('builds the JSON batch with graph-client, keeping URLs and headers exact', async () => {
    const content = await buildBatchContent(
      [
        { id: '0', spec: { method: 'GET', url: "/sites/s/items?$filter=x eq 'a//b'" } },
        {
          id: '1',
          spec: {
            method: 'PATCH',
            url: '/sites/s/items/1/fields',
            headers: { 'If-Match': '"{G},2"' },
            body: { A: 1 },
          },
        },
      ],
      'serial',
    );
    expect(content.requests).toMatchObject([
      { id: '0', method: 'GET', url: "/sites/s/items?$filter=x eq 'a//b'" },
      {
        id: '1',
        method: 'PATCH',
        url: '/sites/s/items/1/fields',
        dependsOn: ['0'],
        headers: { 'content-type': 'application/json', 'if-match': '"{G},2"' },
        body: { A: 1 },
      },
    ]);
  });
});

interface BatchItem {
  id: string;
  url: string;
  dependsOn?: string[];
}

/**
 * A `$batch` endpoint at the middleware boundary. `answer(item, round)` gives each item's status
 * (and Retry-After); responses come back in reverse order, as Graph may reorder them.
 */
function batchServer(answer: (item: BatchItem, round: number) => number | [number, string]) {
  const rounds: BatchItem[][] = [];
  const middleware = {
    async execute(context: Context) {
      const body = JSON.parse(String(context.options?.body)) as { requests: BatchItem[] };
      rounds.push(body.requests);
      const failed = new Set<string>();
      const responses = body.requests.map((item) => {
        const dep = item.dependsOn?.find((d) => failed.has(d));
        const given = dep ? 424 : answer(item, rounds.length);
        const [status, retryAfter] = typeof given === 'number' ? [given] : given;
        if (status >= 400) failed.add(item.id);
        return {
          id: item.id,
          status,
          headers: {
            'Content-Type': 'application/json',
            ...(retryAfter ? { 'Retry-After': retryAfter } : {}),
          },
          body:
            status < 300 ? { url: item.url } : { error: { code: String(status), message: 'No.' } },
        };
      });
      context.response = new Response(JSON.stringify({ responses: responses.reverse() }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  };
  const sleeps: number[] = [];
  const sender = createGraphSender(Client.initWithMiddleware({ middleware }), {
    policy: { ...DEFAULT_RETRY_POLICY, random: () => 0.5 },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    onStatus: () => {},
    now: () => 0,
  });
  return { sender, rounds, sleeps };
}

const gets = (n: number): GraphRequestSpec[] =>
  Array.from({ length: n }, (_, i) => ({ method: 'GET', url: `/r/${i}` }));

describe('running batches', () => {
  it('sends 25 requests as 20 + 5 and returns the outcomes in request order', async () => {
    const { sender, rounds } = batchServer(() => 200);
    const outcomes = await runBatches(sender, gets(25));
    expect(rounds.map((r) => r.length)).toStrictEqual([20, 5]);
    expect(outcomes.map((o) => (o.body as { url: string }).url)).toStrictEqual(
      gets(25).map((g) => g.url),
    );
  });

  it('retries only the throttled items, after the longest Retry-After', async () => {
    const { sender, rounds, sleeps } = batchServer((item, round) =>
      round === 1 && item.url === '/r/2'
        ? [429, '2']
        : round === 1 && item.url === '/r/5'
          ? [503, '7']
          : 200,
    );
    const outcomes = await runBatches(sender, gets(8));
    expect(rounds.map((r) => r.map((item) => item.url))).toStrictEqual([
      gets(8).map((g) => g.url),
      ['/r/2', '/r/5'],
    ]);
    expect(sleeps).toStrictEqual([7000]);
    expect(outcomes.every((o) => o.status === 200)).toBe(true);
    expect(outcomes.map((o) => o.ambiguous)).toStrictEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  it('sends a serial chain again from the throttled item on, still chained', async () => {
    const { sender, rounds } = batchServer((item, round) =>
      round === 1 && item.url === '/r/1' ? 429 : 200,
    );
    const outcomes = await runBatches(sender, gets(4), 'serial');
    expect(rounds[1]).toMatchObject([
      { url: '/r/1' },
      { url: '/r/2', dependsOn: ['1'] },
      { url: '/r/3', dependsOn: ['2'] },
    ]);
    expect(outcomes.map((o) => o.status)).toStrictEqual([200, 200, 200, 200]);
  });

  it('gives up on an item after maxAttempts rounds, keeping its last status', async () => {
    const { sender, rounds } = batchServer((item) => (item.url === '/r/0' ? 429 : 200));
    const outcomes = await runBatches(sender, gets(2));
    expect(rounds).toHaveLength(5);
    expect(outcomes.map((o) => o.status)).toStrictEqual([429, 200]);
  });

  it('does not retry dependants of an anchor that failed for good, nor send later batches', async () => {
    const { sender, rounds } = batchServer((item) => (item.url === '/r/0' ? 404 : 200));
    const outcomes = await runBatches(sender, gets(23), 'anchored');
    expect(rounds).toHaveLength(1);
    expect(outcomes.map((o) => o.status)).toStrictEqual([404, ...Array<number>(22).fill(424)]);
  });
});
