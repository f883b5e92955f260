/**
 * Pure mapping from the context teams-js hands us (`app.Context`, already translated by teams-js
 * from the host's flat legacy object — docs/platform.md#teams-context) to the port's `HostContext`.
 *
 * Nothing here talks to the host, so it runs and is tested in Node without a browser.
 */
import type { app } from '@microsoft/teams-js';
import type { FrameContext, HostContext, HostTheme } from '../../ports/host-context';

/**
 * Used when the host sends no locale; teams-js passes `locale` through unchecked
 * (docs/platform.md#teams-context).
 */
export const FALLBACK_LOCALE = 'en-US';

/**
 * Teams themes (docs/platform.md#teams-theme): `"default"` (teams-js's own fallback when the host
 * sends none), `"dark"`, `"contrast"`. Anything else — a future theme name — renders light rather
 * than failing.
 */
export function themeFromHost(theme: string | null | undefined): HostTheme {
  switch (theme) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'light';
  }
}

/**
 * Frame contexts (docs/platform.md#teams-context): only the three pages a configurable tab has are
 * named; the rest (`task`, `sidePanel`, `stage`, `meetingStage`, `authentication`) are `'other'`. A
 * missing value (never seen from Teams: teams-js falls back to the initialize answer) means the
 * content page.
 */
export function frameContextFromHost(frameContext: string | null | undefined): FrameContext {
  switch (frameContext) {
    case 'content':
    case undefined:
    case null:
      return 'content';
    case 'settings':
      return 'settings';
    case 'remove':
      return 'remove';
    default:
      return 'other';
  }
}

/**
 * teams-js turns a missing `userObjectId` into `""` (docs/platform.md#teams-context); the port says
 * "unknown" with null.
 */
const present = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value === '' ? null : value;

/**
 * `app.Context` → `HostContext`. teams-js leaves `user.tenant`, `team` and `channel` undefined
 * unless the host sent `tid` / `teamId` / `channelId` (docs/platform.md#teams-context): group chats
 * and personal scope have no team, so those become null rather than half-filled objects.
 */
export function toHostContext(context: app.Context): HostContext {
  const { team, channel, user, page } = context;
  return {
    frameContext: frameContextFromHost(page?.frameContext),
    tenantId: present(user?.tenant?.id),
    user: {
      id: present(user?.id),
      loginHint: present(user?.loginHint),
      displayName: present(user?.displayName),
    },
    team: team ? { groupId: present(team.groupId), displayName: present(team.displayName) } : null,
    channel: channel?.id ? { id: channel.id, displayName: present(channel.displayName) } : null,
    locale: present(context.app?.locale) ?? FALLBACK_LOCALE,
    theme: themeFromHost(context.app?.theme),
    // A deep link's `context.subEntityId` arrives as page.subPageId; page.id is the tab's entityId
    // (docs/platform.md#teams-deep-links).
    page: { id: present(page?.id), subPageId: present(page?.subPageId) },
  };
}
