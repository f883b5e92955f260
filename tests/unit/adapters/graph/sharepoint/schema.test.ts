import { describe, expect, it } from 'vitest';
import { columnFixes, pickList } from '../../../../../src/adapters/graph/sharepoint/provision';
import {
  LISTS,
  LIST_KEYS,
  columnDefinition,
  listDescription,
  SCHEMA_VERSION,
} from '../../../../../src/adapters/graph/sharepoint/schema';

const FACETS = ['text', 'number', 'boolean', 'dateTime', 'choice'];

describe("Tandem's list schema", () => {
  it('gives every column one type facet, an API-safe name and a friendly display name', () => {
    for (const key of LIST_KEYS) {
      const names = LISTS[key].columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const column of LISTS[key].columns) {
        const definition = columnDefinition(column) as Record<string, unknown>;
        expect(FACETS.filter((facet) => definition[facet] !== undefined)).toHaveLength(1);
        expect(column.name).toMatch(/^[A-Za-z][A-Za-z0-9]{0,31}$/);
        expect(column.displayName.length).toBeGreaterThan(0);
      }
    }
  });

  it('indexes every column the store filters on', () => {
    for (const key of LIST_KEYS) {
      const indexed = LISTS[key].columns.filter((c) => c.indexed).map((c) => c.name);
      expect(indexed).toStrictEqual(
        key === 'engagements' ? ['EngagementId'] : ['EngagementId', 'RecordId'],
      );
      for (const name of indexed) {
        const column = LISTS[key].columns.find((c) => c.name === name)!;
        expect(columnDefinition(column)).toMatchObject({ indexed: true, text: { maxLength: 255 } });
      }
    }
  });

  it('keeps free text plain, so what people type is never turned into HTML', () => {
    const notes = LISTS.rows.columns.find((c) => c.name === 'Notes')!;
    expect(columnDefinition(notes)).toMatchObject({
      text: { allowMultipleLines: true, textType: 'plain' },
    });
  });

  it('says in each description that Tandem keeps the list, with the schema version', () => {
    expect(listDescription(LISTS.rows)).toContain(`Tandem schema ${SCHEMA_VERSION}`);
  });
});

describe('provisioning decisions', () => {
  const spec = LISTS.channels;

  it('asks for missing columns, missing indexes and a friendly optional Title', () => {
    const fixes = columnFixes('s', 'l', spec, [
      { id: 't', name: 'Title', displayName: 'Title', required: true },
      { id: 'e', name: 'EngagementId', indexed: false },
      { id: 'k', name: 'ChannelKind' },
    ]);
    expect(fixes.map((f) => [f.method, f.url, f.body])).toStrictEqual([
      ['PATCH', '/sites/s/lists/l/columns/t', { displayName: 'Channel', required: false }],
      ['PATCH', '/sites/s/lists/l/columns/e', { indexed: true }],
      ['POST', '/sites/s/lists/l/columns', columnDefinition(spec.columns[1]!)],
      ['POST', '/sites/s/lists/l/columns', columnDefinition(spec.columns[3]!)],
    ]);
  });

  it('asks for nothing when the list matches', () => {
    const columns = [
      { id: 't', name: 'Title', displayName: 'Channel', required: false },
      ...spec.columns.map((c) => ({ id: c.name, name: c.name, indexed: c.indexed ?? false })),
    ];
    expect(columnFixes('s', 'l', spec, columns)).toStrictEqual([]);
  });

  it('picks the oldest list when a name is taken twice, so every client agrees', () => {
    const lists = [
      { id: 'b', displayName: 'Tandem tools', createdDateTime: '2026-01-02T00:00:00Z' },
      { id: 'a', displayName: 'tandem TOOLS', createdDateTime: '2026-01-02T00:00:00Z' },
      { id: 'c', displayName: 'Tandem tools', createdDateTime: '2026-01-03T00:00:00Z' },
    ];
    expect(pickList(lists, 'Tandem tools')?.id).toBe('a');
    expect(pickList(lists, 'Tandem channels')).toBeUndefined();
  });
});
