/**
 * The `Auth` port over the Teams host's own token (teams-js `authentication.getAuthToken`,
 * docs/platform.md#teams-host-wire-protocol). Used only with the Graph emulator (tests, dev without
 * a tenant): the emulator stubs the app's token provider, not MSAL. The Teams host fake answers
 * with an unsigned JWT built from its context (or its `token` query parameter). Against real Teams
 * this token is an SSO token for the app, not a Graph token, so the composition root never uses it
 * there.
 *
 * The tenant rule is the MSAL path's (auth-tenant.ts, docs/platform.md#tenant-check: "the tenant ID
 * of the token matches the ID of the tenant where data is stored"): a token whose `tid` claim names
 * another tenant than the Teams context is refused with the same `wrong-tenant` error. The Teams
 * SSO token carries `tid`; a token without a readable `tid` cannot be shown to be the team's, so it
 * is refused too (`unavailable`). With no tenant in the context no token is asked for at all
 * (`noTenantError`): nothing reaches Graph until the tenant is known.
 *
 * `interactive` and `forceRefresh` change nothing here: the host keeps its own token cache and
 * prompts by itself, and `getAuthToken` has no option for either.
 *
 * Call only after `connectToHost()` answered `teams` (teams-js must be initialised).
 */
import { authentication } from '@microsoft/teams-js';
import { AuthError, type Auth } from '../../ports/auth';
import { noTenantError, wrongTenantError } from '../auth/auth-tenant';
import { readTokenClaims, stringClaim } from './token-claims';

/**
 * @param tenantId The Teams context's tenant (`user.tenant.id`); null when the host named none.
 * @param hostToken The host's token call; tests pass their own.
 */
export function hostTokenAuth(
  tenantId: string | null,
  hostToken: () => Promise<string> = () => authentication.getAuthToken(),
): Auth {
  return {
    async getToken() {
      if (!tenantId) throw noTenantError();
      let token: string;
      try {
        token = await hostToken();
      } catch (error) {
        throw new AuthError(
          'unavailable',
          `The Teams host gave no token (${error instanceof Error ? error.message : String(error)}).`,
          { cause: error },
        );
      }
      checkTokenTenant(token, tenantId);
      return token;
    },
  };
}

/** Throws unless `token`'s `tid` claim is `tenantId` (compared as GUIDs: case does not matter). */
export function checkTokenTenant(token: string, tenantId: string | null): void {
  if (!tenantId) return;
  const claims = readTokenClaims(token);
  const tid = claims && stringClaim(claims, 'tid');
  if (!claims || !tid) {
    throw new AuthError(
      'unavailable',
      `The Teams host gave a token without a readable tenant (tid), so Tandem cannot confirm it is for this team's organisation (tenant ${tenantId}). Reload the tab; if it keeps happening, sign out of Teams and back in.`,
    );
  }
  if (tid.toLowerCase() !== tenantId.toLowerCase()) {
    // v1 tokens name the user in `upn`, v2 tokens in `preferred_username`.
    const username = stringClaim(claims, 'upn') ?? stringClaim(claims, 'preferred_username');
    throw wrongTenantError(tid, username, tenantId);
  }
}
