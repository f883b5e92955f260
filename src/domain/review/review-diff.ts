import type { ChangeEntry } from '../engagement/change-log';
import { ownerOf, type FunctionRow } from '../matrix/function-row';
import {
  movesTowardMsp,
  OWNER_LABELS,
  SIDE_LABELS,
  type Owner,
  type SideRole,
} from '../matrix/roles';
import { isAfterBoundary, type ReviewBoundary } from './review-boundary';

/**
 * What changed in the responsibility matrix between two quarterly reviews (seed: "quarterly
 * responsibility-matrix reviews catch" the MSP gradually expanding scope). Pure: it compares two
 * row snapshots and never looks at a clock.
 *
 * Only active rows count. A row "added" is active now but was not active (absent, or archived) at
 * the previous review; a row "archived" is the reverse. So swapping the two snapshots swaps added
 * and archived, and turns every move around.
 */

/**
 * The direction of one ownership move, from the owner before to the owner after (see
 * {@link moveDirection}). Opposites: toward-msp ↔ toward-internal, into-joint ↔ out-of-joint.
 */
export type MoveDirection =
  'toward-msp' | 'toward-internal' | 'into-joint' | 'out-of-joint' | 'to-unassigned';

export interface RowRef {
  readonly rowId: string;
  readonly name: string;
}

export interface RowRename {
  readonly rowId: string;
  readonly from: string;
  readonly to: string;
}

export interface OwnershipMove {
  readonly rowId: string;
  /** The row's name at the later of the two reviews. */
  readonly name: string;
  readonly from: Owner;
  readonly to: Owner;
  readonly direction: MoveDirection;
}

export interface ReviewDiff {
  readonly added: readonly RowRef[];
  readonly archived: readonly RowRef[];
  readonly renamed: readonly RowRename[];
  readonly moves: readonly OwnershipMove[];
  /** Active joint rows at the previous review → at this one. */
  readonly jointCount: { readonly before: number; readonly after: number };
}

/**
 * The direction of a move between two different owners. Losing every owner is "to-unassigned";
 * otherwise joint wins (becoming joint is "into-joint", leaving joint is "out-of-joint"); otherwise
 * the side that now owns the row names it. Note a move from unassigned borrows the label of where
 * it lands, so only moves between internal, MSP and joint have an exact opposite.
 */
export function moveDirection(from: Owner, to: Owner): MoveDirection {
  if (to === 'unassigned') return 'to-unassigned';
  if (to === 'joint') return 'into-joint';
  if (from === 'joint') return 'out-of-joint';
  return to === 'msp' ? 'toward-msp' : 'toward-internal';
}

const byId = (rows: readonly FunctionRow[]): Map<string, FunctionRow> =>
  new Map(rows.filter((row) => !row.archived).map((row) => [row.id, row]));

const jointCount = (rows: ReadonlyMap<string, FunctionRow>): number =>
  [...rows.values()].filter((row) => ownerOf(row) === 'joint').length;

/** Matrix order (the rows' `order` in `rows`), then id: how people read the matrix. */
const inMatrixOrder =
  (rows: ReadonlyMap<string, FunctionRow>) =>
  <T extends { rowId: string }>(a: T, b: T): number =>
    (rows.get(a.rowId)?.order ?? 0) - (rows.get(b.rowId)?.order ?? 0) ||
    (a.rowId < b.rowId ? -1 : a.rowId > b.rowId ? 1 : 0);

/** The matrix changes from `before` (the previous review's rows) to `after` (this review's rows). */
export function diffRows(
  before: readonly FunctionRow[],
  after: readonly FunctionRow[],
): ReviewDiff {
  const old = byId(before);
  const now = byId(after);
  const added: RowRef[] = [];
  const renamed: RowRename[] = [];
  const moves: OwnershipMove[] = [];
  for (const row of now.values()) {
    const previous = old.get(row.id);
    if (!previous) {
      added.push({ rowId: row.id, name: row.name });
      continue;
    }
    if (previous.name !== row.name) {
      renamed.push({ rowId: row.id, from: previous.name, to: row.name });
    }
    const from = ownerOf(previous);
    const to = ownerOf(row);
    if (from !== to) {
      moves.push({ rowId: row.id, name: row.name, from, to, direction: moveDirection(from, to) });
    }
  }
  const archived = [...old.values()]
    .filter((row) => !now.has(row.id))
    .map((row) => ({ rowId: row.id, name: row.name }));
  // Lists read in matrix order: rows of this review by their order now, archived ones by theirs then.
  return {
    added: added.sort(inMatrixOrder(now)),
    archived: archived.sort(inMatrixOrder(old)),
    renamed: renamed.sort(inMatrixOrder(now)),
    moves: moves.sort(inMatrixOrder(now)),
    jointCount: { before: jointCount(old), after: jointCount(now) },
  };
}

/** True when nothing in the matrix changed. */
export function isEmptyDiff(diff: ReviewDiff): boolean {
  return (
    diff.added.length === 0 &&
    diff.archived.length === 0 &&
    diff.renamed.length === 0 &&
    diff.moves.length === 0
  );
}

/** One change-log entry that moved work toward the MSP, as a review records it. */
export interface ScopeCreepEntry {
  readonly changeId: string;
  readonly rowId: string;
  readonly rowName: string;
  readonly at: string;
  readonly by: string;
  readonly from: Owner;
  readonly to: Owner;
  /** Both sides agreed; an entry that was not renegotiated is the drift the review is for. */
  readonly renegotiated: boolean;
  /** Each side's role before and after (absent on entries of reviews made before they were kept). */
  readonly fromRoles?: { readonly internal: SideRole; readonly msp: SideRole };
  readonly toRoles?: { readonly internal: SideRole; readonly msp: SideRole };
}

/**
 * Change-log entries that moved work toward the MSP (roles.ts `movesTowardMsp`) after `since` (the
 * instant both leads had signed the previous review, review-boundary.ts; null = since the start)
 * and on or before `until` (this review's date, ISO `YYYY-MM-DD`, compared with each entry's day).
 * In log order.
 */
export function scopeCreepBetween(
  changeLog: readonly ChangeEntry[],
  since: ReviewBoundary,
  until: string,
): ScopeCreepEntry[] {
  return changeLog
    .filter(
      (entry) =>
        isAfterBoundary(entry.at, since) &&
        entry.at.slice(0, 10) <= until &&
        movesTowardMsp(entry.from, entry.to),
    )
    .map((entry) => ({
      changeId: entry.id,
      rowId: entry.rowId,
      rowName: entry.rowName,
      at: entry.at,
      by: entry.by,
      from: entry.from.owner,
      to: entry.to.owner,
      renegotiated: entry.renegotiated,
      fromRoles: { internal: entry.from.internal, msp: entry.from.msp },
      toRoles: { internal: entry.to.internal, msp: entry.to.msp },
    }));
}

const roleWords = (role: SideRole): string =>
  role.kind === 'secondary' && role.condition.trim()
    ? `secondary, ${role.condition.trim()}`
    : role.kind;

/**
 * What a scope-creep entry changed, as the review screen, the printed review and the channel card
 * say it: the owners when the owner changed ("Internal → MSP"); otherwise each side's role change
 * ("MSP: none → secondary, Overflow only") — the owner stayed, but the MSP took on more of the work
 * (the rule is roles.ts `movesTowardMsp`, written down in docs/rules.md
 */
export function describeCreepChange(entry: ScopeCreepEntry): string {
  if (entry.from !== entry.to) return `${OWNER_LABELS[entry.from]} → ${OWNER_LABELS[entry.to]}`;
  const { fromRoles, toRoles } = entry;
  if (!fromRoles || !toRoles) {
    return `${OWNER_LABELS[entry.from]} (owner unchanged; the MSP's role grew)`;
  }
  return (['internal', 'msp'] as const)
    .filter((side) => JSON.stringify(fromRoles[side]) !== JSON.stringify(toRoles[side]))
    .map(
      (side) => `${SIDE_LABELS[side]}: ${roleWords(fromRoles[side])} → ${roleWords(toRoles[side])}`,
    )
    .join('; ');
}
