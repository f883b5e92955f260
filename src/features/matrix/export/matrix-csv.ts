/**
 * The responsibility matrix as CSV (RFC 4180): the table model of `matrix-table.ts` written and read
 * with `csv-parse.ts`. Formula neutralising and row validation are the table model's.
 */
import type { FunctionRow } from '../../../domain/matrix/function-row';
import { formatCsv, parseCsv } from './csv-parse';
import {
  matrixRecords,
  readMatrixRecords,
  type ImportOptions,
  type MatrixImport,
} from '../../../domain/matrix/matrix-table';

/** The active rows, in matrix order, as RFC 4180 CSV (CRLF line ends, header first, no BOM). */
export function exportMatrixCsv(rows: readonly FunctionRow[]): string {
  return formatCsv(matrixRecords(rows));
}

/** Reads and checks a matrix CSV (see `readMatrixRecords`); CSV syntax errors are row errors. */
export function importMatrixCsv(text: string, options: ImportOptions): MatrixImport {
  const { records, problems } = parseCsv(text);
  return readMatrixRecords(records, options, problems);
}
