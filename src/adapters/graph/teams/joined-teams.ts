/**
 * The teams the signed-in user is a direct member of, for the personal tab.
 *
 * `GET /me/joinedTeams` (docs/platform.md#users-and-joined-teams):
 * - delegated permission: least privileged `Team.ReadBasic.All` (GRAPH_SCOPES.readTeams); with
 *   delegated permissions it works for `me` only;
 * - no OData query parameters are supported (so no `$select`; pnp/pnpjs#1581: `$top` gets 400);
 * - 200 with a collection of team objects where only id, displayName, description, isArchived and
 *   tenantId are populated, the rest null;
 * - the host team of a shared channel the user is in is not listed (that would need "List associated
 *   teams"); Tandem's lists live in a team's own site, so such teams are out of scope anyway;
 * - the team id is its Microsoft 365 group's id (Graph's team resource: "The group has the same ID
 *   as the team"), so `/groups/{id}/sites/root` finds its site (docs/platform.md#sharepoint-sites).
 * Paging is not documented for this API (and reported missing past 999 teams,
 * microsoft-graph-docs-contrib#4469); a `@odata.nextLink` is followed anyway, as Graph's paging
 * guidance asks of every collection.
 */
import type { Team } from '@microsoft/microsoft-graph-types';
import type { DirectoryTeam } from '../../../ports/engagement-directory';
import { readEveryPage } from '../http/paging';
import type { GraphRequestSpec, GraphSender } from '../http/send';

// GET /me/joinedTeams
export const getJoinedTeams = (): GraphRequestSpec => ({ method: 'GET', url: '/me/joinedTeams' });

/** Every joined team, in the order Graph lists them. Rejects with `GraphFailure`. */
export async function readJoinedTeams(sender: GraphSender): Promise<DirectoryTeam[]> {
  const teams = await readEveryPage<Team>(sender, getJoinedTeams());
  return teams.flatMap((team) =>
    team.id
      ? [{ id: team.id, displayName: team.displayName ?? '', isArchived: team.isArchived === true }]
      : [],
  );
}
