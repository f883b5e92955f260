import type { Side, SideRole } from '../../domain/matrix/roles';

/**
 * What a matrix row can ask for. The object is stable for the life of the view (it reads the
 * latest rows and actions through a ref), so memoised rows re-render only when their own row does.
 */
export interface RowHandlers {
  validateName(name: string, rowId: string): string | null;
  rename(rowId: string, name: string): void;
  setCategory(rowId: string, category: string): void;
  setNotes(rowId: string, notes: string): void;
  requestRoles(rowId: string, roles: { internal: SideRole; msp: SideRole }): void;
  setTieBreaker(rowId: string, tieBreaker: Side | null): void;
  reorder(rowId: string, direction: 'up' | 'down'): void;
  archive(rowId: string): void;
}
