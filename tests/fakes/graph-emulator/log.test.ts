// Self-tests: the request log — round trips and SharePoint resource units
// (docs/platform.md#throttling).
import { describe, expect, it } from 'vitest';
import { GROUP_ID, createItem, createList, fixture, rawRequest } from './test-harness';

describe('graph emulator: request log', () => {
  it('costs 1 RU per single-item read and 2 RU per query or write', async () => {
    const f = fixture();
    const listId = await createList(f, 'Rows', []); // POST: 2
    const item = await createItem(f, listId, { Title: 'a' }); // POST: 2
    const base = `/sites/${f.siteId}/lists/${listId}`;
    await f.client.api(`/groups/${GROUP_ID}/sites/root`).get(); // 1
    await f.client.api(base).get(); // 1
    await f.client.api(`${base}/items/${item.id}`).get(); // 1
    await f.client.api(`${base}/items`).get(); // 2
    await f.client.api(`${base}/columns`).get(); // 2
    await f.client.api(`${base}/items/${item.id}/fields`).patch({ Title: 'b' }); // 2
    await f.client.api(`${base}/items/${item.id}`).delete(); // 2
    expect(f.graph.log.resourceUnits()).toBe(15);
    expect(f.graph.log.roundTrips()).toBe(9);
    expect(f.graph.log.entries().map((e) => e.resourceUnits)).toEqual([2, 2, 1, 1, 1, 2, 2, 2, 2]);
  });

  it('counts a $batch as one round trip and its items individually', async () => {
    const f = fixture();
    const listId = await createList(f, 'Rows', []);
    await createItem(f, listId, { Title: 'a' });
    f.graph.log.reset();
    expect(f.graph.log.entries()).toEqual([]);
    const items = `/sites/${f.siteId}/lists/${listId}/items`;
    await f.client.api('/$batch').post({
      requests: [
        { id: 'a', method: 'GET', url: items },
        { id: 'b', method: 'GET', url: `${items}/1` },
        {
          id: 'c',
          method: 'POST',
          url: items,
          headers: { 'Content-Type': 'application/json' },
          body: { fields: {} },
        },
      ],
    });
    expect(f.graph.log.roundTrips()).toBe(1);
    expect(f.graph.log.resourceUnits()).toBe(5);
    const [envelope, ...inner] = f.graph.log.entries();
    expect(envelope).toMatchObject({
      method: 'POST',
      inBatch: false,
      status: 200,
      resourceUnits: 0,
    });
    expect(inner.map((e) => [e.batchItemId, e.inBatch, e.status])).toEqual([
      ['a', true, 200],
      ['b', true, 200],
      ['c', true, 201],
    ]);
    expect(inner[1]?.url).toBe(`https://graph.microsoft.com/v1.0${items}/1`);
  });

  it('logs rejected and faulted requests as round trips that cost nothing', async () => {
    const f = fixture();
    await rawRequest(f.graph, `/sites/${f.siteId}`, { auth: false });
    f.graph.faults.next({ status: 429 });
    await rawRequest(f.graph, `/sites/${f.siteId}`);
    expect(f.graph.log.entries().map((e) => [e.status, e.faulted, e.resourceUnits])).toEqual([
      [401, false, 0],
      [429, true, 0],
    ]);
    expect(f.graph.log.roundTrips()).toBe(2);
  });
});
