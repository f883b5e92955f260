/**
 * Sends one Graph request through the composition root's graph-client `Client` (which owns the base
 * URL, the cloud and the token), retrying throttled requests per http/retry.ts and a 401 once.
 *
 * Requests are plain `GraphRequestSpec`s built by sharepoint/requests.ts, so the same request can go
 * out alone or inside a `$batch` (http/batch.ts).
 *
 * Two ways a request fails: Graph answered with an error (`GraphFailure`), or no token could be had,
 * so nothing was sent: then the port's `AuthError` itself is rethrown (auth/graph-auth-provider.ts
 * says how it gets through graph-client), never retried — a silent retry cannot sign anyone in.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { AuthError } from '../../../ports/auth';
import { FRESH_TOKEN } from './client';
import {
  NO_SDK_RETRY,
  isAmbiguousStatus,
  isRetryableStatus,
  parseRetryAfter,
  pause,
  retryWaitSeconds,
  type RetryEnv,
} from './retry';

export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface GraphRequestSpec {
  readonly method: GraphMethod;
  /**
   * Relative to the version root, query included (`/sites/{id}/lists?$select=id`); an absolute
   * `@odata.nextLink` is accepted too.
   */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** A request Graph refused, or that never got an answer (`status` 0). */
export class GraphFailure extends Error {
  override readonly name = 'GraphFailure';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** " (Graph 403 accessDenied: …)", or " (message)" without an answer: the tail of an error message. */
export const failureDetail = (failure: GraphFailure): string =>
  failure.status
    ? ` (Graph ${failure.status}${failure.code ? ` ${failure.code}` : ''}${failure.message ? `: ${failure.message}` : ''})`
    : failure.message
      ? ` (${failure.message})`
      : '';

interface GraphErrorLike {
  statusCode?: unknown;
  code?: unknown;
  message?: unknown;
  headers?: { get(name: string): string | null };
}

/** graph-client rejects with a `GraphError` (statusCode −1 when fetch itself failed). */
export function toGraphFailure(error: unknown, nowMs = Date.now()): GraphFailure {
  if (error instanceof GraphFailure) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as GraphErrorLike;
  const status = typeof e.statusCode === 'number' && e.statusCode > 0 ? e.statusCode : 0;
  const code =
    typeof e.code === 'string' && e.code !== '' ? e.code : status ? String(status) : 'network';
  const message = typeof e.message === 'string' && e.message !== '' ? e.message : String(error);
  const retryAfter = parseRetryAfter(e.headers?.get('Retry-After'), nowMs);
  return new GraphFailure(status, code, message, retryAfter, { cause: error });
}

/** The port's refusal to give a token, if that is why the request failed (nothing was sent). */
export function refusedToken(error: unknown): AuthError | null {
  if (error instanceof AuthError) return error;
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof AuthError ? cause : null;
}

export interface SendOptions {
  /** Ask the token source for a new token, not its cached one (the retry after a 401). */
  readonly forceRefresh?: boolean;
}

/** The one place a spec becomes a graph-client call; each spec's builder carries its REST line. */
function call(client: Client, spec: GraphRequestSpec, options: SendOptions): Promise<unknown> {
  const request = client
    .api(spec.url)
    .middlewareOptions(options.forceRefresh ? [NO_SDK_RETRY, FRESH_TOKEN] : [NO_SDK_RETRY])
    .headers({ ...spec.headers });
  switch (spec.method) {
    case 'GET':
      return request.get() as Promise<unknown>;
    case 'POST':
      return request.post(spec.body) as Promise<unknown>;
    case 'PATCH':
      return request.patch(spec.body) as Promise<unknown>;
    case 'DELETE':
      return request.delete() as Promise<unknown>;
  }
}

export interface SendResult {
  readonly body: unknown;
  /** An earlier attempt ended in 503/504, so a write may have been applied more than once. */
  readonly ambiguous: boolean;
}

export interface GraphSender {
  /**
   * Send `spec`, retrying 429/503/504 and one 401 (with a fresh token); rejects with
   * `GraphFailure`, or with the port's `AuthError` when no token could be had.
   */
  send(spec: GraphRequestSpec, options?: SendOptions): Promise<SendResult>;
  readonly env: RetryEnv;
}

export function createGraphSender(client: Client, env: RetryEnv): GraphSender {
  return {
    env,
    async send(spec, options = {}) {
      let attempt = 1;
      let authRetried = false;
      let ambiguous = false;
      let forceRefresh = options.forceRefresh ?? false;
      for (;;) {
        try {
          return { body: await call(client, spec, { forceRefresh }), ambiguous };
        } catch (error) {
          forceRefresh = false; // only the send right after a 401 needs a new token
          const refused = refusedToken(error);
          if (refused) throw refused;
          const failure = toGraphFailure(error, env.now());
          // graph-client's AuthenticationHandler asks the token provider again for every send, but
          // MSAL would hand back the cached token Graph just refused: the retry asks for a new one
          // (FRESH_TOKEN). A second 401 is real: no loop (docs/platform.md#access-tokens,
          // msgraph-sdk-javascript#1450).
          if (failure.status === 401 && !authRetried) {
            authRetried = true;
            forceRefresh = true;
            continue;
          }
          if (!isRetryableStatus(failure.status) || attempt >= env.policy.maxAttempts) {
            throw failure;
          }
          ambiguous ||= isAmbiguousStatus(failure.status);
          const wait = retryWaitSeconds(attempt, failure.retryAfterSeconds, env.policy);
          attempt += 1;
          await pause(env, attempt, wait);
        }
      }
    },
  };
}
