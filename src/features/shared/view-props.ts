import type { Route } from './use-hash-route';

/** What every engagement view gets from the shell. */
export interface ViewProps {
  /** A row the user followed a link to: scroll to it and highlight it. */
  readonly focusRowId: string | null;
  /** Open the matrix at this row (links from findings, the board and the change log). */
  readonly openRow: (rowId: string) => void;
  /** The whole route, for views with their own sub-pages (the reviews: a review, a comparison). */
  readonly route: Route;
  /**
   * Go elsewhere in this engagement (the engagement id is filled in); `replace` changes the
   * address without a new history entry (filters).
   */
  readonly navigate: (next: Partial<Route>, options?: { replace?: boolean }) => void;
}
