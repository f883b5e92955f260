/**
 * Delegated permissions per operation, as each operation's Microsoft docs page lists them (least
 * privileged first, then the higher ones that also work). Checked only when the emulator is given
 * `grantedScopes`; a token without any of them gets 403, as Graph answers a missing consent.
 */
import { GraphHttpError } from './errors';

/** graph-contract §4.4 [D] site-get, listitem-list: Sites.Read.All or higher. */
export const READ_SITES = [
  'Sites.Read.All',
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'Sites.FullControl.All',
] as const;

/** graph-contract §4.4 [D] listitem-create/update: Sites.ReadWrite.All or higher. */
export const WRITE_ITEMS = ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];

/** graph-contract §4.4 [D] list-create: delegated Sites.Manage.All only (plus FullControl). */
export const MANAGE_LISTS = ['Sites.Manage.All', 'Sites.FullControl.All'];

/**
 * [D] https://learn.microsoft.com/en-us/graph/api/user-list-joinedteams: least privileged
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
 * graph-contract §4.4 [D] chatmessage-post: delegated ChannelMessage.Send; Group.ReadWrite.All is
 * accepted for backward compatibility. Replies take the same (graph-contract §3 [U]).
 */
export const SEND_CHANNEL_MESSAGE = ['ChannelMessage.Send', 'Group.ReadWrite.All'];

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Throws 403 unless `granted` (undefined: not checked) holds one of `accepted`. [U] code and
 * wording: Graph's "Missing scope permissions on the request. API requires one of '…'" as reported
 * by people who hit it; the status (403) is what matters to callers.
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
