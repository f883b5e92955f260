import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from '../../../../../src/features/matrix/export/csv-parse';
import type { FunctionRow } from '../../../../../src/domain/matrix/function-row';
import {
  exportMatrixCsv,
  importMatrixCsv,
} from '../../../../../src/features/matrix/export/matrix-csv';
import {
  MATRIX_COLUMNS,
  neutraliseFormula,
  restoreNeutralised,
} from '../../../../../src/domain/matrix/matrix-table';
import type { Side, SideRole } from '../../../../../src/domain/matrix/roles';
import { makeRow, sideRoleArb } from '../../../support/arbitraries';

const HEADER = MATRIX_COLUMNS.join(',');
const FORMULA_PREFIXES = ['=', '+', '-', '@', '\t', '\r', '\0'];

function idCounter(prefix = 'new') {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['\0=1', "'=1"],
    ['a\0b', 'ab'],
    ["'quoted", "''quoted"],
    ['Patching', 'Patching'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });

  it('is undone by restoreNeutralised for any text without NULs', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const clean = text.replace(/\0/g, '');
        expect(restoreNeutralised(neutraliseFormula(text))).toBe(clean);
      }),
    );
  });

  it('leaves a hand-typed leading quote alone on import', () => {
    expect(restoreNeutralised("'abc")).toBe("'abc");
    expect(restoreNeutralised("'=1")).toBe('=1');
  });
});

describe('exportMatrixCsv', () => {
  it('writes the header and the active rows in order, with the domain labels', () => {
    const rows: FunctionRow[] = [
      makeRow({ id: 'b', name: 'Backups', order: 2, msp: { kind: 'primary' }, tieBreaker: 'msp' }),
      makeRow({
        id: 'a',
        name: 'Helpdesk, tier 1',
        order: 1,
        internal: { kind: 'none' },
        msp: { kind: 'secondary', condition: 'Overflow only' },
        notes: 'Says "hi"',
      }),
      makeRow({ id: 'c', name: 'Archived', order: 0, archived: true }),
    ];
    expect(exportMatrixCsv(rows)).toBe(
      `${HEADER}\r\n` +
        '"Helpdesk, tier 1",Support,None,,Secondary,Overflow only,Unassigned,,"Says ""hi"""\r\n' +
        'Backups,Support,Primary,,Primary,,Joint,MSP,\r\n',
    );
  });

  it('neutralises formula cells', () => {
    const csv = exportMatrixCsv([makeRow({ id: 'x', name: '=1+1', notes: '@SUM(A1)' })]);
    expect(parseCsv(csv).records[1]).toEqual([
      "'=1+1",
      'Support',
      'Primary',
      '',
      'None',
      '',
      'Internal',
      '',
      "'@SUM(A1)",
    ]);
  });
});

const csvOf = (...lines: string[]) => [HEADER, ...lines].join('\r\n');

describe('importMatrixCsv', () => {
  it('reads a valid file, giving each row an id from newId', () => {
    const result = importMatrixCsv(
      csvOf(
        'Patching,Endpoints,Primary,,Secondary,After hours,Internal,,',
        'Backups,Data,primary,,PRIMARY,,Joint,msp,Nightly',
      ),
      { newId: idCounter() },
    );
    expect(result.errors).toEqual([]);
    expect(result.valid).toEqual([
      {
        id: 'new-1',
        name: 'Patching',
        category: 'Endpoints',
        internal: { kind: 'primary' },
        msp: { kind: 'secondary', condition: 'After hours' },
        tieBreaker: null,
        notes: '',
      },
      {
        id: 'new-2',
        name: 'Backups',
        category: 'Data',
        internal: { kind: 'primary' },
        msp: { kind: 'primary' },
        tieBreaker: 'msp',
        notes: 'Nightly',
      },
    ]);
  });

  it('maps headers by name in any order and case; optional columns may be missing', () => {
    const result = importMatrixCsv('msp role,FUNCTION,Internal Role\nNone,Patching,Primary\n', {
      newId: idCounter(),
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toEqual([
      {
        id: 'new-1',
        name: 'Patching',
        category: '',
        internal: { kind: 'primary' },
        msp: { kind: 'none' },
        tieBreaker: null,
        notes: '',
      },
    ]);
  });

  it('reports every bad row with its row number and column, keeping the good rows', () => {
    const result = importMatrixCsv(
      csvOf(
        'Patching,Endpoints,primry,,None,,,,',
        ',Endpoints,Primary,,None,,,,',
        'Backups,Data,Primary,only nights,None,,,,',
        `${'x'.repeat(256)},Data,Primary,,None,,,,`,
        'Monitoring,Data,Primary,,None,,,Both,',
        'Patching,Endpoints,None,,Primary,,,,',
        'patching,Endpoints,None,,Primary,,,,',
      ),
      { newId: idCounter() },
    );
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'Internal role',
        message: 'Unknown role “primry”; use Primary, Secondary or None.',
      },
      { row: 3, column: 'Function', message: 'Give the function a name.' },
      {
        row: 4,
        column: 'Internal condition',
        message: 'A condition is only for a Secondary role; this side is Primary.',
      },
      {
        row: 5,
        column: 'Function',
        message: 'Keep the name to 255 characters (it has 256).',
      },
      {
        row: 6,
        column: 'Tie-breaker',
        message: 'Unknown tie-breaker “Both”; use Internal, MSP or leave it empty.',
      },
      { row: 8, column: 'Function', message: 'A function called “Patching” already exists.' },
    ]);
    expect(result.valid.map((row) => [row.id, row.name])).toEqual([['new-1', 'Patching']]);
  });

  it('checks names against the existing matrix', () => {
    const result = importMatrixCsv(csvOf('Old tool,,Primary,,None,,,,'), {
      newId: idCounter(),
      existingRows: [{ id: 'r1', name: 'Old tool', archived: true }],
    });
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'Function',
        message:
          'An archived function is already called “Old tool”. Restore it or choose another name.',
      },
    ]);
  });

  it('reports a header without required columns, and unknown or repeated columns', () => {
    expect(importMatrixCsv('Function,Colour,Function\nA,red,B\n', { newId: idCounter() })).toEqual({
      valid: [],
      errors: [
        { row: 1, column: null, message: 'Unknown column “Colour”.' },
        {
          row: 1,
          column: 'Function',
          message:
            'The column “Function” appears twice, so Tandem cannot tell which one to read: remove one and import again.',
        },
        { row: 1, column: 'Internal role', message: 'The header has no “Internal role” column.' },
        { row: 1, column: 'MSP role', message: 'The header has no “MSP role” column.' },
      ],
    });
  });

  it('reports an empty file, too many cells and CSV syntax errors', () => {
    expect(importMatrixCsv('', { newId: idCounter() }).errors).toEqual([
      { row: 1, column: null, message: 'The file is empty; it needs a header row.' },
    ]);
    expect(
      importMatrixCsv(csvOf('A,,Primary,,None,,,,,extra'), { newId: idCounter() }).errors,
    ).toEqual([{ row: 2, column: null, message: 'The row has 10 cells but the header has 9.' }]);
    const unclosed = importMatrixCsv(csvOf('"A,,Primary'), { newId: idCounter() });
    expect(unclosed.errors[0]).toEqual({
      row: 2,
      column: null,
      message: 'A quoted field is never closed (a " is missing).',
    });
    expect(unclosed.valid).toEqual([]);
  });

  it('skips blank lines and accepts a BOM', () => {
    const result = importMatrixCsv(`\uFEFF${csvOf('', 'A,,Primary,,None,,,,', ',,,,,,,,')}\r\n`, {
      newId: idCounter(),
    });
    expect(result.errors).toEqual([]);
    expect(result.valid.map((row) => row.name)).toEqual(['A']);
  });
});

const NASTY = [
  ',',
  '"',
  '\r\n',
  '\n',
  '\r',
  "'",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example","click")',
  '+1',
  '-2',
  '@SUM(A1:A9)',
  '\t',
  '\uFEFF',
  ' ',
  'é',
];
/** Text mixing ordinary characters with everything CSV or a spreadsheet treats specially. */
const nastyText = (maxLength: number) =>
  fc
    .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 4 })), {
      maxLength,
    })
    .map((parts) => parts.join('').replace(/\0/g, ''));

const nameArb = nastyText(6)
  .map((text) => `${FORMULA_PREFIXES[text.length % 4]}${text}`.slice(0, 200))
  .filter((name) => name.trim() !== '');

const roleArb: fc.Arbitrary<SideRole> = fc.oneof(
  sideRoleArb.filter((role) => role.kind !== 'secondary'),
  // A secondary role names its condition (roles.ts roleProblem), however nasty its text.
  nastyText(4)
    .filter((condition) => condition.trim() !== '')
    .map<SideRole>((condition) => ({ kind: 'secondary', condition })),
);

const rowsArb = fc
  .uniqueArray(
    fc.record({
      name: nameArb,
      category: nastyText(3).map((text) => text.slice(0, 200)),
      internal: roleArb,
      msp: roleArb,
      tieBreaker: fc.constantFrom<Side | null>(null, 'internal', 'msp'),
      notes: nastyText(6),
      archived: fc.boolean(),
    }),
    { selector: (row) => row.name.trim().toLocaleLowerCase(), maxLength: 12 },
  )
  .map((drafts) =>
    drafts.map<FunctionRow>((draft, index) => ({ ...draft, id: `r${index}`, order: -index })),
  );

describe('matrix CSV round trip', () => {
  it('export → import gives back every active row exactly, in matrix order', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { valid, errors } = importMatrixCsv(exportMatrixCsv(rows), { newId: idCounter('r') });
        expect(errors).toEqual([]);
        const expected = [...rows]
          .filter((row) => !row.archived)
          .sort((a, b) => a.order - b.order)
          .map(({ name, category, internal, msp, tieBreaker, notes }) => ({
            name,
            category,
            internal,
            msp,
            tieBreaker,
            notes,
          }));
        expect(valid.map(({ id: _id, ...rest }) => rest)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('no exported cell starts with a formula prefix', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { records, problems } = parseCsv(exportMatrixCsv(rows));
        expect(problems).toEqual([]);
        for (const cell of records.flat()) {
          expect(FORMULA_PREFIXES.some((prefix) => cell.startsWith(prefix))).toBe(false);
          expect(cell.includes('\0')).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a NUL in a name is dropped on export', () => {
    const csv = exportMatrixCsv([makeRow({ id: 'a', name: '\0=cmd\0' })]);
    expect(importMatrixCsv(csv, { newId: idCounter() }).valid[0]?.name).toBe('=cmd');
  });
});
