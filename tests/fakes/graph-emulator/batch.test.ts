// Self-tests: JSON batching (docs/platform.md#batch-requests, #graph-client) through graph-client's
// BatchRequestContent/BatchResponseContent.
import {
  BatchRequestContent,
  BatchResponseContent,
  type BatchResponseBody,
} from '@microsoft/microsoft-graph-client';
import { beforeEach, describe, expect, it } from 'vitest';
import { createItem, createList, fixture, graphError, type Fixture } from './test-harness';

let f: Fixture;
let listId: string;
const items = () => `/sites/${f.siteId}/lists/${listId}/items`;

beforeEach(async () => {
  f = fixture({ seed: 7 });
  listId = await createList(f, 'Rows', [{ name: 'Area', text: {} }]);
  await createItem(f, listId, { Title: 'one' });
  await createItem(f, listId, { Title: 'two' });
});

/** graph-client 3.0.7 strips `https://host/` plus one segment, so steps are built without the version. */
const req = (path: string, init?: RequestInit) =>
  new Request(`https://graph.microsoft.com${path}`, init);

const postBatch = (body: unknown) =>
  f.client.api('/$batch').post(body) as Promise<BatchResponseBody>;

describe('graph emulator: $batch', () => {
  it('runs the items and answers 200 with per-item statuses, read back by id', async () => {
    const content = new BatchRequestContent([
      { id: 'site', request: req(`/sites/${f.siteId}?$select=id`) },
      { id: 'rows', request: req(`${items()}?expand=fields`) },
      {
        id: 'add',
        request: req(items(), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ fields: { Title: 'three' } }),
        }),
      },
      { id: 'gone', request: req(`${items()}/1`, { method: 'DELETE' }) },
      { id: 'missing', request: req(`${items()}/99`) },
    ]);
    const body = await postBatch(await content.getContent());
    const batch = new BatchResponseContent(body);
    expect((await batch.getResponseById('site').json()).id).toBe(f.siteId);
    const rows = await batch.getResponseById('rows').json();
    expect(rows.value.map((i: { fields: { Title: string } }) => i.fields.Title)).toEqual([
      'one',
      'two',
    ]);
    const added = batch.getResponseById('add');
    expect(added.status).toBe(201);
    expect((await added.json()).fields.Title).toBe('three');
    expect(batch.getResponseById('gone').status).toBe(204);
    const missing = batch.getResponseById('missing');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('itemNotFound');
  });

  it('sends Content-Type: application/json on JSON items and body null on 204', async () => {
    const body = await postBatch({
      requests: [
        { id: '1', method: 'GET', url: `${items()}/2` },
        { id: '2', method: 'DELETE', url: `${items()}/1` },
      ],
    });
    const byId = new Map(body.responses.map((r) => [r['id'], r]));
    expect(byId.get('1')?.['headers']['Content-Type']).toBe('application/json');
    expect(byId.get('2')).toMatchObject({ status: 204, body: null });
  });

  it('returns responses out of order (seeded) without confusing BatchResponseContent', async () => {
    const requests = Array.from({ length: 8 }, (_, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: i % 2 ? `${items()}/1` : `${items()}/2?expand=fields`,
    }));
    const body = await postBatch({ requests });
    const order = body.responses.map((r) => r['id'] as string);
    expect(order).not.toEqual(requests.map((r) => r.id));
    expect([...order].sort()).toEqual(requests.map((r) => r.id).sort());
    const batch = new BatchResponseContent(body);
    expect((await batch.getResponseById('2').json()).id).toBe('1');
    expect((await batch.getResponseById('3').json()).fields.Title).toBe('two');
  });

  it('fails dependents of a failed item with 424 Failed Dependency', async () => {
    const body = await postBatch({
      requests: [
        { id: 'a', method: 'GET', url: `${items()}/99` },
        {
          id: 'b',
          dependsOn: ['a'],
          method: 'PATCH',
          url: `${items()}/1/fields`,
          headers: { 'Content-Type': 'application/json' },
          body: { Title: 'never' },
        },
      ],
    });
    const batch = new BatchResponseContent(body);
    expect(batch.getResponseById('a').status).toBe(404);
    expect(batch.getResponseById('b').status).toBe(424);
    expect(f.graph.state.lists(f.siteId)[0]?.items[0]?.fields['Title']).toBe('one');
  });

  it('runs serial dependencies in order', async () => {
    const body = await postBatch({
      requests: [
        {
          id: '1',
          method: 'PATCH',
          url: `${items()}/1/fields`,
          headers: { 'content-type': 'application/json' },
          body: { Title: 'x' },
        },
        { id: '2', dependsOn: ['1'], method: 'GET', url: `${items()}/1?expand=fields` },
      ],
    });
    const batch = new BatchResponseContent(body);
    expect((await batch.getResponseById('2').json()).fields.Title).toBe('x');
  });

  it('refuses invalid payloads with 400 and runs nothing', async () => {
    const get = (id: string) => ({ id, method: 'GET', url: `${items()}/1` });
    const cases: unknown[] = [
      { requests: Array.from({ length: 21 }, (_, i) => get(String(i))) },
      { requests: [get('1'), get('1')] },
      { requests: [{ id: '1', method: 'POST', url: items(), body: { fields: { Title: 'x' } } }] },
      { requests: [{ id: '1', method: 'GET' }] },
      { requests: [{ id: '1', url: items() }] },
      { requests: [{ method: 'GET', url: items() }] },
      { requests: [{ ...get('1'), dependsOn: ['9'] }] },
      { requests: [get('1'), get('2'), { ...get('3'), dependsOn: ['1', '2'] }] },
      { nope: [] },
    ];
    for (const payload of cases) {
      const error = await graphError(postBatch(payload));
      expect(error.statusCode).toBe(400);
    }
    expect(f.graph.log.entries().filter((e) => e.inBatch)).toHaveLength(0);
    expect(f.graph.state.lists(f.siteId)[0]?.items).toHaveLength(2);
  });

  it('accepts exactly 20 requests', async () => {
    const requests = Array.from({ length: 20 }, (_, i) => ({
      id: `r${i}`,
      method: 'GET',
      url: `${items()}/1`,
    }));
    expect((await postBatch({ requests })).responses).toHaveLength(20);
  });

  it('fails an item whose url repeats the version segment [C msgraph-sdk-javascript#1178]', async () => {
    const content = new BatchRequestContent([
      { id: '1', request: new Request(`https://graph.microsoft.com/v1.0${items()}`) },
    ]);
    const body = await postBatch(await content.getContent());
    const item = new BatchResponseContent(body).getResponseById('1');
    expect(item.status).toBe(400);
    expect((await item.json()).error.message).toBe("Resource not found for the segment 'v1.0'.");
  });

  it('throttles an item inside a 200 batch: status 429 with Retry-After, nothing changed', async () => {
    f.graph.faults.next({
      inBatch: true,
      status: 429,
      retryAfterSeconds: 7,
      match: { method: 'PATCH' },
    });
    const res = (await f.client
      .api('/$batch')
      .responseType('raw' as never)
      .post({
        requests: [
          { id: '1', method: 'GET', url: `${items()}/1` },
          {
            id: '2',
            method: 'PATCH',
            url: `${items()}/2/fields`,
            headers: { 'Content-Type': 'application/json' },
            body: { Title: 'x' },
          },
        ],
      })) as Response;
    expect(res.status).toBe(200);
    const batch = new BatchResponseContent((await res.json()) as BatchResponseBody);
    const throttled = batch.getResponseById('2');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('Retry-After')).toBe('7');
    expect((await throttled.json()).error.code).toBe('TooManyRequests');
    expect(batch.getResponseById('1').status).toBe(200);
    expect(f.graph.state.lists(f.siteId)[0]?.items[1]).toMatchObject({
      version: 1,
      fields: { Title: 'two' },
    });
  });

  it('hands out absolute nextLinks from paged items inside a batch', async () => {
    const small = fixture({ pageSize: 1 });
    const id = await createList(small, 'Rows', []);
    await createItem(small, id, { Title: 'a' });
    await createItem(small, id, { Title: 'b' });
    const body = (await small.client.api('/$batch').post({
      requests: [{ id: '1', method: 'GET', url: `/sites/${small.siteId}/lists/${id}/items` }],
    })) as BatchResponseBody;
    const page = await new BatchResponseContent(body).getResponseById('1').json();
    expect(page['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/sites\//);
  });
});
