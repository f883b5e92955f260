import { Client, type Context } from '@microsoft/microsoft-graph-client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETRY_POLICY,
  backoffSeconds,
  batchWaitSeconds,
  parseRetryAfter,
  retryWaitSeconds,
  type GraphStatus,
  type RetryEnv,
} from '../../../../../src/adapters/graph/http/retry';
import { GraphFailure, createGraphSender } from '../../../../../src/adapters/graph/http/send';

const policy = { ...DEFAULT_RETRY_POLICY, random: () => 0.5 };

describe('retry policy', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('later', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('backs off exponentially with jitter between half and all of the step, capped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const step = Math.min(180, 2 ** (attempt - 1));
          const wait = backoffSeconds(attempt, { ...DEFAULT_RETRY_POLICY, random: () => r });
          expect(wait).toBeGreaterThanOrEqual(step / 2);
          expect(wait).toBeLessThanOrEqual(step);
        },
      ),
    );
    expect([1, 2, 3, 4].map((a) => backoffSeconds(a, policy))).toStrictEqual([0.75, 1.5, 3, 6]);
  });

  it("honours the service's Retry-After over the backoff, up to the cap", () => {
    expect(retryWaitSeconds(1, 12, policy)).toBe(12);
    expect(retryWaitSeconds(4, 0, policy)).toBe(0);
    expect(retryWaitSeconds(1, 3600, policy)).toBe(180);
    expect(retryWaitSeconds(2, undefined, policy)).toBe(1.5);
  });

  it('waits for the longest Retry-After among the failed items of a batch', () => {
    expect(batchWaitSeconds(1, [2, undefined, 9, 4], policy)).toBe(9);
    expect(batchWaitSeconds(3, [undefined], policy)).toBe(3);
  });
});

/** A Graph stand-in at the middleware boundary: answers each call from a script. */
function scripted(answers: readonly (number | [number, Record<string, string>])[]) {
  const calls: string[] = [];
  const middleware = {
    async execute(context: Context) {
      calls.push(String(context.request));
      const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
      const [status, headers] = typeof answer === 'number' ? [answer, {}] : answer;
      const body =
        status < 300
          ? { id: 'ok' }
          : { error: { code: `code${status}`, message: `Status ${status}.` } };
      context.response = new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json', ...headers },
      });
    },
  };
  return { client: Client.initWithMiddleware({ middleware }), calls };
}

function env(maxAttempts = 5) {
  const sleeps: number[] = [];
  const statuses: GraphStatus[] = [];
  const retryEnv: RetryEnv = {
    policy: { ...policy, maxAttempts },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    onStatus: (status) => statuses.push(status),
    now: () => 0,
  };
  return { retryEnv, sleeps, statuses };
}

const GET = { method: 'GET', url: '/sites/s1?$select=id' } as const;

describe('sending one request', () => {
  it('retries 429 after Retry-After, telling the UI, then succeeds', async () => {
    const { client, calls } = scripted([[429, { 'Retry-After': '3' }], [503, {}], 200]);
    const { retryEnv, sleeps, statuses } = env();
    const result = await createGraphSender(client, retryEnv).send(GET);
    expect(result).toStrictEqual({ body: { id: 'ok' }, ambiguous: true });
    expect(calls).toHaveLength(3);
    expect(sleeps).toStrictEqual([3000, 1500]);
    expect(statuses).toStrictEqual([
      { kind: 'retrying', attempt: 2, waitSeconds: 3 },
      { kind: 'retrying', attempt: 3, waitSeconds: 1.5 },
    ]);
  });

  it('gives up after maxAttempts sends', async () => {
    const { client, calls } = scripted([504]);
    const { retryEnv, sleeps } = env(4);
    const failure = await createGraphSender(client, retryEnv)
      .send(GET)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphFailure);
    expect(failure).toMatchObject({ status: 504, code: 'code504', message: 'Status 504.' });
    expect(calls).toHaveLength(4);
    expect(sleeps).toStrictEqual([750, 1500, 3000]);
  });

  it('retries a 401 once at once (a fresh token), never in a loop', async () => {
    const once = scripted([401, 200]);
    await expect(createGraphSender(once.client, env().retryEnv).send(GET)).resolves.toBeTruthy();
    expect(once.calls).toHaveLength(2);

    const always = scripted([401]);
    const { retryEnv, sleeps } = env();
    await expect(createGraphSender(always.client, retryEnv).send(GET)).rejects.toMatchObject({
      status: 401,
    });
    expect(always.calls).toHaveLength(2);
    expect(sleeps).toStrictEqual([]);
  });

  it('does not retry other errors', async () => {
    const { client, calls } = scripted([400]);
    await expect(createGraphSender(client, env().retryEnv).send(GET)).rejects.toMatchObject({
      status: 400,
      code: 'code400',
    });
    expect(calls).toHaveLength(1);
  });
});
