/**
 * Issue 13 item 7, "files that fight back": what the import's reader (run in a Web Worker in the
 * browser) refuses before anything is saved, and how it reads a CSV that is not UTF-8.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  parseImport,
  type ParseRequest,
} from '../../../../../src/features/matrix/export/parse-import';
import { formatCsv } from '../../../../../src/features/matrix/export/csv-parse';
import { writeMatrixWorkbook } from '../../../../../src/features/matrix/export/matrix-xlsx';
import { zipUncompressedSize } from '../../../../../src/features/matrix/export/zip-size';
import {
  MAX_IMPORT_ROWS,
  MAX_XLSX_UNCOMPRESSED_BYTES,
} from '../../../../../src/features/matrix/export/import-limits';
import { MATRIX_COLUMNS } from '../../../../../src/domain/matrix/matrix-table';

const HEADER = [...MATRIX_COLUMNS];
const row = (n: number) => [`Function ${n}`, 'Ops', 'Primary', '', 'None', '', '', '', ''];
const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const csv = (bytes: ArrayBuffer, encoding: ParseRequest['encoding'] = 'utf-8'): ParseRequest => ({
  fileName: 'matrix.csv',
  kind: 'csv',
  bytes,
  encoding,
});

/** "Zürich" as Excel's plain CSV writes it on a Western European Windows: ü is the byte 0xFC. */
const WINDOWS_1252 = new Uint8Array([
  ...new TextEncoder().encode(`${HEADER.join(',')}\r\nBackup,Z`),
  0xfc,
  ...new TextEncoder().encode('rich,Primary,,None,,,,\r\n'),
]).buffer;

describe('reading an import file', () => {
  it('refuses a CSV that is not UTF-8 with the reason instead of reading Z\uFFFDrich', async () => {
    const result = await parseImport(csv(WINDOWS_1252));
    expect(result).toMatchObject({ ok: false, reason: 'not-utf8' });
    expect(!result.ok && result.message).toMatch(/not UTF-8 .*Choose the encoding/);
  });

  it('reads it in the legacy encoding the user picks', async () => {
    const result = await parseImport(csv(WINDOWS_1252, 'windows-1252'));
    expect(result.ok && result.records[1]).toEqual([
      'Backup',
      'Zürich',
      'Primary',
      '',
      'None',
      '',
      '',
      '',
      '',
    ]);
  });

  it(`refuses a 100,000-row CSV before anything is saved (at most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows)`, async () => {
    const records = [HEADER, ...Array.from({ length: 100_000 }, (_, n) => row(n))];
    const onProgress = vi.fn();
    const result = await parseImport(csv(bytesOf(formatCsv(records))), onProgress);
    expect(result).toMatchObject({ ok: false, reason: 'limit' });
    expect(!result.ok && result.message).toBe(
      '“matrix.csv” has 100,000 rows; Tandem imports at most 5,000 functions at a time. Split the file.',
    );
    // Progress was told as it read (every 64 K characters): a bar can move.
    expect(onProgress.mock.calls.length).toBeGreaterThan(10);
    const fractions = onProgress.mock.calls.map(([progress]) => progress.fraction as number);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('reads 5,000 rows, the most it takes', async () => {
    const records = [HEADER, ...Array.from({ length: MAX_IMPORT_ROWS }, (_, n) => row(n))];
    const result = await parseImport(csv(bytesOf(formatCsv(records))));
    expect(result.ok && result.records).toHaveLength(MAX_IMPORT_ROWS + 1);
  });

  it('refuses a row with more cells than a matrix row has', async () => {
    const records = [HEADER, [...row(1), ...Array.from({ length: 100 }, () => 'x')]];
    const result = await parseImport(csv(bytesOf(formatCsv(records))));
    expect(!result.ok && result.message).toMatch(/^Row 2 of “matrix.csv” has 109 cells/);
  });

  it('refuses a workbook that would inflate past the limit, from its zip directory, before unpacking it', async () => {
    // exceljs gives a Node Buffer here: copied into an ArrayBuffer of its own, as a File reads.
    const workbook = new Uint8Array(
      await writeMatrixWorkbook([HEADER, row(1)], {
        engagement: 'Contoso',
        version: '1',
        exportedAt: '2026-12-07T10:00:00.000Z',
      }),
    ).slice().buffer;
    expect(zipUncompressedSize(workbook)).toBeLessThan(MAX_XLSX_UNCOMPRESSED_BYTES);
    // The bomb: the same zip, one part claiming 1.5 GB (as a 1.5 MB file of zeros would).
    const bomb = claimSize(workbook, 1_500_000_000);
    const result = await parseImport({
      fileName: 'bomb.xlsx',
      kind: 'xlsx',
      bytes: bomb,
      encoding: 'utf-8',
    });
    expect(result).toMatchObject({ ok: false, reason: 'limit' });
    expect(!result.ok && result.message).toMatch(/would take 1\.4 GB once unpacked/);
  });

  it('says a file that is not a zip is not a workbook', async () => {
    const result = await parseImport({
      fileName: 'fake.xlsx',
      kind: 'xlsx',
      bytes: bytesOf('not a zip'),
      encoding: 'utf-8',
    });
    expect(!result.ok && result.message).toMatch(/could not be read as an Excel workbook/);
  });
});

/** A copy of `zip` whose first central-directory entry states `size` uncompressed bytes. */
function claimSize(zip: ArrayBuffer, size: number): ArrayBuffer {
  const copy = zip.slice(0);
  const view = new DataView(copy);
  let end = view.byteLength - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const directory = view.getUint32(end + 16, true);
  view.setUint32(directory + 24, size, true);
  return copy;
}
