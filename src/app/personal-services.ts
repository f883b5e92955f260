/**
 * The personal tab's adapters: the Graph EngagementDirectory over a graph-client `Client` whose
 * tokens carry read permissions only. Kept apart from teams-services.ts (the channel tab's store
 * and sign-in), which this file only borrows the `Auth` and the environment's shape from.
 */
import { createGraphEngagementDirectory } from '../adapters/graph/sharepoint/engagement-directory';
import { GRAPH_SCOPES, type Auth } from '../ports/auth';
import type { EngagementDirectory } from '../ports/engagement-directory';
import type { HostContext, TeamsHost } from '../ports/host-context';
import type { PersonalTabServices } from '../features/personal/personal-tab-services';
import { graphClientFor } from './graph-client-for';
import type { BuildEnv } from './build-env';
import { PERSONAL_ENTITY_ID } from './teams-startup';

/**
 * Least privilege for a page that only looks (docs/platform.md#permissions): the user's teams
 * (Team.ReadBasic.All) and the Tandem lists in their sites (Sites.Read.All). Asked for only when
 * the personal tab opens, never by channel tabs (incremental consent,
 * docs/platform.md#nested-app-authentication).
 */
export const PERSONAL_SCOPES: readonly string[] = [
  ...GRAPH_SCOPES.readTeams,
  ...GRAPH_SCOPES.readSites,
];

/** The personal app's content page: Teams sends its static tab's entity id and no team. */
export function isPersonalTab(context: HostContext): boolean {
  return (
    context.frameContext === 'content' &&
    context.page.id === PERSONAL_ENTITY_ID &&
    !context.team?.groupId
  );
}

/** The Graph directory of the user's teams and their engagements, on a read-only client. */
export function createTeamsDirectory(auth: Auth, env: BuildEnv): EngagementDirectory {
  return createGraphEngagementDirectory({ client: graphClientFor(auth, PERSONAL_SCOPES, env) });
}

export function createPersonalServices(
  auth: Auth,
  host: TeamsHost,
  directory: EngagementDirectory,
): PersonalTabServices {
  return {
    directory,
    authorize: async (options) => {
      await auth.getToken(PERSONAL_SCOPES, options);
    },
    userUpn: host.context.user.loginHint,
    host,
  };
}
