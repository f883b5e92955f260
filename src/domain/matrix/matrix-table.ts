/**
 * The responsibility matrix as a table of plain-text cells — a header row and one row per function —
 * shared by every spreadsheet format (CSV here, XLSX in the export feature), so each format only
 * moves strings in and out of its file and all rules live once: the columns, the labels, formula
 * neutralising and the per-row validation of an import.
 *
 * Spreadsheet apps run a cell that starts with `=`, `+`, `-` or `@` as a formula, so an exported
 * function name such as `=HYPERLINK(...)` could act on the reader's machine. Following OWASP's CSV
 * injection guidance (https://owasp.org/www-community/attacks/CSV_Injection) and OWASP ASVS 5.0
 * V1.2.10, every such cell is prefixed with a single quote and NUL characters are dropped. Import
 * removes that quote again so a round trip gives back exactly what was exported.
 */
import { activeRows, ownerOf, type FunctionRow } from './function-row';
import {
  deriveOwner,
  OWNER_LABELS,
  ROLE_LABELS,
  roleProblem,
  type Side,
  type SideRole,
} from './roles';
import { validateFunctionName } from '../validation';
import { functionNameKey, lookalikeKey } from '../function-name';
import { rowFieldProblem } from '../limits';

/** First characters that make a spreadsheet treat a cell as a formula (OWASP / ASVS V1.2.10). */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/**
 * `text` made safe to put in a spreadsheet cell: NULs removed, then a `'` put in front when it
 * starts with `=`, `+`, `-`, `@`, tab or CR. A text that already starts with `'` gets one more, so
 * `restoreNeutralised` can tell our quote from the author's. For CSV, whose cells a spreadsheet
 * reads as formulas; an XLSX cell is typed as text instead and keeps the value exact.
 */
export function neutraliseFormula(text: string): string {
  const clean = text.replace(/\0/g, '');
  return FORMULA_START.test(clean) || clean.startsWith("'") ? `'${clean}` : clean;
}

/**
 * For cells typed as text (XLSX): NULs removed (OWASP ASVS V1.2.10) and no formula-guarding quote
 * — a text cell is never a formula, so "-Helpdesk" stays exactly that. Only a value that itself
 * starts with `'` gets one more, so `restoreNeutralised` gives it back exactly on import (and files
 * exported before, with the quote, still import as they were exported).
 */
const typedTextCell = (text: string): string => {
  const clean = text.replace(/\0/g, '');
  return clean.startsWith("'") ? `'${clean}` : clean;
};

/**
 * Undoes `neutraliseFormula`: drops one leading `'` when the next character is one the export
 * would have protected (a formula start or another `'`). A hand-typed `'abc` is left alone.
 */
export function restoreNeutralised(text: string): string {
  if (!text.startsWith("'")) return text;
  const rest = text.slice(1);
  return FORMULA_START.test(rest) || rest.startsWith("'") ? rest : text;
}

/** The export's columns, in order; import maps headers to these by name, ignoring case. */
export const MATRIX_COLUMNS = [
  'Function',
  'Category',
  'Internal role',
  'Internal condition',
  'MSP role',
  'MSP condition',
  'Owner',
  'Tie-breaker',
  'Notes',
] as const;

export type MatrixColumn = (typeof MATRIX_COLUMNS)[number];

const conditionOf = (role: SideRole): string => (role.kind === 'secondary' ? role.condition : '');

/**
 * The active rows, in matrix order, as records of text cells: the header first, then one record per
 * row, every cell already neutralised against formula injection. Each file format writes these
 * strings as they are (as text, never as formulas).
 */
export function matrixRecords(
  rows: readonly FunctionRow[],
  format: { readonly typedCells?: boolean } = {},
): string[][] {
  const body = activeRows(rows).map((row) => [
    row.name,
    row.category,
    ROLE_LABELS[row.internal.kind],
    conditionOf(row.internal),
    ROLE_LABELS[row.msp.kind],
    conditionOf(row.msp),
    OWNER_LABELS[ownerOf(row)],
    row.tieBreaker ? OWNER_LABELS[row.tieBreaker] : '',
    row.notes,
  ]);
  // A format whose cells carry a type (XLSX text cells) needs no quote: values stay exact.
  const safe = format.typedCells ? typedTextCell : neutraliseFormula;
  return [[...MATRIX_COLUMNS], ...body].map((cells) => cells.map(safe));
}

/** A row read from a file: everything but its place in the matrix, which the caller decides. */
export type FunctionRowDraft = Omit<FunctionRow, 'order' | 'archived'>;

export interface RowError {
  /** 1-based record number in the file; the header is row 1. */
  readonly row: number;
  /** The column at fault, or null for a problem with the whole row or file. */
  readonly column: MatrixColumn | null;
  readonly message: string;
}

export interface MatrixImport {
  /** Rows that passed every check, in file order. */
  readonly valid: FunctionRowDraft[];
  /** Every problem found; empty when the whole file can be applied. */
  readonly errors: RowError[];
}

export interface ImportOptions {
  /** Gives each imported row its id (the domain has no randomness). */
  readonly newId: () => string;
  /** Rows already in the matrix, so imported names do not clash with them. */
  readonly existingRows?: readonly Pick<FunctionRow, 'id' | 'name' | 'archived'>[];
  /**
   * Active rows, whose names an import updates: a row named like one of them only in look
   * (another alphabet's letter, an invisible character) is refused instead of added beside it.
   */
  readonly activeRows?: readonly Pick<FunctionRow, 'id' | 'name' | 'archived'>[];
}

const REQUIRED: readonly MatrixColumn[] = ['Function', 'Internal role', 'MSP role'];

const ROLE_BY_LABEL = new Map<string, SideRole['kind']>(
  (Object.keys(ROLE_LABELS) as SideRole['kind'][]).map((kind) => [
    ROLE_LABELS[kind].toLowerCase(),
    kind,
  ]),
);
const SIDE_BY_LABEL = new Map<string, Side>([
  [OWNER_LABELS.internal.toLowerCase(), 'internal'],
  [OWNER_LABELS.msp.toLowerCase(), 'msp'],
]);

/** A record the file reader could not read cleanly (1-based record number, header = 1). */
export interface RecordProblem {
  readonly row: number;
  readonly message: string;
}

/**
 * Reads and checks the records of a matrix file (CSV or XLSX, header first). Every row is validated
 * before anything is applied; a caller can refuse the file when `errors` is non-empty or take only
 * `valid`. Blank rows are skipped; the Owner column is checked against the roles (ownership is
 * derived from them, so an Owner that disagrees is that row's problem; a blank Owner is fine).
 * Values are kept as typed, except for the `'` our export adds against formula injection; a blank
 * role means None. A row named in `problems` (the reader's own trouble) is never applied.
 */
export function readMatrixRecords(
  records: readonly (readonly string[])[],
  options: ImportOptions,
  problems: readonly RecordProblem[] = [],
): MatrixImport {
  const errors: RowError[] = problems.map((p) => ({
    row: p.row,
    column: null,
    message: p.message,
  }));
  const header = records[0];
  if (!header) {
    errors.push({ row: 1, column: null, message: 'The file is empty; it needs a header row.' });
    return { valid: [], errors };
  }
  const indexOf = new Map<MatrixColumn, number>();
  let duplicated = false;
  header.forEach((raw, index) => {
    const name = restoreNeutralised(raw).trim().toLowerCase();
    const column = MATRIX_COLUMNS.find((c) => c.toLowerCase() === name);
    if (!column) {
      if (name !== '')
        errors.push({ row: 1, column: null, message: `Unknown column “${raw.trim()}”.` });
    } else if (indexOf.has(column)) {
      duplicated = true;
      errors.push({
        row: 1,
        column,
        message: `The column “${column}” appears twice, so Tandem cannot tell which one to read: remove one and import again.`,
      });
    } else indexOf.set(column, index);
  });
  const missing = REQUIRED.filter((column) => !indexOf.has(column));
  for (const column of missing)
    errors.push({ row: 1, column, message: `The header has no “${column}” column.` });
  // Which of two same-named columns holds the data is anyone's guess: nothing of such a file is
  // imported (it would be half right at best).
  if (missing.length > 0 || duplicated) return { valid: [], errors };

  // Names in use, by the key validateFunctionName compares, so a 5,000-row file is checked in
  // linear time (a list scan per row made it quadratic: seconds of frozen page).
  type Taken = Pick<FunctionRow, 'id' | 'name' | 'archived'>;
  const nameKey = lookalikeKey;
  const taken = new Map<string, Taken>();
  for (const row of options.existingRows ?? [])
    if (!taken.has(nameKey(row.name))) taken.set(nameKey(row.name), row);
  const activeByLook = new Map((options.activeRows ?? []).map((row) => [nameKey(row.name), row]));
  const valid: FunctionRowDraft[] = [];
  records.slice(1).forEach((record, index) => {
    const rowNumber = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    const rowErrors: RowError[] = [];
    const fail = (column: MatrixColumn | null, message: string) =>
      rowErrors.push({ row: rowNumber, column, message });
    const cell = (column: MatrixColumn): string => {
      const at = indexOf.get(column);
      return at === undefined ? '' : restoreNeutralised(record[at] ?? '');
    };
    if (record.length > header.length)
      fail(null, `The row has ${record.length} cells but the header has ${header.length}.`);

    const name = cell('Function');
    const active = activeByLook.get(nameKey(name));
    // The same name as an active row updates it; a name that only looks the same is a clash.
    const lookalike = active && functionNameKey(active.name) !== functionNameKey(name);
    const clash = taken.get(nameKey(name)) ?? (lookalike ? active : undefined);
    const nameProblem = validateFunctionName(name, clash ? [clash] : []);
    if (nameProblem) fail('Function', nameProblem);
    const category = cell('Category');
    const categoryProblem = rowFieldProblem('category', category.trim());
    if (categoryProblem) fail('Category', categoryProblem);

    const readRole = (side: Side): SideRole | null => {
      const roleColumn: MatrixColumn = side === 'internal' ? 'Internal role' : 'MSP role';
      const conditionColumn: MatrixColumn =
        side === 'internal' ? 'Internal condition' : 'MSP condition';
      const label = cell(roleColumn).trim();
      const kind = label === '' ? 'none' : ROLE_BY_LABEL.get(label.toLowerCase());
      const condition = cell(conditionColumn);
      if (!kind) {
        fail(roleColumn, `Unknown role “${label}”; use Primary, Secondary or None.`);
        return null;
      }
      if (kind === 'secondary') {
        const problem = roleProblem({ kind, condition });
        if (problem) {
          fail(conditionColumn, problem);
          return null;
        }
        return { kind, condition };
      }
      if (condition.trim() !== '') {
        fail(
          conditionColumn,
          `A condition is only for a Secondary role; this side is ${ROLE_LABELS[kind]}.`,
        );
        return null;
      }
      return { kind };
    };
    const internal = readRole('internal');
    const msp = readRole('msp');
    // The owner follows from the roles; a file that says otherwise is a problem, not ignored.
    const ownerLabel = cell('Owner').trim();
    if (internal && msp && ownerLabel !== '') {
      const derived = OWNER_LABELS[deriveOwner(internal, msp)];
      if (ownerLabel.toLowerCase() !== derived.toLowerCase())
        fail(
          'Owner',
          `The Owner column says “${ownerLabel}”, but these roles make the owner ${derived}: change the roles (the owner follows from them) or clear the Owner cell.`,
        );
    }

    const notesProblem = rowFieldProblem('notes', cell('Notes'));
    if (notesProblem) fail('Notes', notesProblem);

    const tieLabel = cell('Tie-breaker').trim();
    const tieBreaker = tieLabel === '' ? null : SIDE_BY_LABEL.get(tieLabel.toLowerCase());
    if (tieBreaker === undefined)
      fail(
        'Tie-breaker',
        `Unknown tie-breaker “${tieLabel}”; use Internal, MSP or leave it empty.`,
      );

    // A row the CSV reader had trouble with may have swallowed its neighbours: never apply it.
    const unreadable = problems.some((problem) => problem.row === rowNumber);
    if (unreadable || rowErrors.length > 0 || !internal || !msp || tieBreaker === undefined) {
      errors.push(...rowErrors);
      return;
    }
    const draft: FunctionRowDraft = {
      id: options.newId(),
      name,
      category,
      internal,
      msp,
      tieBreaker,
      notes: cell('Notes'),
    };
    valid.push(draft);
    taken.set(nameKey(name), { id: draft.id, name, archived: false });
  });
  return { valid, errors };
}
