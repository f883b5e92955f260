import type { ChangeEntry } from '../engagement/change-log';
import { ownerOf, type FunctionRow } from './function-row';
import { nextOrder, setRowRoles, type ChangeMeta } from './matrix-edits';
import type { FunctionRowDraft } from './matrix-table';
import { functionNameKey } from '../function-name';

/**
 * How imported rows meet the matrix: a row whose function name matches an active row (ignoring
 * case and surrounding spaces) updates that row; any other row is added at the end, in file order;
 * nothing is archived or deleted. So a file exported, edited in a spreadsheet and imported again
 * does what its author expects, and a partial file never removes rows it does not mention.
 *
 * Ids, time and who come from the caller (the domain has no clock and no randomness).
 */

export interface ImportPlan {
  /** Every row to store: the added ones and the changed versions of updated ones. */
  readonly rows: readonly FunctionRow[];
  /** One change-log entry per row whose roles changed (as a role edit by hand would log). */
  readonly entries: readonly ChangeEntry[];
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** The updated rows as they were before, for Undo. */
  readonly before: readonly FunctionRow[];
}

const key = functionNameKey;

function sameRow(a: FunctionRow, b: FunctionRow): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
}

const comparable = (row: FunctionRow) => [
  row.name,
  row.category,
  row.internal.kind,
  row.internal.kind === 'secondary' ? row.internal.condition : '',
  row.msp.kind,
  row.msp.kind === 'secondary' ? row.msp.condition : '',
  row.tieBreaker,
  row.notes,
];

/**
 * What importing `drafts` into `rows` stores. `meta(n)` gives the change-log metadata of the n-th
 * ownership change (each entry needs its own id).
 */
export function planMatrixImport<R extends FunctionRow>(
  rows: readonly R[],
  drafts: readonly FunctionRowDraft[],
  meta: (index: number) => ChangeMeta,
): ImportPlan {
  const active = new Map(rows.filter((row) => !row.archived).map((row) => [key(row.name), row]));
  const stored: FunctionRow[] = [];
  const entries: ChangeEntry[] = [];
  const before: FunctionRow[] = [];
  let order = nextOrder(rows);
  let added = 0;
  let unchanged = 0;
  for (const draft of drafts) {
    const name = draft.name.trim();
    const existing = active.get(key(name));
    if (!existing) {
      stored.push({ ...draft, name, order: order++, archived: false });
      added += 1;
      continue;
    }
    const edit = setRowRoles<FunctionRow>(
      existing,
      { internal: draft.internal, msp: draft.msp },
      meta(entries.length),
    );
    const joint = ownerOf(edit.row) === 'joint';
    const next: FunctionRow = {
      ...edit.row,
      category: draft.category,
      notes: draft.notes,
      tieBreaker: joint ? draft.tieBreaker : null,
    };
    if (sameRow(existing, next)) {
      unchanged += 1;
      continue;
    }
    stored.push(next);
    before.push(existing);
    if (edit.entry) entries.push(edit.entry);
  }
  return { rows: stored, entries, added, updated: before.length, unchanged, before };
}

/** The fields an import writes, each compared and reverted on its own by Undo. */
type ImportedField = 'name' | 'category' | 'internal' | 'msp' | 'tieBreaker' | 'notes';

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Undo of an import reverts what the import changed, field by field, against the rows as they are
 * *now*: a field still holding the imported value gets its value from before the import back; a
 * field edited since keeps the later edit. A row the import added is deleted only if nobody edited
 * it since; otherwise it stays (`kept`), so Undo never takes a later edit with it.
 */
export function planImportUndo(
  plan: ImportPlan,
  current: readonly FunctionRow[],
  meta: (index: number) => ChangeMeta,
): {
  readonly rows: FunctionRow[];
  readonly entries: ChangeEntry[];
  readonly deleteIds: string[];
  /** Added rows edited since the import: kept. */
  readonly kept: string[];
} {
  const byId = new Map(current.map((row) => [row.id, row]));
  const imported = new Map(plan.rows.map((row) => [row.id, row]));
  const beforeIds = new Set(plan.before.map((row) => row.id));
  const rows: FunctionRow[] = [];
  const entries: ChangeEntry[] = [];
  for (const previous of plan.before) {
    const now = byId.get(previous.id);
    const after = imported.get(previous.id);
    if (!now || !after) continue;
    const reverted = <F extends ImportedField>(field: F): FunctionRow[F] =>
      sameValue(now[field], after[field]) ? previous[field] : now[field];
    const edit = setRowRoles(
      now,
      { internal: reverted('internal'), msp: reverted('msp') },
      meta(entries.length),
    );
    if (edit.entry) entries.push(edit.entry);
    const next: FunctionRow = {
      ...now,
      name: reverted('name'),
      category: reverted('category'),
      internal: reverted('internal'),
      msp: reverted('msp'),
      tieBreaker: reverted('tieBreaker'),
      notes: reverted('notes'),
    };
    if (!sameRow(next, now)) rows.push(next);
  }
  const deleteIds: string[] = [];
  const kept: string[] = [];
  for (const row of plan.rows) {
    const now = byId.get(row.id);
    if (beforeIds.has(row.id) || !now) continue;
    if (sameRow(now, row) && now.archived === row.archived) deleteIds.push(row.id);
    else kept.push(row.id);
  }
  return { rows, entries, deleteIds, kept };
}
