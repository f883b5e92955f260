import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../src/domain/matrix/export-file-name';
import type { ChangeMeta } from '../../../../src/domain/matrix/matrix-edits';
import { planImportUndo, planMatrixImport } from '../../../../src/domain/matrix/matrix-import';
import {
  readMatrixRecords,
  type FunctionRowDraft,
} from '../../../../src/domain/matrix/matrix-table';
import { makeRow } from '../../support/arbitraries';

const meta = (index: number): ChangeMeta => ({
  entryId: `e${index}`,
  at: '2026-11-27T12:00:00.000Z',
  by: 'Test User',
  renegotiated: false,
  reason: 'Imported from matrix.csv',
});

const draft = (over: Partial<FunctionRowDraft> & Pick<FunctionRowDraft, 'id' | 'name'>) => ({
  category: 'Support',
  internal: { kind: 'primary' as const },
  msp: { kind: 'none' as const },
  tieBreaker: null,
  notes: '',
  ...over,
});

describe('planMatrixImport', () => {
  const rows = [
    makeRow({
      id: 'a',
      name: 'Backups',
      order: 1,
      internal: { kind: 'primary' },
      msp: { kind: 'none' },
    }),
    makeRow({ id: 'b', name: 'Patching', order: 2 }),
    makeRow({ id: 'c', name: 'Old', order: 3, archived: true }),
  ];

  it('updates rows matched by name, adds the rest at the end, deletes nothing', () => {
    const plan = planMatrixImport(
      rows,
      [
        draft({ id: 'n1', name: ' backups ', msp: { kind: 'primary' }, notes: 'nightly' }),
        draft({ id: 'n2', name: 'Monitoring' }),
        draft({ id: 'n3', name: 'patching', ...pick(rows[1]!) }),
      ],
      meta,
    );
    expect(plan.added).toBe(1);
    expect(plan.updated).toBe(1);
    expect(plan.unchanged).toBe(1);
    const backups = plan.rows.find((row) => row.id === 'a');
    expect(backups).toMatchObject({ name: 'Backups', notes: 'nightly', order: 1 });
    expect(backups?.msp).toEqual({ kind: 'primary' });
    expect(plan.rows.find((row) => row.id === 'n2')).toMatchObject({ order: 4, archived: false });
    expect(plan.entries).toHaveLength(1);
    expect(plan.entries[0]).toMatchObject({
      rowId: 'a',
      from: { owner: 'internal' },
      to: { owner: 'joint' },
    });
    expect(plan.before).toEqual([rows[0]]);
  });

  it('undo puts updated rows back (logging the move back) and deletes added ones', () => {
    const plan = planMatrixImport(
      rows,
      [
        draft({ id: 'a2', name: 'Backups', msp: { kind: 'primary' } }),
        draft({ id: 'n', name: 'New' }),
      ],
      meta,
    );
    const after = [...rows.filter((row) => row.id !== 'a'), ...plan.rows];
    const undo = planImportUndo(plan, after, meta);
    expect(undo.rows).toEqual([rows[0]]);
    expect(undo.deleteIds).toEqual(['n']);
    expect(undo.entries[0]).toMatchObject({ from: { owner: 'joint' }, to: { owner: 'internal' } });
  });

  it('issue 13 item 2: undo reverts only what the import changed; a later edit to a row wins', () => {
    const plan = planMatrixImport(
      rows,
      [
        draft({ id: 'a2', name: 'Backups', notes: 'From the file' }),
        draft({ id: 'n', name: 'New' }),
      ],
      meta,
    );
    const imported = plan.rows.find((row) => row.id === 'a')!;
    const added = plan.rows.find((row) => row.id === 'n')!;
    // After the import: the imported row's category edited, the added row's notes edited.
    const after = [
      ...rows.filter((row) => row.id !== 'a'),
      { ...imported, category: 'Edited after the import' },
      { ...added, notes: 'Edited too' },
    ];
    const undo = planImportUndo(plan, after, meta);
    expect(undo.rows).toEqual([
      { ...rows[0]!, category: 'Edited after the import', order: imported.order },
    ]);
    expect(undo.deleteIds).toEqual([]);
    expect(undo.kept).toEqual(['n']);
  });
});

function pick(row: ReturnType<typeof makeRow>) {
  const { category, internal, msp, tieBreaker, notes } = row;
  return { category, internal, msp, tieBreaker, notes };
}

describe('exportFileName', () => {
  it.each([
    ['Contoso Dental', 'tandem-contoso-dental-matrix-2026-11-27.csv'],
    ['Zürich Ärzte AG', 'tandem-zürich-ärzte-ag-matrix-2026-11-27.csv'],
    ['../../etc/passwd', 'tandem-etc-passwd-matrix-2026-11-27.csv'],
    ['<>:"/\\|?*', 'tandem-engagement-matrix-2026-11-27.csv'],
    ['', 'tandem-engagement-matrix-2026-11-27.csv'],
  ])('%j → %j', (customer, name) => {
    expect(exportFileName(customer, 'matrix', '2026-11-27', 'csv')).toBe(name);
  });
});

describe('a big file', () => {
  it('validates 20,000 rows in linear time (well under the 5 MB limit)', async () => {
    const { importMatrixCsv } = await import('../../../../src/features/matrix/export/matrix-csv');
    const lines = ['Function,Internal role,MSP role'];
    for (let i = 0; i < 20_000; i++) lines.push(`Function ${i},Primary,None`);
    lines.push('function 7,Primary,None');
    let n = 0;
    const started = performance.now();
    const { valid, errors } = importMatrixCsv(lines.join('\r\n'), { newId: () => `n${++n}` });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(valid).toHaveLength(20_000);
    expect(errors).toEqual([
      {
        row: 20_002,
        column: 'Function',
        message: 'A function called “Function 7” already exists.',
      },
    ]);
  });
});

describe('the Owner column (issue 12 item 5)', () => {
  const header = ['Function', 'Internal role', 'MSP role', 'Owner'];
  it('lists a row whose Owner disagrees with its roles as a problem of that row', () => {
    let n = 0;
    const result = readMatrixRecords(
      [
        header,
        ['Patch servers', 'Primary', 'None', 'MSP'],
        ['Backups', 'Primary', 'None', 'Internal'],
      ],
      { newId: () => `id-${++n}` },
    );
    expect(result.valid.map((row) => row.name)).toEqual(['Backups']);
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'Owner',
        message:
          'The Owner column says “MSP”, but these roles make the owner Internal: change the roles (the owner follows from them) or clear the Owner cell.',
      },
    ]);
  });

  it('accepts a blank Owner, and any letter case', () => {
    const result = readMatrixRecords(
      [header, ['Patch servers', 'Primary', 'None', ''], ['Backups', 'None', 'Primary', 'msp']],
      { newId: () => 'x' },
    );
    expect(result.errors).toEqual([]);
    expect(result.valid).toHaveLength(2);
  });
});

describe('a secondary role in a file needs its condition (issue 12 item 4)', () => {
  it('lists a Secondary without a condition as a problem of that row', () => {
    const result = readMatrixRecords(
      [
        ['Function', 'Internal role', 'MSP role', 'MSP condition'],
        ['Patch servers', 'Primary', 'Secondary', ''],
      ],
      { newId: () => 'x' },
    );
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'MSP condition',
        message:
          'A secondary role needs its condition: when does this side step in (for example “Overflow only”)?',
      },
    ]);
  });
});
