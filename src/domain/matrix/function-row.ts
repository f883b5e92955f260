import { deriveOwner, type Owner, type Side, type SideRole } from './roles';

/** One IT function in the responsibility matrix. */
export interface FunctionRow {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly internal: SideRole;
  readonly msp: SideRole;
  /** Who decides when the two sides disagree. Only meaningful on joint rows. */
  readonly tieBreaker: Side | null;
  readonly notes: string;
  /** Position in the matrix; rows are shown by ascending order. */
  readonly order: number;
  readonly archived: boolean;
}

export const ownerOf = (row: Pick<FunctionRow, 'internal' | 'msp'>): Owner =>
  deriveOwner(row.internal, row.msp);

/**
 * Active rows in matrix order. Rows sharing an order (left by two concurrent reorders) are put in
 * id order, so every screen and export shows the same total order until the next move renumbers.
 */
export function activeRows<T extends FunctionRow>(rows: readonly T[]): T[] {
  return rows
    .filter((row) => !row.archived)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
