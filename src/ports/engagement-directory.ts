import type { Lead } from '../domain/engagement/profile';
import type { FunctionRow } from '../domain/matrix/function-row';

/**
 * Where the signed-in user's engagements are, across every team they have joined: what the
 * personal tab lists. Inside Teams the Graph adapter (src/adapters/graph/) reads the user's joined
 * teams, then the Tandem lists in each team's SharePoint site.
 *
 * Intent: one call answers "which engagements can I reach, and which rows in them are mine". It
 * only reads: a team whose site has no Tandem lists simply has no engagements, and looking never
 * creates lists or asks for more than read permissions.
 *
 * Partial results: a team whose engagements cannot be read (no access to its site, site deleted,
 * SharePoint refusing) comes back `unreadable` with a reason a person can act on, beside the teams
 * that were read. One team never hides the others.
 *
 * Errors: rejects with `DirectoryError` only when the teams themselves cannot be listed:
 * `forbidden` (Tandem lacks the permission to list the user's teams — an admin must consent) or
 * `unavailable` (network, service errors, throttling that outlasted the retries).
 */
export interface EngagementDirectory {
  /**
   * Every team the user is a direct member of, each with its Tandem engagements, in no promised
   * order. Engagements `leadUpn` leads (see domain/row-ownership.ts) come with their matrix rows;
   * the others with `rows: null`, so nobody waits for rows that are not theirs.
   */
  listReachable(options: { readonly leadUpn: string | null }): Promise<ReachableTeam[]>;
}

export interface DirectoryTeam {
  /** The team's id, which is also its Microsoft 365 group's id. */
  readonly id: string;
  readonly displayName: string;
  /** Archived teams are read-only in Teams; their engagements are still shown. */
  readonly isArchived: boolean;
}

export interface ReachableEngagement {
  readonly id: string;
  readonly customer: string;
  readonly mspName: string;
  readonly startDate: string;
  readonly internalLead: Lead;
  readonly mspLead: Lead;
  /** Every row of the matrix (archived ones included), or `null` when not read (not a lead). */
  readonly rows: readonly FunctionRow[] | null;
}

export type ReachableTeam =
  | {
      readonly team: DirectoryTeam;
      readonly status: 'read';
      readonly engagements: readonly ReachableEngagement[];
    }
  | { readonly team: DirectoryTeam; readonly status: 'unreadable'; readonly reason: string };

export type DirectoryErrorCode = 'forbidden' | 'unavailable';

export class DirectoryError extends Error {
  override readonly name = 'DirectoryError';
  constructor(
    readonly code: DirectoryErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
