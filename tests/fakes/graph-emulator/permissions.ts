/**
 * Delegated permissions per operation, as each operation's Microsoft docs page lists them (least
 * privileged first, then the higher ones that also work). Checked only when the emulator is given
 * `grantedScopes`; a token without any of them gets 403, as Graph answers a missing consent.
 */
import { GraphHttpError } from './errors';

/** docs/platform.md#permissions, site-get and listitem-list: Sites.Read.All or higher. */
export const READ_SITES = [
  'Sites.Read.All',
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'Sites.FullControl.All',
] as const;

/** docs/platform.md#permissions, listitem-create/update: Sites.ReadWrite.All or higher. */
export const WRITE_ITEMS = ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];

/**
 * docs/platform.md#permissions, list-create: delegated Sites.Manage.All only (plus FullControl).
 */
export const MANAGE_LISTS = ['Sites.Manage.All', 'Sites.FullControl.All'];

/**
 * docs/platform.md#users-and-joined-teams, user-list-joinedteams: least privileged
 * Team.ReadBasic.All; higher TeamSettings.Read(Write).All, User.Read(Write).All, and
 * Directory.Read(Write).All (kept for backward compatibility only).
 */
export const READ_JOINED_TEAMS = [
  'Team.ReadBasic.All',
  'TeamSettings.Read.All',
  'TeamSettings.ReadWrite.All',
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];

/**
 * docs/platform.md#permissions, chatmessage-post: delegated ChannelMessage.Send;
 * Group.ReadWrite.All is accepted for backward compatibility. Replies take the same
 * (docs/platform.md#channel-messages).
 */
export const SEND_CHANNEL_MESSAGE = ['ChannelMessage.Send', 'Group.ReadWrite.All'];

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Throws 403 unless `granted` (undefined: not checked) holds one of `accepted`. Code and wording
 * (assumed: docs/platform.md#permissions): Graph's "Missing scope permissions on the request. API
 * requires one of '…'" as reported by people who hit it; the status (403) is what matters to
 * callers.
 */
export function requirePermission(
  granted: readonly string[] | undefined,
  accepted: readonly string[],
): void {
  if (granted === undefined) return;
  if (granted.some((scope) => accepted.some((ok) => same(scope, ok)))) return;
  throw new GraphHttpError(
    403,
    'Forbidden',
    `Missing scope permissions on the request. API requires one of '${accepted.join(', ')}'. Scopes on the request '${granted.join(', ')}'`,
  );
}
