/**
 * A fake of the part of MSAL's public client the auth adapter uses (`MsalClientLike`), for the unit
 * tests of src/adapters/auth/. Like the real client it refuses token calls before `initialize()` has
 * finished; it records every token call with its request.
 */
import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type PopupRequest,
  type SilentRequest,
  type SsoSilentRequest,
} from '@azure/msal-browser';
import type { MsalClientLike } from '../../src/adapters/auth/msal-client';

/** The team's (customer's) tenant: the popup's default account signs in there. */
export const CUSTOMER = '11111111-aaaa-4aaa-8aaa-111111111111';

export function account(tenantId: string, username: string, homeTenant = tenantId): AccountInfo {
  return {
    homeAccountId: `oid-${username}.${homeTenant}`,
    environment: 'login.microsoftonline.com',
    tenantId,
    username,
    localAccountId: `oid-${username}`,
  };
}

export function result(
  forAccount: AccountInfo,
  tenantId: string,
  scopes: readonly string[] | undefined,
  accessToken = `token-for-${tenantId}`,
): AuthenticationResult {
  return {
    authority: `https://login.microsoftonline.com/${tenantId}`,
    uniqueId: forAccount.localAccountId,
    tenantId,
    scopes: [...(scopes ?? [])],
    account: forAccount,
    idToken: 'id-token',
    idTokenClaims: {},
    accessToken,
    fromCache: false,
    expiresOn: null,
    tokenType: 'Bearer',
    correlationId: 'c',
  };
}

export type Call =
  | { readonly method: 'silent'; readonly request: SilentRequest }
  | { readonly method: 'sso'; readonly request: SsoSilentRequest }
  | { readonly method: 'popup'; readonly request: PopupRequest };

/**
 * The subset of MSAL's public client the adapter uses. Like the real client it refuses token calls
 * before `initialize()` has finished. Each method answers with its handler; the default handlers
 * behave like a browser with no session: silent calls need the user, the popup signs Alice in.
 */
export class FakeMsal implements MsalClientLike {
  accounts: AccountInfo[] = [];
  initializeCalls = 0;
  initializeFails = 0;
  readonly calls: Call[] = [];
  private initialized = false;

  onSilent = async (_request: SilentRequest): Promise<AuthenticationResult> => {
    throw new InteractionRequiredAuthError('interaction_required', 'c');
  };
  onSso = async (_request: SsoSilentRequest): Promise<AuthenticationResult> => {
    throw new InteractionRequiredAuthError('login_required', 'c');
  };
  onPopup = async (request: PopupRequest): Promise<AuthenticationResult> =>
    result(account(CUSTOMER, 'alice@customer.com'), CUSTOMER, request.scopes, 'popup-token');

  async initialize(): Promise<void> {
    this.initializeCalls += 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (this.initializeFails > 0) {
      this.initializeFails -= 1;
      throw new Error('storage unavailable');
    }
    this.initialized = true;
  }
  getAllAccounts(): AccountInfo[] {
    return this.accounts;
  }
  acquireTokenSilent(request: SilentRequest): Promise<AuthenticationResult> {
    this.ready();
    this.calls.push({ method: 'silent', request });
    return this.onSilent(request);
  }
  ssoSilent(request: SsoSilentRequest): Promise<AuthenticationResult> {
    this.ready();
    this.calls.push({ method: 'sso', request });
    return this.onSso(request);
  }
  acquireTokenPopup(request: PopupRequest): Promise<AuthenticationResult> {
    this.ready();
    this.calls.push({ method: 'popup', request });
    return this.onPopup(request);
  }
  count(method: Call['method']): number {
    return this.calls.filter((call) => call.method === method).length;
  }
  private ready(): void {
    if (!this.initialized) {
      throw new BrowserAuthError('uninitialized_public_client_application', 'c');
    }
  }
}
