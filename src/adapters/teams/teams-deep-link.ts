/**
 * A Teams deep link that opens a tab, optionally at one item in it
 * (docs/platform.md#teams-deep-links):
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?tenantId=…&webUrl=…&label=…&context=<ctx>`, where
 * `<ctx>` is URL-encoded JSON `{"subEntityId":…,"channelId":…}`; the opened tab reads `subEntityId`
 * as `page.subPageId`. In a card, put it in an `Action.OpenUrl` so it opens inside Teams.
 *
 * Pure: every part is URL-encoded with encodeURIComponent (spaces as %20, as the Teams docs show).
 */

export interface TabDeepLinkInput {
  /**
   * The id Teams knows the app by: the manifest id for a custom app uploaded in Teams, the
   * org-catalog id for an app in the organisation's catalog (docs/platform.md#teams-deep-links).
   */
  readonly appId: string;
  /** The tab's entityId (a configurable tab's, from its saved settings). */
  readonly entityId: string;
  /** The item to open in the tab, e.g. `review:<id>`; null opens the tab itself. */
  readonly subPageId: string | null;
  /** The channel the tab lives in (`19:…`); null for a personal tab. */
  readonly channelId: string | null;
  /** The tenant the tab lives in: a guest's Teams opens it there, not in their home tenant. */
  readonly tenantId?: string | null;
  /** Where a client that cannot open the tab goes instead; null for none. */
  readonly webUrl: string | null;
  /** The link's label. */
  readonly label: string;
}

export function tabDeepLink({
  appId,
  entityId,
  subPageId,
  channelId,
  tenantId = null,
  webUrl,
  label,
}: TabDeepLinkInput): string {
  const context: Record<string, string> = {};
  if (subPageId !== null) context.subEntityId = subPageId;
  if (channelId !== null) context.channelId = channelId;
  const query = [
    ...(tenantId ? [['tenantId', tenantId]] : []),
    ...(webUrl !== null ? [['webUrl', webUrl]] : []),
    ['label', label],
    ...(Object.keys(context).length > 0 ? [['context', JSON.stringify(context)]] : []),
  ]
    .map(([key, value]) => `${key}=${encodeURIComponent(value ?? '')}`)
    .join('&');
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}?${query}`;
}
