/**
 * Where the app is running and what the host tells it. Inside Teams the Teams host adapter
 * (src/adapters/teams/) fills this from teams-js; outside Teams there is no host and the app runs
 * in local mode.
 *
 * Intent: features read who/where/theme from here and report their loading state to the host,
 * without knowing teams-js. Errors: `connectToHost` never rejects — a host that is absent, silent
 * or broken means local mode, with the reason.
 */

export type HostTheme = 'light' | 'dark' | 'contrast';

/** Which page of the tab the host is showing. */
export type FrameContext = 'content' | 'settings' | 'remove' | 'other';

export interface HostContext {
  readonly frameContext: FrameContext;
  /** Entra tenant of the signed-in user (the token's tenant must match it). */
  readonly tenantId: string | null;
  readonly user: {
    readonly id: string | null;
    readonly loginHint: string | null;
    /** The name people know the user by ("Megan Bowen"); null when the host gives none. */
    readonly displayName?: string | null;
  };
  /** The team's Microsoft 365 group: its root site holds the engagement lists. */
  readonly team: { readonly groupId: string | null; readonly displayName: string | null } | null;
  readonly channel: { readonly id: string; readonly displayName: string | null } | null;
  readonly locale: string;
  readonly theme: HostTheme;
  /** `page.id` = the tab's entity id (an engagement id); `subPageId` = a deep link target. */
  readonly page: { readonly id: string | null; readonly subPageId: string | null };
}

/** What the configuration page saves for a channel or group-chat tab. */
export interface TabConfig {
  readonly entityId: string;
  readonly suggestedDisplayName: string;
  readonly contentUrl: string;
  readonly websiteUrl: string;
}

export type LoadFailureReason = 'AuthFailed' | 'Timeout' | 'Other';

/** The host's side of the conversation once connected. */
export interface TeamsHost {
  readonly context: HostContext;
  /** Live theme changes pushed by the host. Returns the unsubscribe function. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
  /** The shell is up: the host may hide its loading indicator. */
  notifyAppLoaded(): void;
  /** Real data is on screen. */
  notifySuccess(): void;
  notifyFailure(reason: LoadFailureReason, message: string): void;
  /** Configuration page: enable or disable the host's Save button. */
  setConfigValid(valid: boolean): void;
  /** Configuration page: called when the user presses Save; the returned config is saved. */
  onConfigSave(handler: () => Promise<TabConfig>): void;
  /**
   * Open a link the way Teams does (`app.openLink`, docs/platform.md#teams-deep-links): a Teams
   * deep link (a channel message, a tab) stays inside Teams, on every client. Rejects when the
   * host refuses it.
   */
  openLink(url: string): Promise<void>;
}

export type HostConnection =
  | { readonly mode: 'local'; readonly reason: 'not-framed' | 'no-answer' | 'failed' }
  | { readonly mode: 'teams'; readonly host: TeamsHost };
