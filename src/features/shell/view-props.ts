/** What every engagement view gets from the shell. */
export interface ViewProps {
  /** A row the user followed a link to: scroll to it and highlight it. */
  readonly focusRowId: string | null;
  /** Open the matrix at this row (links from findings, the board and the change log). */
  readonly openRow: (rowId: string) => void;
}
