/**
 * The bridge from the `Auth` port to `@microsoft/microsoft-graph-client`: the composition root
 * builds the Graph `Client` with `authProvider: graphAuthProvider(auth, scopes)`
 * (docs/platform.md#graph-client). graph-client's AuthenticationHandler calls `getAccessToken()`
 * for every request, so each request gets MSAL's current (cached or renewed) token.
 *
 * Never interactive: Graph calls run in the background, where a popup would be blocked and
 * unexpected. When a token needs the user, the request fails with the port's `AuthError`
 * (`interaction-required`, `consent-required`, …); the UI offers "Sign in", which calls
 * `auth.getToken(scopes, { interactive: true })`, and then retries.
 *
 * How that `AuthError` gets through graph-client: `GraphRequest.send` re-wraps anything a provider
 * throws as a `GraphError` (statusCode −1, `code` = the error's name, the original dropped) —
 * except a `GraphClientError`, which it rethrows untouched [S graph-client 3.0.7
 * `src/GraphRequest.ts` `send`, `src/GraphErrorHandler.ts`]. So the refusal leaves here as a
 * `GraphClientError` with the `AuthError` as its `cause`, and the senders (graph/http/send.ts)
 * hand the `AuthError` itself on.
 *
 * Scopes: those given here (least privilege, docs/platform.md#permissions), unless a request's
 * middleware options name its own (graph-client's `AuthenticationHandlerOptions`), as for an
 * incremental-consent step. A request's `forceRefresh` (graph/graph-client.ts `FRESH_TOKEN`, the
 * retry after a 401) is passed on to the port, so the retry does not get the refused token back
 * from the cache.
 */
import {
  GraphClientError,
  type AuthenticationProvider,
  type AuthenticationProviderOptions,
} from '@microsoft/microsoft-graph-client';
import { AuthError, type Auth } from '../../ports/auth';
import type { GraphTokenOptions } from '../graph/http/client';

export function graphAuthProvider(auth: Auth, scopes: readonly string[]): AuthenticationProvider {
  return {
    async getAccessToken(options?: AuthenticationProviderOptions) {
      const { scopes: requested, forceRefresh }: GraphTokenOptions = options ?? {};
      try {
        return await auth.getToken(
          requested?.length ? requested : scopes,
          forceRefresh ? { forceRefresh } : undefined,
        );
      } catch (error) {
        throw error instanceof AuthError ? tokenRefused(error) : error;
      }
    },
  };
}

/** The port's refusal in the one wrapper graph-client passes through unchanged (see the header). */
function tokenRefused(error: AuthError): GraphClientError {
  const wrapped = new GraphClientError(error.message);
  // GraphClientError's constructor takes no options; `cause` is the standard place for the origin.
  Object.defineProperty(wrapped, 'cause', { value: error, configurable: true, writable: true });
  return wrapped;
}
