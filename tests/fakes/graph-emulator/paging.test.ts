// Self-tests: @odata.nextLink paging (docs/platform.md#paging, #graph-client) followed by
// graph-client's PageIterator.
import { PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { createItem, createList, fixture } from './test-harness';

async function listWith(n: number, pageSize: number) {
  const f = fixture({ pageSize });
  const listId = await createList(f, 'Rows', [{ name: 'Key', text: {}, indexed: true }]);
  for (let i = 1; i <= n; i++)
    await createItem(f, listId, { Title: `row ${i}`, Key: i % 2 ? 'odd' : 'even' });
  return { f, path: `/sites/${f.siteId}/lists/${listId}/items` };
}

describe('graph emulator: paging', () => {
  it('pages with an absolute nextLink carrying an opaque $skiptoken', async () => {
    const { f, path } = await listWith(12, 5);
    const first = (await f.client.api(path).expand('fields').get()) as PageCollection;
    expect(first.value).toHaveLength(5);
    const next = first['@odata.nextLink'] as string;
    expect(next.startsWith(`https://graph.microsoft.com/v1.0${path}?`)).toBe(true);
    expect(next).toMatch(/\$skiptoken=[A-Za-z0-9_-]+/);
    expect(next).toContain('$expand=fields');
  });

  it('is followed by PageIterator across 3 pages, keeping $filter and select', async () => {
    const { f, path } = await listWith(13, 2);
    const pages: number[] = [];
    const seen: string[] = [];
    const first = (await f.client
      .api(path)
      .filter("fields/Key eq 'odd'")
      .expand('fields(select=Title)')
      .get()) as PageCollection;
    pages.push(first.value.length);
    const iterator = new PageIterator(f.client, first, (item: { fields: { Title: string } }) => {
      seen.push(item.fields.Title);
      return true;
    });
    await iterator.iterate();
    expect(seen).toEqual([1, 3, 5, 7, 9, 11, 13].map((i) => `row ${i}`));
    const pageRequests = f.graph.log.entries().filter((e) => e.url.includes('/items?'));
    expect(pageRequests.length).toBe(4);
    expect(pages[0]).toBe(2);
  });

  it('uses $top as the page size', async () => {
    const { f, path } = await listWith(9, 200);
    const first = (await f.client.api(path).top(4).get()) as PageCollection;
    expect(first.value).toHaveLength(4);
    const second = (await f.client.api(first['@odata.nextLink'] as string).get()) as PageCollection;
    expect(second.value.map((i: { id: string }) => i.id)).toEqual(['5', '6', '7', '8']);
    const third = (await f.client.api(second['@odata.nextLink'] as string).get()) as PageCollection;
    expect(third.value).toHaveLength(1);
    expect(third['@odata.nextLink']).toBeUndefined();
  });

  it('keeps page boundaries stable when items are added or deleted between pages', async () => {
    const { f, path } = await listWith(6, 3);
    const first = (await f.client.api(path).get()) as PageCollection;
    await f.client.api(`${path}/2`).delete();
    await f.client.api(`${path}/4`).delete();
    await f.client.api(path).post({ fields: { Title: 'late' } });
    const second = (await f.client.api(first['@odata.nextLink'] as string).get()) as PageCollection;
    expect(second.value.map((i: { id: string }) => i.id)).toEqual(['5', '6', '7']);
  });

  it('rejects a skiptoken it did not issue (assumed)', async () => {
    const { f, path } = await listWith(1, 5);
    await expect(f.client.api(`${path}?$skiptoken=bogus`).get()).rejects.toMatchObject({
      statusCode: 400,
    });
  });
});
