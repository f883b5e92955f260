// Self-tests: fault injection (scripted, random, latency) — a faulted request never changes state.
import { describe, expect, it } from 'vitest';
import { GROUP_ID, createItem, createList, fixture, graphError, rawRequest } from './test-harness';

describe('graph emulator: scripted faults', () => {
  it('fails the next request with 429 + Retry-After, which RetryHandler honours', async () => {
    const f = fixture({}, { retry: true });
    f.graph.faults.next({ status: 429, retryAfterSeconds: 0 });
    const site = (await f.client.api(`/groups/${GROUP_ID}/sites/root`).get()) as { id: string };
    expect(site.id).toBe(f.siteId);
    const log = f.graph.log.entries();
    expect(log.map((e) => [e.status, e.faulted])).toEqual([
      [429, true],
      [200, false],
    ]);
  });

  it('sends Retry-After only when asked, and a Graph error body', async () => {
    const f = fixture();
    f.graph.faults.next({ status: 503 });
    f.graph.faults.next({ status: 429, retryAfterSeconds: 12 });
    const first = await rawRequest(f.graph, `/sites/${f.siteId}`);
    expect(first.status).toBe(503);
    expect(first.headers.get('Retry-After')).toBeNull();
    expect(((await first.json()) as { error: { code: string } }).error.code).toBe(
      'serviceNotAvailable',
    );
    const second = await rawRequest(f.graph, `/sites/${f.siteId}`);
    expect([second.status, second.headers.get('Retry-After')]).toEqual([429, '12']);
  });

  it('leaves state untouched when a write is faulted (ids are not consumed)', async () => {
    const f = fixture();
    const listId = await createList(f, 'Rows', []);
    const item = await createItem(f, listId, { Title: 'a' });
    const before = f.graph.state.lists(f.siteId);
    for (const status of [429, 503, 504, 500, 401] as const) {
      f.graph.faults.next({ status, match: { method: 'PATCH' } });
      const error = await graphError(
        f.client
          .api(`/sites/${f.siteId}/lists/${listId}/items/${item.id}/fields`)
          .patch({ Title: 'b' }),
      );
      expect(error.statusCode).toBe(status);
    }
    f.graph.faults.next({ status: 500, match: { method: 'POST' } });
    await graphError(createItem(f, listId, { Title: 'c' }));
    expect(f.graph.state.lists(f.siteId)).toEqual(before);
    expect((await createItem(f, listId, { Title: 'c' })).id).toBe('2');
  });

  it('matches by method and url, counts `times`, and reports what is pending', async () => {
    const f = fixture();
    f.graph.faults.next({ status: 503, times: 2, match: { method: 'GET', urlIncludes: '/lists' } });
    expect(f.graph.faults.pending).toBe(2);
    await f.client.api(`/sites/${f.siteId}`).get();
    await createList(f, 'Rows', []); // POST: not matched
    await graphError(f.client.api(`/sites/${f.siteId}/lists`).get());
    await graphError(f.client.api(`/sites/${f.siteId}/lists/Rows`).get());
    expect(f.graph.faults.pending).toBe(0);
    await f.client.api(`/sites/${f.siteId}/lists`).get();
  });

  it('keeps top-level faults out of batches and batch faults out of top-level requests', async () => {
    const f = fixture();
    f.graph.faults.next({ status: 429, inBatch: true });
    await f.client.api(`/sites/${f.siteId}`).get();
    expect(f.graph.faults.pending).toBe(1);
    f.graph.faults.clear();
    expect(f.graph.faults.pending).toBe(0);
  });
});

describe('graph emulator: random faults and latency', () => {
  async function pattern(seed: number) {
    const f = fixture();
    f.graph.faults.random({ rate: 0.5, statuses: [429, 503], retryAfterSeconds: 1, seed });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++)
      statuses.push((await rawRequest(f.graph, `/sites/${f.siteId}`)).status);
    return statuses;
  }

  it('fails a seeded, repeatable share of requests with the given statuses', async () => {
    const a = await pattern(42);
    expect(await pattern(42)).toEqual(a);
    expect(new Set(a)).toEqual(new Set([200, 429, 503]));
    const failures = a.filter((s) => s !== 200).length;
    expect(failures).toBeGreaterThan(3);
    expect(failures).toBeLessThan(17);
  });

  it('applies to batch items too unless restricted, and stops on clear()', async () => {
    const f = fixture();
    f.graph.faults.random({ rate: 1, statuses: [503], inBatch: true });
    const ok = await rawRequest(f.graph, `/sites/${f.siteId}`);
    expect(ok.status).toBe(200);
    const body = (await f.client.api('/$batch').post({
      requests: [{ id: '1', method: 'GET', url: `/sites/${f.siteId}` }],
    })) as { responses: Array<{ status: number }> };
    expect(body.responses[0]?.status).toBe(503);
    f.graph.faults.clear();
    expect((await rawRequest(f.graph, `/sites/${f.siteId}`)).status).toBe(200);
  });

  it('adds latency per top-level request (options.latencyMs and faults.latency)', async () => {
    const f = fixture({ latencyMs: 30 });
    let start = performance.now();
    await rawRequest(f.graph, `/sites/${f.siteId}`);
    expect(performance.now() - start).toBeGreaterThanOrEqual(25);
    f.graph.faults.latency(80);
    start = performance.now();
    await rawRequest(f.graph, `/sites/${f.siteId}`);
    expect(performance.now() - start).toBeGreaterThanOrEqual(75);
    f.graph.faults.clear();
    start = performance.now();
    await rawRequest(f.graph, `/sites/${f.siteId}`);
    expect(performance.now() - start).toBeLessThan(75);
  });

  it('rejects nonsense fault specs', () => {
    const f = fixture();
    expect(() => f.graph.faults.random({ rate: 2, statuses: [429] })).toThrow();
    expect(() => f.graph.faults.next({ status: 404 as never })).toThrow();
  });
});
