/**
 * The bridge from the `Auth` port to `@microsoft/microsoft-graph-client`: the composition root
 * builds the Graph `Client` with `authProvider: graphAuthProvider(auth, scopes)` (graph-contract
 * §4.3). graph-client's AuthenticationHandler calls `getAccessToken()` for every request, so each
 * request gets MSAL's current (cached or renewed) token.
 *
 * Never interactive: Graph calls run in the background, where a popup would be blocked and
 * unexpected. When a token needs the user, the request fails with the port's `AuthError`
 * (`interaction-required`, `consent-required`, …); the UI offers "Sign in", which calls
 * `auth.getToken(scopes, { interactive: true })`, and then retries.
 *
 * Scopes: those given here (least privilege, §4.4), unless a request's middleware options name
 * its own (graph-client's `AuthenticationHandlerOptions`), as for an incremental-consent step.
 */
import type {
  AuthenticationProvider,
  AuthenticationProviderOptions,
} from '@microsoft/microsoft-graph-client';
import type { Auth } from '../../ports/auth';

export function graphAuthProvider(auth: Auth, scopes: readonly string[]): AuthenticationProvider {
  return {
    getAccessToken: (options?: AuthenticationProviderOptions) =>
      auth.getToken(options?.scopes?.length ? options.scopes : scopes),
  };
}
