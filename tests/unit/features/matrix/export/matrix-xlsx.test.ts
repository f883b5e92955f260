import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import {
  exportMatrixCsv,
  importMatrixCsv,
} from '../../../../../src/features/matrix/export/matrix-csv';
import { matrixRecords, readMatrixRecords } from '../../../../../src/domain/matrix/matrix-table';
import {
  readMatrixWorkbook,
  writeMatrixWorkbook,
} from '../../../../../src/features/matrix/export/matrix-xlsx';
import { makeRow } from '../../../support/arbitraries';

/** Names a spreadsheet would run or a page would render, if anything treated them as more than text. */
const HOSTILE = [
  `=cmd|' /C calc'!A0`,
  '+1',
  '-1',
  '@SUM(A1)',
  '\tTabbed',
  'Nul\0inside',
  '<img src=x onerror=alert(1)> & <b>bold</b>',
  "'already quoted",
];

const rows = HOSTILE.map((name, i) =>
  makeRow({
    id: `r${i}`,
    name,
    order: i,
    notes: i % 2 ? '=HYPERLINK("http://evil","click")' : 'plain <i>note</i>',
    msp: { kind: 'secondary', condition: '-only when asked' },
  }),
);
const ABOUT = {
  engagement: 'Contoso ↔ Fabrikam IT',
  version: 'As of change 3 (2026-11-20)',
  exportedAt: '2026-11-27T12:00:00.000Z',
};
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};
/** What survives a round trip: NULs are dropped (ASVS), everything else is kept exactly. */
const expectedNames = HOSTILE.map((name) => name.replace(/\0/g, ''));

describe('matrix XLSX', () => {
  it('round-trips hostile names and notes as plain text', async () => {
    const exported = matrixRecords(rows, { typedCells: true });
    const bytes = await writeMatrixWorkbook(exported, ABOUT);
    const records = await readMatrixWorkbook(bytes);
    expect(records).toEqual(exported);
    const { valid, errors } = readMatrixRecords(records, { newId: ids() });
    expect(errors).toEqual([]);
    expect(valid.map((row) => row.name)).toEqual(expectedNames);
    expect(valid[1]?.notes).toBe('=HYPERLINK("http://evil","click")');
    expect(valid[0]?.msp).toEqual({ kind: 'secondary', condition: '-only when asked' });
  });

  it('writes no formula element, only strings, with a bold frozen header and an About sheet', async () => {
    const bytes = await writeMatrixWorkbook(matrixRecords(rows, { typedCells: true }), ABOUT);
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const aboutXml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheetXml).not.toMatch(/<f[\s>]/);
    expect(aboutXml).not.toMatch(/<f[\s>]/);
    // Every cell is a shared or inline string, never a number or a formula result.
    for (const [, type] of sheetXml.matchAll(/<c [^>]*?(?:t="(\w+)")?[^>]*>/g))
      expect(['s', 'inlineStr', 'str', undefined]).toContain(type);
    expect(sheetXml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(shared).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Issue 12 item 5: the value exactly, no formula-guarding quote: the cell is typed as text.
    expect(shared).toContain('<t>=cmd|&apos; /C calc&apos;!A0</t>');
    expect(shared).toContain('<t>-1</t>');
    expect(shared).not.toContain('&apos;-1');
    expect(shared).toContain('Contoso ↔ Fabrikam IT');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('As of change 3 (2026-11-20)');
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(styles).toContain('<b/>');
    // Built-in number format 49 is Excel's Text ("@").
    expect(styles).toMatch(/<xf numFmtId="49"[^>]*applyNumberFormat="1"/);
  });

  it('writes even an unneutralised "=…" string as a string, not a formula (exceljs)', async () => {
    const bytes = await writeMatrixWorkbook([['Function'], ['=1+1'], ['@SUM(A1)']], ABOUT);
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toMatch(/<f[\s>]/);
    expect(await readMatrixWorkbook(bytes)).toEqual([['Function'], ['=1+1'], ['@SUM(A1)']]);
  });

  it('keeps sheet row numbers in validation messages and skips blank rows', async () => {
    const records = [...matrixRecords(rows.slice(0, 1)), [], ['Second', '', 'Boss', '', 'None']];
    const bytes = await writeMatrixWorkbook(records, ABOUT);
    const { valid, errors } = readMatrixRecords(await readMatrixWorkbook(bytes), {
      newId: ids(),
    });
    expect(valid).toHaveLength(1);
    expect(errors).toEqual([
      { row: 4, column: 'Internal role', message: expect.stringContaining('Unknown role') },
    ]);
  });

  it('rejects bytes that are not a workbook', async () => {
    await expect(readMatrixWorkbook(new TextEncoder().encode('a,b\r\n').buffer)).rejects.toThrow();
  });

  it('gives the same rows from CSV and XLSX', async () => {
    const fromCsv = importMatrixCsv(exportMatrixCsv(rows), { newId: ids() });
    const bytes = await writeMatrixWorkbook(matrixRecords(rows, { typedCells: true }), ABOUT);
    const fromXlsx = readMatrixRecords(await readMatrixWorkbook(bytes), {
      newId: ids(),
    });
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromCsv.valid.map((row) => row.name)).toEqual(expectedNames);
  });
});
