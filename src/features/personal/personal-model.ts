/**
 * What the personal page shows, derived from the directory's answer: teams in name order, each
 * with its engagements (customer order) and the rows the user owns in each (domain/row-ownership),
 * or why the team couldn't be read. Teams without Tandem engagements are only counted: listing every
 * team the user is in would bury the few that matter.
 */
import type { FunctionRow } from '../../domain/matrix/function-row';
import type { Side } from '../../domain/matrix/roles';
import { rowsOwnedBy, sidesLedBy } from '../../domain/matrix/row-ownership';
import type {
  DirectoryTeam,
  ReachableEngagement,
  ReachableTeam,
} from '../../ports/engagement-directory';

export interface EngagementView {
  readonly id: string;
  readonly customer: string;
  readonly mspName: string;
  /** The sides the user leads; empty when they lead neither. */
  readonly ledSides: readonly Side[];
  /** Active rows the user owns, in matrix order. */
  readonly ownedRows: readonly FunctionRow[];
}

export type TeamView =
  | {
      readonly kind: 'engagements';
      readonly team: DirectoryTeam;
      readonly engagements: readonly EngagementView[];
    }
  | { readonly kind: 'unreadable'; readonly team: DirectoryTeam; readonly reason: string };

export interface PersonalView {
  readonly teams: readonly TeamView[];
  /** Teams that were read and hold no Tandem engagement. */
  readonly teamsWithoutTandem: number;
  readonly engagementCount: number;
  /** The user leads at least one engagement shown. */
  readonly leadsAny: boolean;
}

const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });

function engagementView(engagement: ReachableEngagement, upn: string | null): EngagementView {
  return {
    id: engagement.id,
    customer: engagement.customer,
    mspName: engagement.mspName,
    ledSides: sidesLedBy(engagement, upn),
    ownedRows: rowsOwnedBy(engagement, engagement.rows ?? [], upn),
  };
}

export function personalView(teams: readonly ReachableTeam[], upn: string | null): PersonalView {
  const shown: TeamView[] = [];
  let teamsWithoutTandem = 0;
  for (const entry of teams) {
    if (entry.status === 'unreadable') {
      shown.push({ kind: 'unreadable', team: entry.team, reason: entry.reason });
    } else if (entry.engagements.length === 0) {
      teamsWithoutTandem += 1;
    } else {
      const engagements = entry.engagements
        .map((engagement) => engagementView(engagement, upn))
        .sort((a, b) => byText(a.customer, b.customer));
      shown.push({ kind: 'engagements', team: entry.team, engagements });
    }
  }
  shown.sort((a, b) => byText(a.team.displayName, b.team.displayName));
  const engagements = shown.flatMap((team) =>
    team.kind === 'engagements' ? team.engagements : [],
  );
  return {
    teams: shown,
    teamsWithoutTandem,
    engagementCount: engagements.length,
    leadsAny: engagements.some((engagement) => engagement.ledSides.length > 0),
  };
}
