/**
 * The EngagementDirectory over Microsoft Graph: the user's joined teams (teams/joined-teams.ts), then the
 * Tandem lists in each team's SharePoint site, read-only (sharepoint/lookup.ts). Nothing is stored
 * and nothing is written; the composition root builds the graph-client `Client` with read scopes
 * only (Team.ReadBasic.All, Sites.Read.All).
 *
 * Round trips: one for the teams, then at most four `$batch`es for up to 20 teams (see
 * sharepoint/lookup.ts). Throttled requests are retried like the store's (http/retry.ts), inside
 * batches too. A team's own failure becomes that team's `unreadable` reason; only the list of teams,
 * or a whole `$batch` round trip, failing rejects the call.
 */
import {
  DirectoryError,
  type EngagementDirectory,
  type ReachableTeam,
} from '../../../ports/engagement-directory';
import { GraphFailure } from '../http/send';
import { createGraphTransport, type GraphTransportOptions } from '../http/transport';
import { readJoinedTeams } from '../teams/joined-teams';
import { readTeamsEngagements } from './lookup';

/** The personal page shows its spinner throughout: no "retrying" status to report. */
export interface GraphEngagementDirectoryOptions extends Omit<GraphTransportOptions, 'onStatus'> {
  /** `$top` for item queries; default 2,000, as the store (SharePointStoreOptions.pageSize). */
  readonly pageSize?: number;
}

const graphDetail = (failure: GraphFailure) =>
  failure.status
    ? ` (Graph ${failure.status} ${failure.code}${failure.message ? `: ${failure.message}` : ''})`
    : failure.message
      ? ` (${failure.message})`
      : '';

/** Why one team's engagements could not be read, in words a person can act on. */
export function unreadableReason(failure: GraphFailure): string {
  const why: Record<number, string> = {
    0: "SharePoint couldn't be reached.",
    401: 'Your sign-in has expired. Reload the tab to sign in again.',
    403: "You don't have access to this team's SharePoint site.",
    404: "This team's SharePoint site or one of Tandem's lists in it wasn't found.",
    429: 'SharePoint is busy and kept asking Tandem to wait. Try again in a minute.',
    503: 'SharePoint is busy and kept asking Tandem to wait. Try again in a minute.',
    504: 'SharePoint is busy and kept asking Tandem to wait. Try again in a minute.',
  };
  return `${why[failure.status] ?? 'SharePoint refused to read its lists.'}${graphDetail(failure)}`;
}

const LIST_TEAMS = 'list your teams';

function directoryError(error: unknown, action: string): DirectoryError {
  if (error instanceof DirectoryError) return error;
  if (!(error instanceof GraphFailure)) {
    const text = error instanceof Error ? error.message : String(error);
    return new DirectoryError('unavailable', `Couldn't ${action}: ${text}`, { cause: error });
  }
  // joinedTeams answers 403 when the token lacks Team.ReadBasic.All (or a higher permission).
  if (error.status === 403 && action === LIST_TEAMS) {
    return new DirectoryError(
      'forbidden',
      `Couldn't ${action}: Tandem needs the Microsoft Graph permission Team.ReadBasic.All to see which teams you are in. Ask your Microsoft 365 admin to grant it${graphDetail(error)}.`,
      { cause: error },
    );
  }
  const why =
    error.status === 0
      ? "Microsoft 365 couldn't be reached. Check the connection and try again"
      : error.status === 401
        ? 'your sign-in has expired. Reload the tab to sign in again'
        : 'Microsoft 365 had a problem. Try again in a minute';
  return new DirectoryError('unavailable', `Couldn't ${action}: ${why}${graphDetail(error)}.`, {
    cause: error,
  });
}

export function createGraphEngagementDirectory(
  options: GraphEngagementDirectoryOptions,
): EngagementDirectory {
  const { sender } = createGraphTransport(options);
  const pageSize = options.pageSize ?? 2000;

  return {
    async listReachable({ leadUpn }): Promise<ReachableTeam[]> {
      const teams = await readJoinedTeams(sender).catch((error: unknown) => {
        throw directoryError(error, LIST_TEAMS);
      });
      const settled = await readTeamsEngagements(
        sender,
        teams.map((team) => team.id),
        { leadUpn, pageSize },
      ).catch((error: unknown) => {
        throw directoryError(error, "read your teams' engagements");
      });
      return teams.map((team, index): ReachableTeam => {
        const read = settled[index]!;
        return read.ok
          ? { team, status: 'read', engagements: read.value }
          : { team, status: 'unreadable', reason: unreadableReason(read.failure) };
      });
    },
  };
}
