import type { Owner, SideRole } from '../matrix/roles';

/**
 * One ownership change of one row. The log is append-only: entries are never edited, so a quarterly
 * review can trust what moved since the last one.
 */
export interface ChangeEntry {
  readonly id: string;
  readonly rowId: string;
  /** The row's name when the change was made (rows can be renamed later). */
  readonly rowName: string;
  /** ISO timestamp, supplied by the caller (the domain has no clock). */
  readonly at: string;
  readonly by: string;
  readonly from: { readonly owner: Owner; readonly internal: SideRole; readonly msp: SideRole };
  readonly to: { readonly owner: Owner; readonly internal: SideRole; readonly msp: SideRole };
  /** Both sides agreed to the change (a renegotiation), as opposed to work drifting across. */
  readonly renegotiated: boolean;
  readonly reason: string;
}
