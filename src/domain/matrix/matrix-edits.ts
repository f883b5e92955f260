import type { ChangeEntry } from '../engagement/change-log';
import { activeRows, ownerOf, type FunctionRow } from './function-row';
import { rolesForOwner, type Owner, type SideRole } from './roles';

/**
 * Pure edits of the matrix. Each returns the records that changed (and the change-log entry when
 * ownership moved), so the caller can store exactly those in one write. Ids and time come from the
 * caller: the domain has no clock and no randomness.
 */

export interface ChangeMeta {
  readonly entryId: string;
  readonly at: string;
  readonly by: string;
  readonly renegotiated: boolean;
  readonly reason: string;
}

export interface RoleEdit<R extends FunctionRow> {
  readonly row: R;
  /** Present when the derived owner or a side's role changed. */
  readonly entry: ChangeEntry | null;
}

/** Structural equality of two roles (not JSON text, which depends on key order). */
function sameRole(a: SideRole, b: SideRole): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'secondary' || (b.kind === 'secondary' && a.condition === b.condition);
}

/** Set both roles of a row; logs the change when the owner or either role changes. */
export function setRowRoles<R extends FunctionRow>(
  row: R,
  roles: { internal: SideRole; msp: SideRole },
  meta: ChangeMeta,
): RoleEdit<R> {
  const next: R = {
    ...row,
    internal: roles.internal,
    msp: roles.msp,
    tieBreaker: ownerOf(roles) === 'joint' ? row.tieBreaker : null,
  };
  const rolesChanged = !sameRole(row.internal, roles.internal) || !sameRole(row.msp, roles.msp);
  if (!rolesChanged) return { row, entry: null };
  return {
    row: next,
    entry: {
      id: meta.entryId,
      rowId: row.id,
      rowName: row.name,
      at: meta.at,
      by: meta.by,
      from: { owner: ownerOf(row), internal: row.internal, msp: row.msp },
      to: { owner: ownerOf(next), internal: next.internal, msp: next.msp },
      renegotiated: meta.renegotiated,
      reason: meta.reason,
    },
  };
}

/** Move a row to an owner lane (board drag, "Move to…"). */
export function moveRowToOwner<R extends FunctionRow>(
  row: R,
  owner: Owner,
  meta: ChangeMeta,
): RoleEdit<R> {
  if (ownerOf(row) === owner) return { row, entry: null };
  return setRowRoles(row, rolesForOwner(owner, row), meta);
}

export function nextOrder(rows: readonly FunctionRow[]): number {
  return rows.reduce((max, row) => Math.max(max, row.order), 0) + 1;
}

/**
 * Move a row one place up or down among the active rows. Returns the rows whose `order` changed
 * (two at most), or nothing at the edges.
 */
export function reorderRow<R extends FunctionRow>(
  rows: readonly R[],
  rowId: string,
  direction: 'up' | 'down',
): R[] {
  const ordered = activeRows(rows);
  const index = ordered.findIndex((row) => row.id === rowId);
  const neighbourIndex = direction === 'up' ? index - 1 : index + 1;
  const row = ordered[index];
  const neighbour = ordered[neighbourIndex];
  if (index < 0 || !row || !neighbour) return [];
  if (new Set(ordered.map((candidate) => candidate.order)).size === ordered.length) {
    return [
      { ...row, order: neighbour.order },
      { ...neighbour, order: row.order },
    ];
  }
  // Two writers reordered at once and left rows sharing an order (each swap is two records, and
  // merges keep each record's newest order): swapping equal orders would change nothing, so the
  // list is renumbered 1…n with the move applied. Only rows whose order changes are returned.
  const moved = [...ordered];
  moved[index] = neighbour;
  moved[neighbourIndex] = row;
  return moved.flatMap((candidate, at) =>
    candidate.order === at + 1 ? [] : [{ ...candidate, order: at + 1 }],
  );
}
