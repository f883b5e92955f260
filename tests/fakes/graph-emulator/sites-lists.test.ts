// Self-tests: sites, lists and columns (docs/platform.md#sharepoint-sites, #sharepoint-lists,
// #sharepoint-columns).
import { describe, expect, it } from 'vitest';
import { GROUP_ID, createList, fixture, graphError } from './test-harness';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Column {
  id: string;
  name: string;
  displayName: string;
  indexed: boolean;
  [facet: string]: unknown;
}

describe('graph emulator: sites', () => {
  it('gives a site id `hostname,guid,guid` reachable by group, by id and by path', async () => {
    const { client, siteId } = fixture();
    const [host, a, b] = siteId.split(',');
    expect(host).toBe('contoso.sharepoint.com');
    expect(a).toMatch(GUID);
    expect(b).toMatch(GUID);
    const byGroup = (await client.api(`/groups/${GROUP_ID}/sites/root`).get()) as { id: string };
    expect(byGroup.id).toBe(siteId);
    const byId = (await client.api(`/sites/${siteId}`).get()) as { webUrl: string };
    expect(byId.webUrl).toBe('https://contoso.sharepoint.com/sites/Contoso-IT');
    const byPath = (await client.api('/sites/contoso.sharepoint.com:/sites/Contoso-IT').get()) as {
      id: string;
    };
    expect(byPath.id).toBe(siteId);
  });

  it('resolves sub-resources under the by-path and group forms', async () => {
    const f = fixture();
    await createList(f, 'Books', []);
    const viaPath = (await f.client
      .api('/sites/contoso.sharepoint.com:/sites/Contoso-IT:/lists')
      .get()) as { value: unknown[] };
    expect(viaPath.value).toHaveLength(1);
    const viaGroup = (await f.client.api(`/groups/${GROUP_ID}/sites/root/lists/Books`).get()) as {
      displayName: string;
    };
    expect(viaGroup.displayName).toBe('Books');
  });

  it('answers 404 itemNotFound for an unknown group or site', async () => {
    const { client } = fixture();
    expect((await graphError(client.api('/groups/nope/sites/root').get())).statusCode).toBe(404);
    const error = await graphError(client.api('/sites/contoso.sharepoint.com:/sites/Nope').get());
    expect([error.statusCode, error.code]).toEqual([404, 'itemNotFound']);
  });
});

describe('graph emulator: lists', () => {
  it('creates a list: 201 with a GUID id, createdDateTime, createdBy.user', async () => {
    const f = fixture({ now: () => new Date('2026-03-01T10:00:00.123Z') });
    const res = (await f.client
      .api(`/sites/${f.siteId}/lists`)
      .responseType('raw' as never)
      .post({ displayName: 'Books', columns: [{ name: 'Author', text: {} }] })) as Response;
    expect(res.status).toBe(201);
    const list = (await res.json()) as Record<string, unknown>;
    expect(list['id']).toMatch(GUID);
    expect(list['displayName']).toBe('Books');
    expect(list['createdDateTime']).toBe('2026-03-01T10:00:00Z');
    expect((list['createdBy'] as { user: { displayName: string } }).user.displayName).toBeTruthy();
    expect(list['list']).toMatchObject({ template: 'genericList' });
  });

  it('adds the genericList Title column on top of the given typed columns', async () => {
    const f = fixture();
    const id = await createList(f, 'Books', [
      { name: 'Writer', displayName: 'Book author', text: { maxLength: 100 } },
      { name: 'PageCount', number: {} },
      { name: 'Done', boolean: {}, required: true },
      { name: 'Due', dateTime: { format: 'dateOnly' } },
      { name: 'Stage', choice: { choices: ['a', 'b'] }, hidden: true },
    ]);
    const cols = (await f.client.api(`/sites/${f.siteId}/lists/${id}/columns`).get()) as {
      value: Column[];
    };
    const byName = new Map(cols.value.map((c) => [c.name, c]));
    expect(byName.get('Title')?.['text']).toBeDefined();
    expect(byName.get('Writer')).toMatchObject({ displayName: 'Book author', indexed: false });
    expect(byName.get('Writer')?.['text']).toMatchObject({ maxLength: 100 });
    expect(byName.get('PageCount')?.['number']).toBeDefined();
    expect(byName.get('Done')).toMatchObject({ required: true, boolean: {} });
    expect(byName.get('Due')?.['dateTime']).toMatchObject({ format: 'dateOnly' });
    expect(byName.get('Stage')).toMatchObject({ hidden: true, choice: { choices: ['a', 'b'] } });
    for (const c of cols.value) expect(c.id).toMatch(GUID);
  });

  it('rejects a column with no type facet or with two ( mutually exclusive)', async () => {
    const f = fixture();
    for (const column of [{ name: 'X' }, { name: 'X', text: {}, number: {} }]) {
      const error = await graphError(createList(f, 'Bad', [column]));
      expect(error.statusCode).toBe(400);
    }
    expect(f.graph.state.lists(f.siteId)).toHaveLength(0);
  });

  it('encodes internal names: Ubicación → Ubicaci_x00f3_n', async () => {
    const f = fixture();
    const id = await createList(f, 'Places', [{ name: 'Ubicación', text: {} }]);
    const [list] = f.graph.state.lists(f.siteId);
    expect(list?.id).toBe(id);
    const column = list?.columns.find((c) => c.displayName === 'Ubicación');
    expect(column?.name).toBe('Ubicaci_x00f3_n');
  });

  it('accepts the doc example column `Author` but renames the clash with the built-in field (assumed)', async () => {
    const f = fixture();
    await createList(f, 'Books', [{ name: 'Author', text: {} }]);
    const author = f.graph.state
      .lists(f.siteId)[0]
      ?.columns.find((c) => c.displayName === 'Author');
    expect(author).toMatchObject({ name: 'Author0', type: 'text' });
  });

  it('refuses a second list with the same title: 409 nameAlreadyExists (assumed)', async () => {
    const f = fixture();
    await createList(f, 'Books', []);
    const error = await graphError(createList(f, 'books', []));
    expect([error.statusCode, error.code]).toEqual([409, 'nameAlreadyExists']);
  });

  it("finds lists with $filter=displayName eq '…' and trims them with $select", async () => {
    const f = fixture();
    await createList(f, 'Books', []);
    const id = await createList(f, "Tandem O'Brien", []);
    const res = (await f.client
      .api(`/sites/${f.siteId}/lists`)
      .filter("displayName eq 'Tandem O''Brien'")
      .select('id,displayName')
      .get()) as { value: Array<Record<string, unknown>> };
    expect(res.value).toHaveLength(1);
    expect(res.value[0]?.['id']).toBe(id);
    expect(Object.keys(res.value[0] ?? {}).filter((k) => !k.startsWith('@'))).toEqual([
      'id',
      'displayName',
    ]);
  });

  it('gets a list by id or by title, with $expand=columns', async () => {
    const f = fixture();
    const id = await createList(f, 'Tandem Rows', [{ name: 'Area', text: {} }]);
    const byTitle = (await f.client
      .api(`/sites/${f.siteId}/lists/Tandem Rows`)
      .expand('columns')
      .get()) as { id: string; columns: Column[] };
    expect(byTitle.id).toBe(id);
    expect(byTitle.columns.map((c) => c.name)).toContain('Area');
    const byId = (await f.client.api(`/sites/${f.siteId}/lists/${id}`).get()) as {
      columns?: unknown;
    };
    expect(byId.columns).toBeUndefined();
    expect((await graphError(f.client.api(`/sites/${f.siteId}/lists/Nope`).get())).statusCode).toBe(
      404,
    );
  });
});

describe('graph emulator: list $select with $expand=columns(select=…)', () => {
  it('selects list properties and any columnDefinition property, facets included', async () => {
    const f = fixture();
    await createList(f, 'Rows', [{ name: 'Area', text: {} }]);
    const res = (await f.client
      .api(`/sites/${f.siteId}/lists`)
      .select('id,displayName,createdDateTime')
      .expand('columns(select=id,name,displayName,indexed,required,number)')
      .get()) as { value: Array<Record<string, unknown> & { columns: Column[] }> };
    const [list] = res.value;
    expect(Object.keys(list ?? {}).sort()).toEqual(
      ['@odata.etag', 'columns', 'createdDateTime', 'displayName', 'id'].sort(),
    );
    const area = list?.columns.find((c) => c.name === 'Area');
    expect(Object.keys(area ?? {}).sort()).toEqual([
      'displayName',
      'id',
      'indexed',
      'name',
      'required',
    ]);
    expect(list?.columns.find((c) => c.name === 'ID')?.['number']).toBeDefined();
    const bad = await graphError(f.client.api(`/sites/${f.siteId}/lists`).select('nope').get());
    expect(bad.statusCode).toBe(400);
  });
});

describe('graph emulator: columns', () => {
  it('adds a column (201) and indexes one with PATCH (200) for schema upgrades', async () => {
    const f = fixture();
    const listId = await createList(f, 'Rows', [{ name: 'EngagementId', text: {} }]);
    const added = (await f.client
      .api(`/sites/${f.siteId}/lists/${listId}/columns`)
      .responseType('raw' as never)
      .post({ name: 'Owner', personOrGroup: {} })) as Response;
    expect(added.status).toBe(201);
    const cols = (await f.client.api(`/sites/${f.siteId}/lists/${listId}/columns`).get()) as {
      value: Column[];
    };
    const engagement = cols.value.find((c) => c.name === 'EngagementId') as Column;
    const patched = (await f.client
      .api(`/sites/${f.siteId}/lists/${listId}/columns/${engagement.id}`)
      .patch({ indexed: true })) as Column;
    expect(patched.indexed).toBe(true);
    const state = f.graph.state.lists(f.siteId)[0];
    expect(state?.columns.find((c) => c.name === 'EngagementId')?.indexed).toBe(true);
    expect(state?.columns.find((c) => c.name === 'Owner')?.fieldKey).toBe('OwnerLookupId');
  });

  it('refuses a duplicate column name and a type change', async () => {
    const f = fixture();
    const listId = await createList(f, 'Rows', [{ name: 'Area', text: {} }]);
    const dup = await graphError(
      f.client.api(`/sites/${f.siteId}/lists/${listId}/columns`).post({ name: 'Area', text: {} }),
    );
    expect(dup.statusCode).toBe(409);
    const area = f.graph.state.lists(f.siteId)[0]?.columns.find((c) => c.name === 'Area');
    const change = await graphError(
      f.client.api(`/sites/${f.siteId}/lists/${listId}/columns/${area?.id}`).patch({ number: {} }),
    );
    expect(change.statusCode).toBe(400);
  });

  it('honours indexed:true in POST …/lists by default, or ignores it with the quirk', async () => {
    for (const [quirk, expected] of [
      ['honour', true],
      ['ignore', false],
    ] as const) {
      const f = fixture({ quirks: { indexedInListCreate: quirk } });
      await createList(f, 'Rows', [{ name: 'Key', text: {}, indexed: true }]);
      const key = f.graph.state.lists(f.siteId)[0]?.columns.find((c) => c.name === 'Key');
      expect(key?.indexed).toBe(expected);
    }
  });
});
