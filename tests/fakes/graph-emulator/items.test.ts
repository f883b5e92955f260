// Self-tests: list items (docs/platform.md#list-items, #etags-and-if-match): create, read, PATCH
// fields, DELETE, If-Match, ETags.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createItem,
  createList,
  fixture,
  graphError,
  type Fixture,
  type ItemBody,
} from './test-harness';

const ETAG = /^"\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\},(\d+)"$/;
const versionOf = (eTag: string) => Number(ETAG.exec(eTag)?.[1]);

let f: Fixture;
let listId: string;
const items = () => `/sites/${f.siteId}/lists/${listId}/items`;

beforeEach(async () => {
  f = fixture();
  listId = await createList(f, 'Rows', [
    { name: 'Area', text: {} },
    { name: 'Quantity', number: {} },
    { name: 'Done', boolean: {} },
    { name: 'Due', dateTime: {} },
    { name: 'Secret', text: {}, hidden: true },
    { name: 'Owner', personOrGroup: {} },
    { name: 'Watchers', personOrGroup: { allowMultipleSelection: true } },
  ]);
});

describe('graph emulator: creating items', () => {
  it('answers 201 with a numeric string id, eTag "{GUID},1" and fields', async () => {
    const res = (await f.client
      .api(items())
      .responseType('raw' as never)
      .post({ fields: { Title: 'Widget', Quantity: 32 } })) as Response;
    expect(res.status).toBe(201);
    const item = (await res.json()) as ItemBody & { createdDateTime: string };
    expect(item.id).toBe('1');
    expect(item.eTag).toMatch(ETAG);
    expect(versionOf(item.eTag)).toBe(1);
    expect(item.fields).toMatchObject({ Title: 'Widget', Quantity: 32, '@odata.etag': item.eTag });
    expect(res.headers.get('ETag')).toBe(item.eTag);
    const second = await createItem(f, listId, { Title: 'Gadget' });
    expect(second.id).toBe('2');
  });

  it('never reuses an id after a delete', async () => {
    await createItem(f, listId, { Title: 'a' });
    const b = await createItem(f, listId, { Title: 'b' });
    await f.client.api(`${items()}/${b.id}`).delete();
    expect((await createItem(f, listId, { Title: 'c' })).id).toBe('3');
  });

  it('refuses unknown and read-only fields with 400 and stores nothing (assumed)', async () => {
    for (const fields of [
      { Title: 'x', Colour: 'red' },
      { Title: 'x', Modified: '2026-01-01' },
    ]) {
      const error = await graphError(f.client.api(items()).post({ fields }));
      expect(error.statusCode).toBe(400);
    }
    expect(f.graph.state.lists(f.siteId)[0]?.items).toHaveLength(0);
  });

  it('refuses wrongly typed values (assumed)', async () => {
    const error = await graphError(f.client.api(items()).post({ fields: { Quantity: '5' } }));
    expect(error.statusCode).toBe(400);
  });

  it('writes person columns as <Name>LookupId; multi-value needs @odata.type', async () => {
    const item = await createItem(f, listId, {
      OwnerLookupId: 40,
      'WatchersLookupId@odata.type': 'Collection(Edm.Int32)',
      WatchersLookupId: [40, 41],
    });
    expect(item.fields).toMatchObject({ OwnerLookupId: '40', WatchersLookupId: [40, 41] });
    const untyped = await graphError(
      f.client.api(items()).post({ fields: { WatchersLookupId: [40] } }),
    );
    expect(untyped.statusCode).toBe(400);
    expect(untyped.message).toMatch(/without a type name/);
    const byName = await graphError(f.client.api(items()).post({ fields: { Owner: 40 } }));
    expect(byName.statusCode).toBe(400);
  });
});

describe('graph emulator: reading items', () => {
  it('returns items without fields unless expanded; expand=fields(select=…) picks fields', async () => {
    await createItem(f, listId, { Title: 'Widget', Area: 'North', Quantity: 3 });
    const bare = (await f.client.api(items()).get()) as { value: ItemBody[] };
    expect(bare.value[0]?.id).toBe('1');
    expect(bare.value[0]?.fields).toBeUndefined();
    const all = (await f.client.api(items()).expand('fields').get()) as { value: ItemBody[] };
    expect(all.value[0]?.fields).toMatchObject({ Title: 'Widget', Area: 'North', id: '1' });
    const picked = (await f.client.api(items()).expand('fields(select=Area,Quantity)').get()) as {
      value: ItemBody[];
    };
    const fields = picked.value[0]?.fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(['@odata.etag', 'Area', 'Quantity']);
  });

  it('combines $select=id,eTag with expand=fields(select=…)', async () => {
    const created = await createItem(f, listId, { Title: 'Widget', Area: 'North' });
    const res = (await f.client
      .api(items())
      .select('id,eTag')
      .expand('fields(select=Title)')
      .get()) as { value: Array<Record<string, unknown>> };
    expect(res.value[0]).toEqual({
      '@odata.etag': created.eTag,
      id: '1',
      eTag: created.eTag,
      fields: { '@odata.etag': created.eTag, Title: 'Widget' },
    });
  });

  it('shows hidden columns only when selected and omits empty fields (assumed)', async () => {
    const item = await createItem(f, listId, { Title: 'x', Secret: 's' });
    expect(item.fields?.['Secret']).toBeUndefined();
    expect(item.fields && 'Area' in item.fields).toBe(false);
    const got = (await f.client
      .api(`${items()}/${item.id}`)
      .expand('fields(select=Secret,Title)')
      .get()) as ItemBody;
    expect(got.fields).toMatchObject({ Secret: 's', Title: 'x' });
  });

  it('gets one item and 404s a missing one', async () => {
    const item = await createItem(f, listId, { Title: 'x' });
    const got = (await f.client.api(`${items()}/${item.id}`).expand('fields').get()) as ItemBody;
    expect(got.eTag).toBe(item.eTag);
    const error = await graphError(f.client.api(`${items()}/99`).get());
    expect([error.statusCode, error.code]).toEqual([404, 'itemNotFound']);
  });
});

describe('graph emulator: updating and deleting items', () => {
  it('PATCH …/fields answers 200 + fieldValueSet, leaves other fields, advances the eTag', async () => {
    const item = await createItem(f, listId, { Title: 'Widget', Area: 'North', Quantity: 3 });
    const res = (await f.client
      .api(`${items()}/${item.id}/fields`)
      .responseType('raw' as never)
      .patch({ Quantity: 934, Due: '2026-04-01T12:30:00.000Z' })) as Response;
    expect(res.status).toBe(200);
    const fields = (await res.json()) as Record<string, unknown>;
    expect(fields).toMatchObject({ Title: 'Widget', Area: 'North', Quantity: 934 });
    expect(fields['Due']).toBe('2026-04-01T12:30:00Z');
    expect(versionOf(fields['@odata.etag'] as string)).toBe(2);
    await f.client.api(`${items()}/${item.id}/fields`).patch({ Area: null });
    const [stored] = f.graph.state.lists(f.siteId)[0]?.items ?? [];
    expect(stored?.version).toBe(3);
    expect(stored?.fields).toEqual({ Title: 'Widget', Quantity: 934, Due: '2026-04-01T12:30:00Z' });
    expect(stored?.eTag.startsWith(item.eTag.slice(0, 39))).toBe(true);
  });

  it('412s a stale If-Match and changes nothing; the current eTag and * match', async () => {
    const item = await createItem(f, listId, { Title: 'v1' });
    await f.client.api(`${items()}/${item.id}/fields`).patch({ Title: 'v2' });
    const before = f.graph.state.lists(f.siteId);
    const error = await graphError(
      f.client
        .api(`${items()}/${item.id}/fields`)
        .header('If-Match', item.eTag)
        .patch({ Title: 'lost' }),
    );
    expect(error.statusCode).toBe(412);
    expect(error.requestId).toBeTruthy();
    expect(f.graph.state.lists(f.siteId)).toEqual(before);
    const current = before[0]?.items[0]?.eTag as string;
    await f.client
      .api(`${items()}/${item.id}/fields`)
      .header('If-Match', current)
      .patch({ Title: 'v3' });
    await f.client
      .api(`${items()}/${item.id}/fields`)
      .header('If-Match', '*')
      .patch({ Title: 'v4' });
    expect(f.graph.state.lists(f.siteId)[0]?.items[0]?.fields['Title']).toBe('v4');
  });

  it('DELETE answers 204; a stale If-Match 412s and keeps the item', async () => {
    const item = await createItem(f, listId, { Title: 'x' });
    await f.client.api(`${items()}/${item.id}/fields`).patch({ Title: 'y' });
    const stale = await graphError(
      f.client.api(`${items()}/${item.id}`).header('If-Match', item.eTag).delete(),
    );
    expect(stale.statusCode).toBe(412);
    expect(f.graph.state.lists(f.siteId)[0]?.items).toHaveLength(1);
    const res = (await f.client
      .api(`${items()}/${item.id}`)
      .responseType('raw' as never)
      .delete()) as Response;
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect((await graphError(f.client.api(`${items()}/${item.id}`).get())).statusCode).toBe(404);
  });

  it('a rejected PATCH (unknown field) changes nothing, not even the version', async () => {
    const item = await createItem(f, listId, { Title: 'x' });
    const error = await graphError(
      f.client.api(`${items()}/${item.id}/fields`).patch({ Title: 'y', Nope: 1 }),
    );
    expect(error.statusCode).toBe(400);
    expect(f.graph.state.lists(f.siteId)[0]?.items[0]).toMatchObject({
      version: 1,
      fields: { Title: 'x' },
    });
  });
});
