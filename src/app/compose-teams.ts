/**
 * Teams mode's composition root: a plain function of the host's context and the build's settings
 * that picks every adapter, or says why it cannot (a build without a client id, an unknown cloud).
 * Tests compose with fakes by passing their own `TeamsAdapters`; nothing mocks our modules.
 */
import { GRAPH_SCOPES, type Auth } from '../ports/auth';
import type { ChannelPoster } from '../ports/channel-poster';
import type { EngagementDirectory } from '../ports/engagement-directory';
import type { EngagementStore } from '../ports/engagement-store';
import type { HostContext, TeamsHost } from '../ports/host-context';
import type { Outbox } from '../ports/outbox';
import type { TaskPlanner } from '../ports/task-planner';
import type { PersonalTabServices } from '../features/personal/personal-tab-services';
import type { AppServices } from '../features/shared/services-context';
import type { BuildEnv } from './build-env';
import { channelAccess } from './channel-access';
import { createLocalServices } from './compose-local';
import { createPersonalServices, createTeamsDirectory, isPersonalTab } from './personal-services';
import {
  STORE_SCOPES,
  createTeamsAuth,
  createTeamsChannelPoster,
  createTeamsOutbox,
  createTeamsStore,
  createTeamsTaskPlanner,
} from './teams-services';
import { messageOf, type Failure } from './teams-startup';

/** The adapters Teams mode is made of; tests replace them with fakes. */
export interface TeamsAdapters {
  readonly auth: (context: HostContext, env: BuildEnv) => Auth;
  /** Null when the tab has no team (personal tab, chats). */
  readonly store: (context: HostContext, auth: Auth, env: BuildEnv) => EngagementStore | null;
  readonly planner: (context: HostContext, auth: Auth, env: BuildEnv) => TaskPlanner | null;
  readonly channel: (context: HostContext, auth: Auth, env: BuildEnv) => ChannelPoster | null;
  readonly directory: (auth: Auth, env: BuildEnv) => EngagementDirectory;
  /** Where unsent changes wait across closing the tab; null when the user is unknown. */
  readonly outbox: (context: HostContext) => Outbox | null;
}

export const TEAMS_ADAPTERS: TeamsAdapters = {
  auth: createTeamsAuth,
  store: createTeamsStore,
  planner: createTeamsTaskPlanner,
  channel: createTeamsChannelPoster,
  directory: createTeamsDirectory,
  outbox: createTeamsOutbox,
};

/** Teams mode, composed. */
export interface TeamsServices {
  readonly auth: Auth;
  /** What the store's token needs: asked for silently before any data call. */
  readonly storeScopes: readonly string[];
  /** Null without a team. */
  readonly store: EngagementStore | null;
  /** The personal app's services, on its content page (else null). */
  readonly personal: ((host: TeamsHost) => PersonalTabServices) | null;
  /** What the features get once the store may be used; `host` settles the loading protocol. */
  readonly appServices: (store: EngagementStore, host: TeamsHost) => AppServices;
}

export type TeamsComposition = TeamsServices | { readonly failure: Failure };

export function composeTeams(
  context: HostContext,
  env: BuildEnv,
  adapters: TeamsAdapters = TEAMS_ADAPTERS,
): TeamsComposition {
  try {
    const auth = adapters.auth(context, env);
    const store = adapters.store(context, auth, env);
    const planner = adapters.planner(context, auth, env);
    const poster = adapters.channel(context, auth, env);
    const outbox = adapters.outbox(context);
    const groupId = context.team?.groupId;
    return {
      auth,
      storeScopes: STORE_SCOPES,
      store,
      personal: isPersonalTab(context)
        ? (host) => createPersonalServices(auth, host, adapters.directory(auth, env))
        : null,
      appServices: (teamStore, host) => {
        const channel = channelAccess(context, poster, auth, env);
        const { loginHint, displayName } = host.context.user;
        // People are shown by the name they are known by; the sign-in name identifies them.
        const name = displayName?.trim() || loginHint || 'Teams user';
        return {
          ...createLocalServices(teamStore),
          userName: () => name,
          currentUser: () => ({ name, upn: loginHint }),
          host,
          ...(channel && { channel }),
          ...(outbox && { outbox }),
          // Sign-in lost mid-session: a fresh token, so a token Graph refused is not handed back.
          signIn: () =>
            auth
              .getToken(STORE_SCOPES, { interactive: true, forceRefresh: true })
              .then(() => undefined),
          ...(planner &&
            groupId && {
              planner: {
                tasks: planner,
                groupId,
                allow: () =>
                  auth
                    .getToken(GRAPH_SCOPES.syncPlanner, { interactive: true })
                    .then(() => undefined),
              },
            }),
        };
      },
    };
  } catch (error) {
    return {
      failure: {
        reason: 'Other',
        title: 'Tandem is not set up correctly',
        detail: messageOf(error),
        tips: ['Ask whoever deployed Tandem to check its configuration.'],
        canRetry: false,
      },
    };
  }
}
