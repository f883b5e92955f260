/**
 * Teams mode's adapters: auth (MSAL with nested app auth, or the host's token for the Graph
 * emulator), and the SharePoint store, Planner and the channel poster, each on its own graph-client
 * `Client` whose token carries only its own scopes.
 *
 * Loaded only in Teams mode (TeamsApp.tsx is a lazy chunk), so graph-client never reaches local
 * mode's first render; MSAL is a further chunk of its own (lazy-auth.ts), which a real tenant's
 * build fetches at start and the emulator build never does.
 */
import { createIdbOutbox } from '../adapters/local/idb-outbox';
import type { Outbox } from '../ports/outbox';
import { GRAPH_CLOUDS, graphCloud, type GraphCloud } from '../adapters/graph/http/clouds';
import { createSharePointStore } from '../adapters/graph/sharepoint/store';
import { hostTokenAuth } from '../adapters/teams/host-token-auth';
import { GRAPH_SCOPES, type Auth } from '../ports/auth';
import type { EngagementStore } from '../ports/engagement-store';
import type { HostContext } from '../ports/host-context';
import type { BuildEnv } from './build-env';
import type { ChannelPoster } from '../ports/channel-poster';
import type { TaskPlanner } from '../ports/task-planner';
import { graphClientFor } from './graph-client-for';
import { lazyAuth } from './lazy-auth';
import { lazyTaskPlanner } from './lazy-task-planner';
import { lazyChannelPoster } from './lazy-channel-poster';

/**
 * What the SharePoint store needs: item reads and writes, and creating its lists on first use in a
 * team (README "Graph permissions"). Asked for together, once, so a new team needs one consent.
 */
export const STORE_SCOPES: readonly string[] = [
  ...GRAPH_SCOPES.writeSites,
  ...GRAPH_SCOPES.manageLists,
];

/** Token source for this build: the host's token for the emulator, MSAL otherwise. */
export function createTeamsAuth(context: HostContext, env: BuildEnv): Auth {
  if (env.VITE_GRAPH_EMULATOR_URL) return hostTokenAuth(context.tenantId);
  const cloudName = (env.VITE_GRAPH_CLOUD ?? 'global') as GraphCloud;
  graphCloud(cloudName); // an unknown cloud name is a configuration error: fail loudly here
  if (!env.VITE_AAD_APP_CLIENT_ID) {
    throw new Error(
      'This build has no VITE_AAD_APP_CLIENT_ID, so it cannot sign in to Microsoft 365.',
    );
  }
  const clientId = env.VITE_AAD_APP_CLIENT_ID;
  return lazyAuth(() =>
    import('../adapters/auth/msal-auth').then(({ createMsalAuth }) =>
      createMsalAuth({
        clientId,
        cloud: cloudName in GRAPH_CLOUDS ? cloudName : 'global',
        tenantId: context.tenantId,
        loginHint: context.user.loginHint,
        redirectUri: window.location.origin,
        insideTeams: true,
      }),
    ),
  );
}

/** The SharePoint store of the team's site; null when the tab has no team (personal scope, chats). */
export function createTeamsStore(
  context: HostContext,
  auth: Auth,
  env: BuildEnv,
): EngagementStore | null {
  const groupId = context.team?.groupId;
  if (!groupId) return null;
  const client = graphClientFor(auth, STORE_SCOPES, env);
  return createSharePointStore({ client, site: { groupId } });
}

/**
 * The outbox in this browser's IndexedDB, one per signed-in person (tenant and user): a person's
 * unsent changes are never replayed in someone else's session on a shared machine.
 */
export function createTeamsOutbox(context: HostContext): Outbox | null {
  const user = context.user.id ?? context.user.loginHint;
  if (!context.tenantId || !user) return null;
  return createIdbOutbox({ owner: JSON.stringify([context.tenantId, user]) });
}

/**
 * Planner for the team's 90-day plans, on its own Graph client whose token carries Planner's
 * scopes (Tasks.ReadWrite, User.ReadBasic.All): asked for only when someone syncs, so a team that
 * never uses Planner never consents to it; its adapter is downloaded then too. Null without a team.
 */
export function createTeamsTaskPlanner(
  context: HostContext,
  auth: Auth,
  env: BuildEnv,
): TaskPlanner | null {
  if (!context.team?.groupId) return null;
  const client = graphClientFor(auth, GRAPH_SCOPES.syncPlanner, env);
  return lazyTaskPlanner(() =>
    import('../adapters/graph/planner/task-planner').then(({ createGraphTaskPlanner }) =>
      createGraphTaskPlanner({ client }),
    ),
  );
}

/**
 * Posting review summaries to the tab's channel, on its own Graph client whose token carries
 * ChannelMessage.Send: asked for only when someone posts; the adapter is downloaded then too. Null
 * outside a channel tab (personal tab, group chat).
 */
export function createTeamsChannelPoster(
  context: HostContext,
  auth: Auth,
  env: BuildEnv,
): ChannelPoster | null {
  if (!context.team?.groupId || !context.channel?.id) return null;
  const client = graphClientFor(auth, GRAPH_SCOPES.postToChannel, env);
  return lazyChannelPoster(() =>
    import('../adapters/graph/teams/channel-poster').then(({ createGraphChannelPoster }) =>
      createGraphChannelPoster({ client }),
    ),
  );
}
