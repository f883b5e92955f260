/**
 * Sends one Graph request through the composition root's graph-client `Client` (which owns the base
 * URL, the cloud and the token), retrying throttled requests per graph-retry.ts and a 401 once.
 *
 * Requests are plain `GraphRequestSpec`s built by sharepoint-requests.ts, so the same request can go
 * out alone or inside a `$batch` (graph-batch.ts).
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import {
  NO_SDK_RETRY,
  isAmbiguousStatus,
  isRetryableStatus,
  parseRetryAfter,
  pause,
  retryWaitSeconds,
  type RetryEnv,
} from './graph-retry';

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

/** The one place a spec becomes a graph-client call; each spec's builder carries its REST line. */
function call(client: Client, spec: GraphRequestSpec): Promise<unknown> {
  const request = client
    .api(spec.url)
    .middlewareOptions([NO_SDK_RETRY])
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
  /** Send `spec`, retrying 429/503/504 and one 401; rejects with `GraphFailure`. */
  send(spec: GraphRequestSpec): Promise<SendResult>;
  readonly env: RetryEnv;
}

export function createGraphSender(client: Client, env: RetryEnv): GraphSender {
  return {
    env,
    async send(spec) {
      let attempt = 1;
      let authRetried = false;
      let ambiguous = false;
      for (;;) {
        try {
          return { body: await call(client, spec), ambiguous };
        } catch (error) {
          const failure = toGraphFailure(error, env.now());
          // graph-client's AuthenticationHandler asks the token provider again for every send,
          // so one more try gets a fresh token; a second 401 is real (no loop, references §B).
          if (failure.status === 401 && !authRetried) {
            authRetried = true;
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
