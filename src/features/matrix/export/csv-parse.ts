/**
 * RFC 4180 CSV, both ways (https://www.rfc-editor.org/rfc/rfc4180): the reader accepts quoted fields,
 * doubled quotes, line breaks inside quotes, CRLF, LF or lone CR line ends and an optional UTF-8 BOM;
 * the writer is its exact inverse (`parseCsv(formatCsv(records)).records` equals `records`).
 * Plain text only: formula-injection safety is the caller's job (see `neutraliseFormula`).
 */

export interface CsvProblem {
  /** 1-based record number (the header is record 1). */
  readonly row: number;
  readonly message: string;
}

export interface CsvParseResult {
  readonly records: string[][];
  /** Syntax problems found; the records are still read as far as possible. */
  readonly problems: CsvProblem[];
}

const BOM = '\uFEFF';
const PROGRESS_EVERY = 65_536;

/**
 * Splits CSV text into records of fields. Never throws: an unterminated quote or text after a
 * closing quote is reported in `problems` and read leniently. A final line break does not start an
 * empty record; an empty line in the middle is a record with one empty field.
 */
export function parseCsv(
  text: string,
  /** Told the share of the text read so far, every 64 K characters (for a progress bar). */
  onProgress?: (fraction: number) => void,
): CsvParseResult {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  const problems: CsvProblem[] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quotedFieldStartRow = 0;

  const endField = () => {
    record.push(field);
    field = '';
  };
  let reported = 0;
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
    if (onProgress && i - reported >= PROGRESS_EVERY) {
      reported = i;
      onProgress(i / source.length);
    }
  };

  while (i < source.length) {
    const char = source[i];
    if (char === '"' && field === '') {
      // A quoted field: read to the closing quote, "" is a literal quote.
      quotedFieldStartRow = records.length + 1;
      i++;
      let closed = false;
      while (i < source.length) {
        const inner = source[i];
        if (inner === '"') {
          if (source[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        field += inner;
        i++;
      }
      if (!closed) {
        problems.push({
          row: quotedFieldStartRow,
          message: 'A quoted field is never closed (a " is missing).',
        });
        break;
      }
      const next = source[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        problems.push({
          row: records.length + 1,
          message: 'Text follows a closing quote; put the whole field inside the quotes.',
        });
      }
      continue;
    }
    if (char === ',') {
      endField();
      i++;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
    } else {
      field += char;
      i++;
    }
  }
  // The last record, unless the text ended with its line break (or was empty).
  const last = source[source.length - 1];
  const endedWithBreak = last === '\n' || last === '\r';
  if (source.length > 0 && (!endedWithBreak || record.length > 0 || field !== '')) endRecord();
  return { records, problems };
}

/** True when a field must be quoted: it holds a comma, quote, CR or LF, or it starts with a BOM. */
function needsQuotes(field: string): boolean {
  return /[",\r\n]/.test(field) || field.startsWith(BOM);
}

/** One field, quoted (with quotes doubled) only when needed. */
export function formatCsvField(field: string): string {
  return needsQuotes(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * Records as CSV text with CRLF after every record. A record of one empty field is written `""` so
 * it cannot be mistaken for a blank line.
 */
export function formatCsv(records: readonly (readonly string[])[]): string {
  return records
    .map((record) =>
      record.length === 1 && record[0] === '' ? '""' : record.map(formatCsvField).join(','),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}
