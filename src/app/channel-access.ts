import { tabDeepLink } from '../adapters/teams/teams-deep-link';
import { GRAPH_SCOPES, type Auth } from '../ports/auth';
import type { ChannelPoster } from '../ports/channel-poster';
import type { HostContext } from '../ports/host-context';
import type { ChannelAccess } from '../features/shared/services-context';
import type { BuildEnv } from './build-env';

/**
 * What the review feature needs to post to the tab's channel: the poster, where to post, and deep
 * links back into this tab (docs/platform.md#teams-deep-links: the tab's entity id is the
 * engagement id, and the deep link's `subEntityId` arrives as `page.subPageId` when it is opened).
 * Undefined outside a channel tab.
 */
export function channelAccess(
  context: HostContext,
  poster: ChannelPoster | null,
  auth: Auth,
  env: BuildEnv,
): ChannelAccess | undefined {
  const teamId = context.team?.groupId;
  const channel = context.channel;
  if (!poster || !teamId || !channel) return undefined;
  const appId = (env.VITE_TEAMS_DEEP_LINK_APP_ID ?? env.VITE_TEAMS_APP_ID)?.trim();
  const entityId = context.page.id;
  return {
    poster,
    teamId,
    channelId: channel.id,
    channelName: channel.displayName,
    deepLinkTo: (subPageId, label) =>
      appId && entityId
        ? tabDeepLink({
            appId,
            entityId,
            subPageId,
            channelId: channel.id,
            tenantId: context.tenantId,
            webUrl: null,
            label,
          })
        : null,
    // Straight from a click: a consent window may only open right after one.
    allow: () =>
      auth.getToken(GRAPH_SCOPES.postToChannel, { interactive: true }).then(() => undefined),
  };
}
