/**
 * The graph-client `Client` the Teams-mode stores use. The composition root calls
 * `createGraphClient` with the cloud's `baseUrl` (http/clouds.ts) — or, for tests and dev without a
 * tenant, the Graph emulator's URL — and an auth provider (auth/graph-auth-provider.ts).
 *
 * Chain: AuthenticationHandler → HTTPMessageHandler. No graph-client RetryHandler: the stores retry
 * throttled requests themselves (http/retry.ts) and report the wait to the UI; two retry layers
 * would multiply the waits and hide them.
 *
 * docs/platform.md#graph-client: the token is attached only for https URLs whose hostname is a
 * Graph host or in `customHosts` (hostname without port), so a `https://localhost:PORT/v1.0`
 * emulator URL adds `localhost` there. A trailing `/v1.0` (or `/beta`) in `baseUrl` becomes
 * `defaultVersion`.
 */
import {
  AuthenticationHandler,
  AuthenticationHandlerOptions,
  Client,
  HTTPMessageHandler,
  type AuthenticationProvider,
  type AuthenticationProviderOptions,
} from '@microsoft/microsoft-graph-client';

export interface GraphClientOptions {
  /** e.g. `https://graph.microsoft.com` or `https://localhost:4433/v1.0`. */
  readonly baseUrl: string;
  readonly authProvider: AuthenticationProvider;
}

const GRAPH_VERSION = 'v1.0';

/**
 * What a request may tell the auth provider (auth/graph-auth-provider.ts) besides graph-client's
 * own `scopes`. The AuthenticationHandler hands a request's `AuthenticationHandlerOptions`
 * `authenticationProviderOptions` to `getAccessToken` as they are [S graph-client
 * `src/middleware/AuthenticationHandler.ts`], so the extra field reaches the provider untouched.
 */
export interface GraphTokenOptions extends AuthenticationProviderOptions {
  /** Graph refused the last token (401): get a new one instead of the cached one. */
  readonly forceRefresh?: boolean;
}

const FRESH_TOKEN_OPTIONS: GraphTokenOptions = { forceRefresh: true };

/** Per-request middleware option for the retry after a 401: the request carries a new token. */
export const FRESH_TOKEN = new AuthenticationHandlerOptions(undefined, FRESH_TOKEN_OPTIONS);

/** Splits `https://host/v1.0/` into `{ baseUrl: 'https://host/', version: 'v1.0' }`. */
export function splitGraphUrl(url: string): { baseUrl: string; version: string } {
  const parsed = new URL(url);
  const match = /^(.*?)\/?(v1\.0|beta)\/?$/.exec(parsed.pathname);
  const path = match ? match[1] : parsed.pathname.replace(/\/$/, '');
  return {
    baseUrl: `${parsed.origin}${path}/`,
    version: match?.[2] ?? GRAPH_VERSION,
  };
}

export function createGraphClient(options: GraphClientOptions): Client {
  const { baseUrl, version } = splitGraphUrl(options.baseUrl);
  const hostname = new URL(baseUrl).hostname;
  return Client.initWithMiddleware({
    baseUrl,
    defaultVersion: version,
    customHosts: new Set([hostname]),
    middleware: [new AuthenticationHandler(options.authProvider), new HTTPMessageHandler()],
  });
}
