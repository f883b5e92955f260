/**
 * `GET /me/joinedTeams` (docs/platform.md#users-and-joined-teams): the teams the signed-in user is
 * a direct member of, as a collection of team objects.
 *
 * - "This method does not currently support the OData query parameters to customize the response";
 *   pnp/pnpjs#1581: `$top` is refused with 400, so any query option is refused here.
 * - The response carries every team property, but only id, displayName, description, isArchived and
 *   tenantId are populated; the rest are null [D, current page; an older revision listed only the
 *   first three]. `@odata.context` is `…/$metadata#teams`.
 * - Paging: the page documents none, and people with 1,000+ teams report at most 999 and no
 *   `@odata.nextLink` (microsoftgraph/microsoft-graph-docs-contrib#4469); so this answers one page.
 *   Callers follow a nextLink anyway, as https://learn.microsoft.com/graph/paging asks.
 */
import type { ApiRequest, RouteContext } from './api-request';
import { badRequest } from './errors';
import type { EmuResponse } from './http';
import type { TeamRecord } from './store';

/** The team properties joinedTeams leaves null (the docs' example). */
const UNPOPULATED = [
  'createdDateTime',
  'internalId',
  'classification',
  'specialization',
  'visibility',
  'webUrl',
  'isMembershipLimitedToOwners',
  'memberSettings',
  'guestSettings',
  'messagingSettings',
  'funSettings',
  'discoverySettings',
  'summary',
];

function teamJson(team: TeamRecord, tenantId: string): Record<string, unknown> {
  const body: Record<string, unknown> = Object.fromEntries(UNPOPULATED.map((key) => [key, null]));
  return {
    ...body,
    id: team.id,
    displayName: team.displayName,
    description: team.description,
    isArchived: team.isArchived,
    tenantId,
  };
}

export function listJoinedTeams(req: ApiRequest, ctx: RouteContext): EmuResponse {
  const option = [...req.query.keys()][0];
  if (option !== undefined) {
    // The wording is assumed.
    throw badRequest(`Query option '${option}' is not supported by this API.`);
  }
  return {
    status: 200,
    headers: {},
    body: {
      '@odata.context': `${req.linkBase}/$metadata#teams`,
      value: ctx.store.teams.map((team) => teamJson(team, ctx.env.tenantId)),
    },
  };
}
