import { activeRows, ownerOf, type FunctionRow } from '../../domain/matrix/function-row';
import { OWNERS, OWNER_LABELS, type Owner, type Side } from '../../domain/matrix/roles';

/**
 * What the ownership board shows, as pure functions of the rows: which lane each active row sits
 * in, and the words on a card. Ownership is always derived (`ownerOf`), never stored here.
 */

/** The category filter's value for "show every category". */
export const ALL_CATEGORIES = '';

export type BoardLanes<R extends FunctionRow> = Record<Owner, R[]>;

/** Categories of the active rows, in matrix order of their first row. */
export function categoriesOf(rows: readonly FunctionRow[]): string[] {
  return [...new Set(activeRows(rows).map((row) => row.category))];
}

/** Active rows of `category` (or all), grouped by derived owner, each lane in matrix order. */
export function boardLanes<R extends FunctionRow>(
  rows: readonly R[],
  category: string = ALL_CATEGORIES,
): BoardLanes<R> {
  const lanes: BoardLanes<R> = { internal: [], msp: [], joint: [], unassigned: [] };
  for (const row of activeRows(rows)) {
    if (category === ALL_CATEGORIES || row.category === category) lanes[ownerOf(row)].push(row);
  }
  return lanes;
}

const SIDES: readonly Side[] = ['internal', 'msp'];

/** The conditional helpers of a row, e.g. "MSP: Overflow only". */
export function helperNotes(row: Pick<FunctionRow, Side>): string[] {
  return SIDES.flatMap((side) => {
    const role = row[side];
    if (role.kind !== 'secondary') return [];
    return [`${OWNER_LABELS[side]}: ${role.condition.trim() || 'Helps when needed'}`];
  });
}

/** Who decides on a joint row; null for rows that are not joint. */
export function tieBreakerNote(row: Pick<FunctionRow, Side | 'tieBreaker'>): string | null {
  if (ownerOf(row) !== 'joint') return null;
  return row.tieBreaker
    ? `Tie-breaker: ${OWNER_LABELS[row.tieBreaker]}`
    : 'No tie-breaker named yet';
}

/** The lanes a card can move to: every lane but its own. */
export function moveTargets(current: Owner): Owner[] {
  return OWNERS.filter((owner) => owner !== current);
}

/** "Internal lane, 3 functions" — the lane's accessible name. */
export function laneLabel(owner: Owner, count: number): string {
  return `${OWNER_LABELS[owner]} lane, ${count} ${count === 1 ? 'function' : 'functions'}`;
}

export function isOwner(value: unknown): value is Owner {
  return OWNERS.some((owner) => owner === value);
}
