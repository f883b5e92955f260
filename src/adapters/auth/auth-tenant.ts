/**
 * Which cached account to ask for a token silently, and whether a token may be used at all.
 *
 * The rule (docs/platform.md#tenant-check: "the tenant ID of the token matches the ID of the tenant
 * where data is stored"): the token must be for the tenant the Teams context names, because the
 * team's SharePoint site and lists live there. A B2B guest (the MSP's manager in the customer's
 * team) has a home account in the MSP's tenant; asking the tenant-specific authority gives them a
 * token for the customer's (resource) tenant, and that token is the one accepted. So the check
 * reads the token's tenant (`result.tenantId`), falling back to the account's tenant profile, never
 * the home tenant.
 */
import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import { AuthError } from '../../ports/auth';

function same(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

function matchesHint(account: AccountInfo, loginHint: string | null): boolean {
  if (!loginHint) return false;
  return [account.username, account.loginHint, account.upn].some((name) => same(name, loginHint));
}

/**
 * The cached account to use: MSAL lists one entry per tenant profile, so prefer the profile in the
 * context's tenant that matches the Teams login hint, then any profile in that tenant, then the
 * hinted user's other profile (MSAL then redeems its refresh token at the tenant authority, which is
 * how a guest's first silent token for the resource tenant comes about); with neither a tenant nor
 * a hint, the first account. `null`: nothing fits, use `ssoSilent`.
 */
export function pickAccount(
  accounts: readonly AccountInfo[],
  tenantId: string | null,
  loginHint: string | null,
): AccountInfo | null {
  const inTenant = tenantId ? accounts.filter((account) => same(account.tenantId, tenantId)) : [];
  return (
    inTenant.find((account) => matchesHint(account, loginHint)) ??
    inTenant[0] ??
    accounts.find((account) => matchesHint(account, loginHint)) ??
    (!tenantId && !loginHint ? (accounts[0] ?? null) : null)
  );
}

/** The tenant a token was issued for, as MSAL reports it. */
export function tokenTenant(result: AuthenticationResult): string {
  return result.tenantId || result.account?.tenantId || '';
}

export function wrongTenantError(
  signedInTenant: string,
  username: string | null,
  teamTenant: string,
  cause?: unknown,
): AuthError {
  const who = signedInTenant
    ? `tenant ${signedInTenant}${username ? ` (as ${username})` : ''}`
    : `another organisation${username ? ` (as ${username})` : ''}`;
  return new AuthError(
    'wrong-tenant',
    `You are signed in to ${who}, but this team belongs to tenant ${teamTenant}. ` +
      `Sign in with your account in tenant ${teamTenant} (your guest account there works too): select "Sign in" and pick that account.`,
    { cause },
  );
}

/**
 * Inside Teams with no tenant in the context, no token is asked for and nothing reaches Graph: a
 * token for whichever tenant the user happens to be signed in to could not be told from the
 * team's. The context names the tenant once Teams knows it (docs/platform.md#tenant-check).
 */
export function noTenantError(): AuthError {
  return new AuthError(
    'unavailable',
    "Teams has not said which organisation this team belongs to, so Tandem won't use your sign-in yet. Reload the tab; if it keeps happening, sign out of Teams and back in.",
  );
}

/** Refuses a token for any tenant but the team's; with no Teams context there is nothing to check. */
export function checkTenant(result: AuthenticationResult, teamTenant: string | null): void {
  if (!teamTenant) return;
  const issuedFor = tokenTenant(result);
  if (!same(issuedFor, teamTenant)) {
    throw wrongTenantError(issuedFor, result.account?.username || null, teamTenant);
  }
}
