import { describe, expect, it } from 'vitest';
import { TEXT_FIELDS, type LimitedRecord, type TextKind } from '../../../../../src/domain/limits';
import { LISTS, type ListKey } from '../../../../../src/adapters/graph/sharepoint/schema';
import { TOOL_CATEGORIES } from '../../../../../src/domain/registers/tool-register';
import { oversizedField } from '../../../../../src/adapters/graph/sharepoint/field-sizes';
import { createSharePointStore } from '../../../../../src/adapters/graph/sharepoint/store';
import { withoutVersion } from '../../../../../src/ports/engagement-store';
import { createGraphEmulator } from '../../../../fakes/graph-emulator/index';
import { clientFor } from '../../../../fakes/graph-emulator/test-harness';
import { ID, storeGuideEngagement } from '../../../application/session/session-fixtures';

/** Where each limited field is stored: the list and its column (Title is the built-in text column). */
const COLUMNS: {
  [R in LimitedRecord]: { list: ListKey; columns: Record<keyof (typeof TEXT_FIELDS)[R], string> };
} = {
  rows: {
    list: 'rows',
    columns: {
      name: 'Title',
      category: 'Category',
      notes: 'Notes',
      'internal.condition': 'InternalCondition',
      'msp.condition': 'MspCondition',
    },
  },
  tools: { list: 'tools', columns: { name: 'Title' } },
  channels: { list: 'channels', columns: { name: 'Title' } },
  milestones: { list: 'milestones', columns: { name: 'Title' } },
  profile: {
    list: 'engagements',
    columns: {
      customer: 'Title',
      mspName: 'MspName',
      'internalLead.name': 'InternalLeadName',
      'internalLead.upn': 'InternalLeadUpn',
      'mspLead.name': 'MspLeadName',
      'mspLead.upn': 'MspLeadUpn',
    },
  },
};

function columnKind(list: ListKey, column: string): TextKind | 'other' {
  if (column === 'Title') return 'text';
  const spec = LISTS[list].columns.find((c) => c.name === column);
  if (!spec) throw new Error(`${list} has no column ${column}`);
  return spec.kind === 'text' || spec.kind === 'note' ? spec.kind : 'other';
}

describe('issue 13 item 1: one place for field limits', () => {
  it('stores every limited field in a SharePoint column of the kind its limit is for', () => {
    for (const [record, fields] of Object.entries(TEXT_FIELDS) as [
      LimitedRecord,
      Record<string, { kind: TextKind }>,
    ][]) {
      const { list, columns } = COLUMNS[record] as {
        list: ListKey;
        columns: Record<string, string>;
      };
      for (const [field, { kind }] of Object.entries(fields))
        expect(`${record}.${field}: ${columnKind(list, columns[field]!)}`).toBe(
          `${record}.${field}: ${kind}`,
        );
    }
  });

  it('limits every single-line text column a user types into', () => {
    const limited = new Set(
      Object.entries(COLUMNS).flatMap(([, { list, columns }]) =>
        Object.values(columns as Record<string, string>).map((column) => `${list}.${column}`),
      ),
    );
    for (const list of ['rows', 'tools', 'channels', 'milestones'] as const)
      expect(limited.has(`${list}.Title`)).toBe(true);
    expect(limited.has('rows.Category')).toBe(true);
  });
});

describe('issue 13 item 1: the store measures every value against its column before sending', () => {
  it('refuses an item with a value too long for its column, naming the list and column, and sends nothing', async () => {
    const graph = createGraphEmulator({ seed: 5 });
    graph.addGroupSite('team');
    const store = createSharePointStore({
      client: clientFor(graph),
      site: { groupId: 'team' },
      sleep: async () => {},
    });
    await storeGuideEngagement(store);
    const stored = (await store.loadEngagement(ID)).rows[0]!;
    graph.log.reset();
    const commit = store.commit(ID, [
      {
        kind: 'put',
        collection: 'tools',
        record: {
          id: 'tool-1',
          name: 'T'.repeat(256),
          category: TOOL_CATEGORIES[0],
          operatedBy: 'msp',
          decision: 'keep',
          retireBy: null,
          active: true,
        },
        baseVersion: null,
      },
      {
        kind: 'put',
        collection: 'rows',
        record: { ...withoutVersion(stored), notes: 'fits' },
        baseVersion: stored.version,
      },
    ]);
    await expect(commit).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(
        /^Tool in Tandem tools would be 256 characters; SharePoint keeps at most 255\.$/,
      ),
    });
    // Reads only (the pre-check of a two-record commit): no item was created or changed.
    const writes = graph.log
      .entries()
      .filter((entry) => entry.method !== 'GET' && !entry.url.endsWith('/$batch'));
    expect(writes).toEqual([]);
  });

  it('measures the plain functions too: Title 255, a note column 63,999', () => {
    expect(oversizedField('rows', { Title: 'x'.repeat(255), Notes: 'y'.repeat(63_999) })).toBe(
      null,
    );
    expect(oversizedField('rows', { Notes: 'y'.repeat(64_000) })).toMatch(/64,000 characters/);
  });
});
