/**
 * The matrix as an Excel workbook (.xlsx), written and read with exceljs. exceljs is ~230 KB
 * gzipped (its polyfill-free browser bundle), so it is fetched with `import()` only when someone exports or imports a workbook.
 *
 * This module only moves text between the table model (`domain/matrix-table.ts`: the header, the
 * cells already neutralised against formula injection, the import validation) and the file. Every
 * cell is written as a plain string value — never an `{ formula }` object — so the workbook holds no
 * formula element at all; the `'` the table model puts before `= + - @`, tab or CR still protects a
 * reader who copies the cell into a CSV or re-types it. A cell read back is taken as the text it
 * shows (a formula cell as its cached result): nothing in a file is ever evaluated by Tandem.
 *
 * Why here and not under src/adapters: exceljs is a file-format codec (bytes ↔ strings) with no
 * platform I/O and nothing to fake, and the lint's dependency direction lets features reach only
 * ports; a port for it would be ceremony. The download itself is the browser's (download-file.ts).
 */
import type * as ExcelJS from 'exceljs';
import type { CellValue, Workbook } from 'exceljs';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the "About" sheet and the workbook's properties say about the export. */
export interface WorkbookAbout {
  /** "Contoso ↔ Fabrikam IT". */
  readonly engagement: string;
  /** "As of change 12 (2026-11-20)". */
  readonly version: string;
  /** ISO timestamp of the export. */
  readonly exportedAt: string;
}

/** Column widths in characters, by header; wider for the free-text columns. */
const WIDTHS: Record<string, number> = {
  Function: 44,
  Category: 18,
  'Internal condition': 28,
  'MSP condition': 28,
  Notes: 48,
};

/**
 * Fetches exceljs (~230 KB gzipped) if it is not here yet; rejects when the download fails. The
 * bundle is UMD: a bundler gives it as the default export, Node as the module itself.
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  const module = (await import('exceljs/dist/exceljs.bare.min.js')) as {
    default?: typeof ExcelJS;
  } & typeof ExcelJS;
  return module.default ?? module;
}

async function newWorkbook(): Promise<Workbook> {
  const excel = await loadExcel();
  return new excel.Workbook();
}

/** The records (header first) as an .xlsx file: bold frozen header, sized columns, an About sheet. */
export async function writeMatrixWorkbook(
  records: readonly (readonly string[])[],
  about: WorkbookAbout,
): Promise<ArrayBuffer> {
  const workbook = await newWorkbook();
  const exported = new Date(about.exportedAt);
  workbook.creator = 'Tandem';
  workbook.title = `Responsibility matrix — ${about.engagement}`;
  workbook.subject = about.version;
  workbook.created = exported;
  workbook.modified = exported;

  const sheet = workbook.addWorksheet('Matrix', { views: [{ state: 'frozen', ySplit: 1 }] });
  const [header = [], ...body] = records;
  sheet.columns = header.map((name) => ({ width: WIDTHS[name] ?? 14 }));
  for (const record of [header, ...body]) {
    // Text format ('@'): Excel keeps a value such as "-Helpdesk" as text even when it is edited,
    // so it needs no formula-guarding quote and the round trip stays exact.
    const row = sheet.addRow(record.map((cell): CellValue => cell));
    row.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };

  const info = workbook.addWorksheet('About');
  info.columns = [{ width: 18 }, { width: 60 }];
  info.addRows([
    ['Responsibility matrix', about.engagement],
    ['Version', about.version],
    ['Exported', about.exportedAt],
    ['Functions', String(body.length)],
  ]);
  info.getColumn(1).font = { bold: true };

  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** A cell's value as the text a person sees in it. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * The first sheet of an .xlsx file (the "Matrix" sheet when there is one) as records of text, one
 * per sheet row, so record n is sheet row n and validation messages name the row Excel shows.
 * Rejects when the bytes are not a workbook.
 */
export async function readMatrixWorkbook(bytes: ArrayBuffer): Promise<string[][]> {
  const workbook = await newWorkbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.getWorksheet('Matrix') ?? workbook.worksheets[0];
  if (!sheet) return [];
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    records[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return Array.from(records, (record) => record ?? []);
}
