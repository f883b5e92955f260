/**
 * Tokens for Microsoft Graph. Inside Teams the auth adapter (src/adapters/auth/) uses nested app
 * authentication; elsewhere the standard MSAL client.
 *
 * Intent: silent first; an interactive prompt only when the caller says the user asked for it
 * (`interactive: true`, from a click). Scopes are asked for when first needed (incremental consent).
 *
 * Errors: rejects with `AuthError` only: `interaction-required` (call again from a user action
 * with `interactive: true`), `consent-required`, `wrong-tenant` (the token is for another tenant
 * than the Teams context: refused), `cancelled`, `unavailable`.
 */
export interface Auth {
  getToken(scopes: readonly string[], options?: TokenOptions): Promise<string>;
}

export interface TokenOptions {
  /** The user asked (a click): a sign-in prompt may open. Never set from background work. */
  readonly interactive?: boolean;
  /**
   * Skip any cached token and ask the identity provider for a new one. For a token the service
   * has just refused (Graph 401): the cache would hand the same token back until it expires.
   * Sources without a cache of their own to skip ignore it. Still silent unless `interactive`.
   */
  readonly forceRefresh?: boolean;
}

export type AuthErrorCode =
  'interaction-required' | 'consent-required' | 'wrong-tenant' | 'cancelled' | 'unavailable';

export class AuthError extends Error {
  override readonly name = 'AuthError';
  constructor(
    readonly code: AuthErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Least-privilege Graph scopes (docs/platform.md#permissions), asked for only when needed. */
export const GRAPH_SCOPES = {
  readSites: ['Sites.Read.All'],
  writeSites: ['Sites.ReadWrite.All'],
  manageLists: ['Sites.Manage.All'],
  /**
   * The Planner sync, asked for only when the user syncs: plans, buckets, tasks and their details
   * (delegated Tasks.ReadWrite, docs/platform.md#permissions), and the leads' Entra ids for
   * assignments (`GET /users/{upn}`: User.ReadBasic.All, the least privileged permission that reads
   * other users, https://learn.microsoft.com/graph/api/user-get).
   */
  syncPlanner: ['Tasks.ReadWrite', 'User.ReadBasic.All'],
  /**
   * The personal tab's list of the user's teams (`GET /me/joinedTeams`): least privileged delegated
   * permission (docs/platform.md#users-and-joined-teams).
   */
  readTeams: ['Team.ReadBasic.All'],
  /**
   * Posting the quarterly review's summary to the channel, asked for only when someone posts:
   * delegated ChannelMessage.Send, the least privileged permission (docs/platform.md#permissions).
   */
  postToChannel: ['ChannelMessage.Send'],
} as const;
