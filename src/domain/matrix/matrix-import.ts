import type { ChangeEntry } from '../engagement/change-log';
import { ownerOf, type FunctionRow } from './function-row';
import { nextOrder, setRowRoles, type ChangeMeta } from './matrix-edits';
import type { FunctionRowDraft } from './matrix-table';
import { functionNameKey } from '../validation';

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

/**
 * What undoing an import stores: the updated rows back as they were (logging each role change back,
 * since the change log is append-only) and the added rows' ids, to delete.
 */
export function planImportUndo(
  plan: ImportPlan,
  current: readonly FunctionRow[],
  meta: (index: number) => ChangeMeta,
): { readonly rows: FunctionRow[]; readonly entries: ChangeEntry[]; readonly deleteIds: string[] } {
  const byId = new Map(current.map((row) => [row.id, row]));
  const beforeIds = new Set(plan.before.map((row) => row.id));
  const rows: FunctionRow[] = [];
  const entries: ChangeEntry[] = [];
  for (const previous of plan.before) {
    const now = byId.get(previous.id);
    if (!now) continue;
    const edit = setRowRoles(
      now,
      { internal: previous.internal, msp: previous.msp },
      meta(entries.length),
    );
    if (edit.entry) entries.push(edit.entry);
    rows.push({ ...previous, order: now.order });
  }
  const deleteIds = plan.rows
    .filter((row) => !beforeIds.has(row.id) && byId.has(row.id))
    .map((row) => row.id);
  return { rows, entries, deleteIds };
}
