import { describe, expect, it } from 'vitest';
import { TEXT_FIELDS, type LimitedRecord, type TextKind } from '../../../../../src/domain/limits';
import { LISTS, type ListKey } from '../../../../../src/adapters/graph/sharepoint/schema';

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
