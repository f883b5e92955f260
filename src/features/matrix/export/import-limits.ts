/**
 * What an import reads at most, checked before anything is saved (README, "Importing a matrix").
 * A matrix is a few hundred functions; these leave room for the largest real ones (Tandem is
 * tested at 5,000 rows) while refusing files that would freeze or crash the page: a workbook that
 * inflates to gigabytes, a CSV of a hundred thousand rows.
 */

/** The file as chosen. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** An .xlsx is a zip: what its parts add up to once inflated, from the zip's own directory. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Data rows (the header aside). */
export const MAX_IMPORT_ROWS = 5_000;
/** Cells in one row: the matrix has 9 columns; room for a few of the user's own. */
export const MAX_IMPORT_CELLS_PER_ROW = 64;
/** Reading (inflating, parsing) a file stops after this long; the page stays responsive meanwhile. */
export const MAX_IMPORT_SECONDS = 20;

const MIB = 1024 * 1024;
/** "5 MB" for a whole number, else "5.2 MB". */
const mb = (bytes: number) =>
  bytes % MIB === 0 ? `${bytes / MIB} MB` : `${(bytes / MIB).toFixed(1)} MB`;

export const limitMessages = {
  fileTooLarge: (name: string, bytes: number) =>
    `“${name}” is ${mb(bytes)}; the limit is ${mb(MAX_IMPORT_BYTES)}.`,
  inflatesTooLarge: (name: string, bytes: number) =>
    `“${name}” would take ${bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : mb(bytes)} once unpacked; Tandem reads workbooks of up to ${mb(MAX_XLSX_UNCOMPRESSED_BYTES)}. Save only the matrix sheet, or export CSV.`,
  tooManyRows: (name: string, rows: number) =>
    `“${name}” has ${rows.toLocaleString('en')} rows; Tandem imports at most ${MAX_IMPORT_ROWS.toLocaleString('en')} functions at a time. Split the file.`,
  tooManyCells: (name: string, row: number, cells: number) =>
    `Row ${row} of “${name}” has ${cells.toLocaleString('en')} cells; a matrix row has at most ${MAX_IMPORT_CELLS_PER_ROW}. Is this the matrix?`,
  tooSlow: (name: string) =>
    `Reading “${name}” took longer than ${MAX_IMPORT_SECONDS} seconds, so Tandem stopped. Is it a very large or damaged file? Export CSV and import that.`,
};
