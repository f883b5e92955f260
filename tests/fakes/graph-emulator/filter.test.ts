// Self-tests: $filter on list items and SharePoint's index rules (docs/platform.md#list-items,
// #list-view-threshold).
import { describe, expect, it } from 'vitest';
import { createItem, createList, fixture, graphError, type Fixture } from './test-harness';

const PREFER = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
const NOT_INDEXED =
  "Field 'Title' cannot be referenced in filter or orderby as it is not indexed. Provide the " +
  "'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned " +
  'that such queries may fail on large lists.';

async function seeded(options: Parameters<typeof fixture>[0] = {}) {
  const f = fixture(options);
  const listId = await createList(f, 'Rows', [
    { name: 'EngagementId', text: {}, indexed: true },
    { name: 'Quantity', number: {}, indexed: true },
    { name: 'Due', dateTime: {}, indexed: true },
    { name: 'Done', boolean: {}, indexed: true },
  ]);
  const rows = [
    { Title: 'Alpha', EngagementId: 'e1', Quantity: 10, Due: '2026-01-10T00:00:00Z', Done: true },
    {
      Title: 'alpine',
      EngagementId: 'e1',
      Quantity: 600,
      Due: '2026-02-10T00:00:00Z',
      Done: false,
    },
    { Title: 'Beta', EngagementId: 'e2', Quantity: 599, Due: '2026-03-10T00:00:00Z', Done: false },
    { Title: 'Gamma', EngagementId: 'E2', Quantity: 700 },
  ];
  for (const row of rows) await createItem(f, listId, row);
  return { f, listId };
}

async function titles(f: Fixture, listId: string, filter: string, headers = {}) {
  const res = (await f.client
    .api(`/sites/${f.siteId}/lists/${listId}/items`)
    .headers(headers)
    .expand('fields(select=Title)')
    .filter(filter)
    .get()) as { value: Array<{ fields: { Title: string } }> };
  return res.value.map((i) => i.fields.Title);
}

describe('graph emulator: $filter', () => {
  it('filters indexed columns with eq, ne, lt, gt, le, ge, startswith, and, or', async () => {
    const { f, listId } = await seeded();
    expect(await titles(f, listId, "fields/EngagementId eq 'e1'")).toEqual(['Alpha', 'alpine']);
    expect(await titles(f, listId, 'fields/Quantity lt 600')).toEqual(['Alpha', 'Beta']);
    expect(await titles(f, listId, 'fields/Quantity ge 600')).toEqual(['alpine', 'Gamma']);
    expect(await titles(f, listId, 'fields/Quantity gt 599 and fields/Quantity le 600')).toEqual([
      'alpine',
    ]);
    expect(await titles(f, listId, "fields/EngagementId ne 'e1'")).toEqual(['Beta', 'Gamma']);
    expect(await titles(f, listId, "fields/Due ge '2026-02-01T00:00:00Z'")).toEqual([
      'alpine',
      'Beta',
    ]);
    expect(await titles(f, listId, 'fields/Done eq true')).toEqual(['Alpha']);
    expect(
      await titles(
        f,
        listId,
        "(fields/Quantity eq 10 or fields/Quantity eq 700) and fields/EngagementId ne 'x'",
      ),
    ).toEqual(['Alpha', 'Gamma']);
    expect(await titles(f, listId, "startswith(fields/EngagementId,'E')")).toEqual([
      'Alpha',
      'alpine',
      'Beta',
      'Gamma',
    ]);
  });

  it('compares text case-insensitively, as SharePoint does (assumed)', async () => {
    const { f, listId } = await seeded();
    expect(await titles(f, listId, "fields/EngagementId eq 'e2'")).toEqual(['Beta', 'Gamma']);
  });

  it('refuses a non-indexed column without Prefer, with the documented message', async () => {
    const { f, listId } = await seeded();
    const error = await graphError(titles(f, listId, "fields/Title eq 'Alpha'"));
    expect([error.statusCode, error.code, error.message]).toEqual([
      400,
      'invalidRequest',
      NOT_INDEXED,
    ]);
    expect(await titles(f, listId, "startswith(fields/Title,'alp')", PREFER)).toEqual([
      'Alpha',
      'alpine',
    ]);
  });

  it('lets an indexed column through once PATCHed to indexed', async () => {
    const { f, listId } = await seeded();
    const title = f.graph.state.lists(f.siteId)[0]?.columns.find((c) => c.name === 'Title');
    await f.client
      .api(`/sites/${f.siteId}/lists/${listId}/columns/${title?.id}`)
      .patch({ indexed: true });
    expect(await titles(f, listId, "fields/Title eq 'beta'")).toEqual(['Beta']);
  });

  it('applies the index rule to $orderby, which is otherwise not applied', async () => {
    const { f, listId } = await seeded();
    const api = () => f.client.api(`/sites/${f.siteId}/lists/${listId}/items`);
    expect((await graphError(api().orderby('fields/Title desc').get())).statusCode).toBe(400);
    const res = (await api().orderby('fields/Quantity desc').get()) as {
      value: Array<{ id: string }>;
    };
    expect(res.value.map((i) => i.id)).toEqual(['1', '2', '3', '4']);
  });

  it('fails a non-indexed query above the list view threshold even with Prefer', async () => {
    const { f, listId } = await seeded({ listViewThreshold: 3 });
    const error = await graphError(titles(f, listId, "fields/Title eq 'Alpha'", PREFER));
    expect([error.statusCode, error.code]).toEqual([400, 'notSupported']);
    expect(error.message).toBe('The request is unprocessable because it uses too many resources');
    expect(await titles(f, listId, "fields/EngagementId eq 'e2'")).toEqual(['Beta', 'Gamma']);
  });

  it('answers 400 for an unparsable filter or an unknown field', async () => {
    const { f, listId } = await seeded();
    for (const filter of ["fields/Quantity eq 'a", 'fields/Quantity foo 1', "fields/Nope eq 'x'"]) {
      expect((await graphError(titles(f, listId, filter))).statusCode).toBe(400);
    }
  });
});
