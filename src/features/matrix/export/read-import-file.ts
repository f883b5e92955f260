import { parseCsv } from './csv-parse';
import type { RecordProblem } from '../../../domain/matrix/matrix-table';
import { readBytes } from '../../shared/read-file';

const loadMatrixXlsx = () => import('./matrix-xlsx');
type MatrixXlsx = Awaited<ReturnType<typeof loadMatrixXlsx>>;

/** Larger files are refused before reading: a matrix is a few hundred rows, a few hundred KB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportFileResult =
  | {
      readonly ok: true;
      readonly records: string[][];
      readonly problems: readonly RecordProblem[];
    }
  | { readonly ok: false; readonly message: string };

type FileKind = 'csv' | 'xlsx';

function kindOf(file: File): FileKind | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/**
 * Reads a chosen file into the table model's records: CSV as text (UTF-8, BOM or not), XLSX with
 * exceljs (fetched now). Every failure is a message for the user, never a throw.
 */
export async function readImportFile(file: File): Promise<ImportFileResult> {
  const kind = kindOf(file);
  if (!kind)
    return {
      ok: false,
      message: `“${file.name}” is not a CSV or Excel file. Choose a .csv or .xlsx file.`,
    };
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty.` };
  if (file.size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      message: `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`,
    };
  let bytes: ArrayBuffer;
  try {
    bytes = await readBytes(file);
  } catch {
    return { ok: false, message: `“${file.name}” could not be read. Choose it again.` };
  }
  if (kind === 'csv') {
    // UTF-8, as Tandem and Excel's "CSV UTF-8" write it; the decoder drops a BOM.
    const { records, problems } = parseCsv(new TextDecoder().decode(bytes));
    return { ok: true, records, problems };
  }
  let xlsx: MatrixXlsx;
  try {
    xlsx = await loadMatrixXlsx();
    await xlsx.loadExcel();
  } catch {
    return {
      ok: false,
      message:
        "Tandem's Excel reader could not be downloaded. Check your connection and try again.",
    };
  }
  try {
    return { ok: true, records: await xlsx.readMatrixWorkbook(bytes), problems: [] };
  } catch {
    return {
      ok: false,
      message: `“${file.name}” could not be read as an Excel workbook. Save it again as .xlsx, or export CSV.`,
    };
  }
}
