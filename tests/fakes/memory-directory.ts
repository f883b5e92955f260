import { sidesLedBy } from '../../src/domain/matrix/row-ownership';
import type {
  DirectoryError,
  DirectoryTeam,
  EngagementDirectory,
  ReachableEngagement,
  ReachableTeam,
} from '../../src/ports/engagement-directory';
import { withoutVersion, type EngagementStore } from '../../src/ports/engagement-store';

/** One joined team: its engagements live in `store` (none without one), or it cannot be read. */
export interface MemoryTeam {
  readonly team: DirectoryTeam;
  readonly store?: EngagementStore;
  readonly unreadable?: string;
}

export interface MemoryDirectory extends EngagementDirectory {
  /** How many times `listReachable` was called. */
  readonly calls: () => number;
  /** The next `listReachable` rejects with `error`, as a directory that cannot list teams would. */
  failNext(error: DirectoryError): void;
}

/**
 * An in-memory EngagementDirectory over memory stores, one per team, with the port's semantics:
 * engagements come with rows only where `leadUpn` leads, a team can be unreadable beside the others,
 * and only the teams themselves failing rejects.
 */
export function createMemoryDirectory(teams: readonly MemoryTeam[]): MemoryDirectory {
  let calls = 0;
  let failure: DirectoryError | null = null;

  const readTeam = async (entry: MemoryTeam, leadUpn: string | null): Promise<ReachableTeam> => {
    if (entry.unreadable !== undefined) {
      return { team: entry.team, status: 'unreadable', reason: entry.unreadable };
    }
    const summaries = (await entry.store?.listEngagements()) ?? [];
    const engagements = await Promise.all(
      summaries.map(async (summary): Promise<ReachableEngagement> => {
        const { profile, rows } = await entry.store!.loadEngagement(summary.id);
        const leads = sidesLedBy(profile, leadUpn).length > 0;
        return {
          id: summary.id,
          customer: profile.customer,
          mspName: profile.mspName,
          startDate: profile.startDate,
          internalLead: profile.internalLead,
          mspLead: profile.mspLead,
          rows: leads ? rows.map(withoutVersion) : null,
        };
      }),
    );
    return { team: entry.team, status: 'read', engagements };
  };

  return {
    calls: () => calls,
    failNext(error) {
      failure = error;
    },
    async listReachable({ leadUpn }) {
      calls += 1;
      if (failure) {
        const error = failure;
        failure = null;
        throw error;
      }
      return Promise.all(teams.map((entry) => readTeam(entry, leadUpn)));
    },
  };
}
