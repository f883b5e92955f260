/**
 * The `Auth` port over MSAL: Graph tokens for the signed-in Teams user
 * (docs/platform.md#nested-app-authentication), in the team's tenant, asked for silently, and
 * interactively only from a click.
 *
 * - The client is built and initialized once, lazily, on the first `getToken` (concurrent first
 *   calls share it); if that fails the next call tries again.
 * - Silent first: `acquireTokenSilent` with the cached account for this tenant and user, or
 *   `ssoSilent({ loginHint })` when none is cached. When MSAL needs the user, a call without
 *   `interactive` rejects (`interaction-required` / `consent-required`) and never opens anything; the
 *   UI then offers "Sign in", whose click calls again with `interactive: true` → `acquireTokenPopup`
 *   (inside Teams NAA turns it into the host's own prompt). Never a redirect: a redirect inside the
 *   Teams iframe would reload the tab into the same silent failure, a loop.
 * - A click that follows such a rejection goes straight to the popup: browsers only allow a popup
 *   shortly after the click, and a second silent round trip (a hidden iframe) could use that up.
 * - One popup at a time: a second interactive call waits for the first, then tries silently again.
 * - `forceRefresh` (after Graph refused a token with 401) goes to `acquireTokenSilent` as MSAL's
 *   own `forceRefresh`, so MSAL redeems its refresh token instead of returning the cached access
 *   token Graph just refused: graph-client never refreshes a token itself
 *   (docs/platform.md#access-tokens). `ssoSilent` and the popup always fetch a new token, so they
 *   need nothing.
 * - Every token passes the tenant check (auth-tenant.ts) before it is returned.
 * - Scopes are the caller's, asked for when first needed (incremental consent,
 *   docs/platform.md#nested-app-authentication); short names (`Sites.Read.All`) are valid in every
 *   cloud. `grantedScopes()` lists those granted so far.
 */
import type { AuthenticationResult } from '@azure/msal-browser';
import { AuthError, type Auth, type TokenOptions } from '../../ports/auth';
import type { GraphCloud } from '../graph/http/clouds';
import { toAuthError } from './auth-errors';
import { checkTenant, noTenantError, pickAccount } from './auth-tenant';
import {
  authorityFor,
  msalConfiguration,
  openMsalClient,
  type MsalClientLike,
} from './msal-client';

export interface MsalAuthOptions {
  readonly clientId: string;
  readonly cloud: GraphCloud;
  /** From the Teams context (`user.tenant.id`); null outside Teams. */
  readonly tenantId: string | null;
  /** From the Teams context (`user.loginHint`). */
  readonly loginHint?: string | null;
  readonly redirectUri: string;
  readonly insideTeams: boolean;
  /** A ready-made client (tests); otherwise one is created per `insideTeams`. */
  readonly msal?: MsalClientLike;
}

export interface MsalAuth extends Auth {
  /** Scopes granted so far in this session (as requested and as Entra reported them). */
  grantedScopes(): readonly string[];
}

/** Codes a click can resolve with a popup. */
const PROMPTABLE = new Set<AuthError['code']>([
  'interaction-required',
  'consent-required',
  'wrong-tenant',
]);

const scopeKey = (scopes: readonly string[]) =>
  [...scopes]
    .map((scope) => scope.toLowerCase())
    .sort()
    .join(' ');

export function createMsalAuth(options: MsalAuthOptions): MsalAuth {
  const tenantId = options.tenantId;
  const loginHint = options.loginHint ?? null;
  const authority = authorityFor(options.cloud, tenantId);
  const granted = new Set<string>();
  /** Bumped on every token: a failure recorded under an older generation may be stale. */
  let generation = 0;
  /** Silent failures a click should skip straight past, per scope set. */
  const needsPrompt = new Map<string, { generation: number; code: AuthError['code'] }>();
  let client: Promise<MsalClientLike> | null = null;
  let popupInFlight: Promise<string> | null = null;

  function ready(): Promise<MsalClientLike> {
    client ??= (async () => {
      if (options.msal) {
        await options.msal.initialize();
        return options.msal;
      }
      const configuration = msalConfiguration({ ...options, tenantId });
      return openMsalClient(configuration, options.insideTeams);
    })().catch((error: unknown) => {
      client = null;
      throw new AuthError(
        'unavailable',
        `Couldn't start Microsoft 365 sign-in (${error instanceof Error ? error.message : String(error)}). Try again, or reload the tab.`,
        { cause: error },
      );
    });
    return client;
  }

  function accept(result: AuthenticationResult, scopes: readonly string[]): string {
    checkTenant(result, tenantId);
    if (!result.accessToken) {
      throw new AuthError('unavailable', 'Microsoft 365 sign-in returned no token. Try again.');
    }
    for (const scope of [...scopes, ...result.scopes]) granted.add(scope);
    generation += 1;
    return result.accessToken;
  }

  async function silent(
    msal: MsalClientLike,
    scopes: string[],
    forceRefresh: boolean,
  ): Promise<string> {
    const account = pickAccount(msal.getAllAccounts(), tenantId, loginHint);
    const result = account
      ? await msal.acquireTokenSilent({
          scopes,
          account,
          authority,
          ...(forceRefresh ? { forceRefresh: true } : {}),
        })
      : await msal.ssoSilent({ scopes, authority, ...(loginHint ? { loginHint } : {}) });
    return accept(result, scopes);
  }

  async function popup(msal: MsalClientLike, scopes: string[], reason: AuthError['code']) {
    const result = await msal.acquireTokenPopup({
      scopes,
      authority,
      ...(loginHint ? { loginHint } : {}),
      // The cached account was in another tenant: let the person pick the right one.
      ...(reason === 'wrong-tenant' ? { prompt: 'select_account' } : {}),
    });
    return accept(result, scopes);
  }

  async function getToken(requested: readonly string[], request?: TokenOptions): Promise<string> {
    if (options.insideTeams && !tenantId) throw noTenantError();
    const scopes = [...requested];
    const key = scopeKey(scopes);
    const context = { scopes, tenantId };
    const msal = await ready();

    const known = needsPrompt.get(key);
    let reason = known?.generation === generation ? known.code : null;
    if (!request?.interactive || reason === null) {
      try {
        return await silent(msal, scopes, request?.forceRefresh ?? false);
      } catch (error) {
        const failure = toAuthError(error, context);
        if (!PROMPTABLE.has(failure.code)) throw failure;
        needsPrompt.set(key, { generation, code: failure.code });
        if (!request?.interactive) throw failure;
        reason = failure.code;
      }
    }

    if (popupInFlight) {
      await popupInFlight.catch(() => undefined);
      return getToken(requested, request);
    }
    const run = popup(msal, scopes, reason).catch((error: unknown) => {
      throw toAuthError(error, context);
    });
    popupInFlight = run;
    try {
      return await run;
    } finally {
      if (popupInFlight === run) popupInFlight = null;
    }
  }

  return { getToken, grantedScopes: () => [...granted] };
}
