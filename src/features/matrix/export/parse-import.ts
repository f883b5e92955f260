/**
 * A chosen file's bytes to the table model's records, within the limits of import-limits.ts. Runs
 * in a Web Worker in the browser (import-worker.ts), so neither a huge file nor a zip bomb can
 * freeze the page; in the same thread where there are no workers (tests). Pure: bytes in, records
 * or a sentence for the user out — never a throw.
 */
import type { RecordProblem } from '../../../domain/matrix/matrix-table';
import { parseCsv } from './csv-parse';
import {
  MAX_IMPORT_CELLS_PER_ROW,
  MAX_IMPORT_ROWS,
  MAX_XLSX_UNCOMPRESSED_BYTES,
  limitMessages,
} from './import-limits';
import { zipUncompressedSize } from './zip-size';
import type * as MatrixXlsxModule from './matrix-xlsx';

export type ImportFileKind = 'csv' | 'xlsx';

type MatrixXlsx = typeof MatrixXlsxModule;

/**
 * The legacy encodings a CSV may be in when it is not UTF-8 (what Excel's plain "CSV" writes on
 * Windows, by system locale), with the names people know them by. The browser decodes them all
 * (https://encoding.spec.whatwg.org/#names-and-labels).
 */
export const LEGACY_ENCODINGS = {
  'windows-1252': 'Western European (Windows-1252)',
  'windows-1250': 'Central European (Windows-1250)',
  'windows-1251': 'Cyrillic (Windows-1251)',
} as const;
export type LegacyEncoding = keyof typeof LEGACY_ENCODINGS;

export interface ParseRequest {
  readonly fileName: string;
  readonly kind: ImportFileKind;
  readonly bytes: ArrayBuffer;
  /** `utf-8` unless the user chose a legacy encoding for a CSV that is not UTF-8. */
  readonly encoding: 'utf-8' | LegacyEncoding;
}

/** How far reading has come; `fraction` is null while the step cannot tell. */
export interface ImportProgress {
  readonly step: 'unpacking' | 'reading';
  readonly fraction: number | null;
}

export type ImportFileResult =
  | {
      readonly ok: true;
      readonly records: string[][];
      readonly problems: readonly RecordProblem[];
    }
  | {
      readonly ok: false;
      readonly message: string;
      /** `not-utf8`: the CSV can be read again in a legacy encoding the user picks. */
      readonly reason: 'not-utf8' | 'limit' | 'unreadable' | 'cancelled';
    };

const refuse = (reason: 'limit' | 'unreadable', message: string): ImportFileResult => ({
  ok: false,
  reason,
  message,
});

/** The file's records, or the first limit they break. */
function withinLimits(
  fileName: string,
  records: string[][],
  problems: readonly RecordProblem[],
): ImportFileResult {
  const wide = records.findIndex((record) => record.length > MAX_IMPORT_CELLS_PER_ROW);
  if (wide >= 0)
    return refuse('limit', limitMessages.tooManyCells(fileName, wide + 1, records[wide]!.length));
  const rows = records
    .slice(1)
    .filter((record) => record.some((cell) => cell.trim() !== '')).length;
  if (rows > MAX_IMPORT_ROWS) return refuse('limit', limitMessages.tooManyRows(fileName, rows));
  return { ok: true, records, problems };
}

/** A text file has no NUL bytes (unless it is UTF-16, which starts with its byte order mark). */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/** Excel's "Unicode Text" and some tools write UTF-16 with a byte order mark. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeCsv(request: ParseRequest): string | null {
  const utf16 = utf16Of(new Uint8Array(request.bytes));
  if (utf16) return new TextDecoder(utf16).decode(request.bytes);
  if (request.encoding !== 'utf-8') return new TextDecoder(request.encoding).decode(request.bytes);
  try {
    // Strict: a byte sequence that is not UTF-8 is an error, never a silent U+FFFD ("Z�rich").
    return new TextDecoder('utf-8', { fatal: true }).decode(request.bytes);
  } catch {
    return null;
  }
}

export async function parseImport(
  request: ParseRequest,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportFileResult> {
  const { fileName } = request;
  if (request.kind === 'csv') {
    const bytes = new Uint8Array(request.bytes);
    if (!utf16Of(bytes) && looksBinary(bytes)) {
      return refuse(
        'unreadable',
        `“${fileName}” is not a Tandem matrix: it is not a text file (a picture or a document renamed .csv?). Choose the .csv or .xlsx file Tandem exported.`,
      );
    }
    const text = decodeCsv(request);
    if (text === null) {
      return {
        ok: false,
        reason: 'not-utf8',
        message: `“${fileName}” is not UTF-8 text, so some letters (ä, é, ß …) would come out wrong. Choose the encoding it was saved in, or save it from Excel as “CSV UTF-8” and choose it again.`,
      };
    }
    const { records, problems } = parseCsv(text, (fraction) =>
      onProgress({ step: 'reading', fraction }),
    );
    return withinLimits(fileName, records, problems);
  }

  onProgress({ step: 'unpacking', fraction: null });
  const inflated = zipUncompressedSize(request.bytes);
  if (inflated === null) {
    return refuse(
      'unreadable',
      `“${fileName}” could not be read as an Excel workbook. Save it again as .xlsx, or export CSV.`,
    );
  }
  if (inflated > MAX_XLSX_UNCOMPRESSED_BYTES)
    return refuse('limit', limitMessages.inflatesTooLarge(fileName, inflated));
  let xlsx: MatrixXlsx;
  try {
    xlsx = await import('./matrix-xlsx');
    await xlsx.loadExcel();
  } catch {
    return refuse(
      'unreadable',
      "Tandem's Excel reader could not be downloaded. Check your connection and try again.",
    );
  }
  try {
    onProgress({ step: 'reading', fraction: null });
    return withinLimits(fileName, await xlsx.readMatrixWorkbook(request.bytes), []);
  } catch {
    return refuse(
      'unreadable',
      `“${fileName}” could not be read as an Excel workbook. Save it again as .xlsx, or export CSV.`,
    );
  }
}
