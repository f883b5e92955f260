/**
 * When and how long to wait before sending a Graph request again (docs/platform.md#throttling):
 * 429, 503 and 504 are retried after `Retry-After` (seconds or an HTTP date), or after an
 * exponential backoff with jitter when the service gives no hint, for a bounded number of attempts.
 * Pure functions; the senders (http/send.ts, http/batch.ts) do the waiting through `RetryEnv`.
 *
 * Why the store retries itself instead of graph-client's RetryHandler: the handler cannot see
 * requests inside a `$batch` ("throttled requests that were part of a batch are not retried
 * automatically"), and it cannot tell the UI it is waiting. Every request the store sends switches
 * the handler off (`NO_SDK_RETRY`), so one policy applies everywhere and nothing is retried twice.
 */
import { RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import type { StoreStatus } from '../../../ports/engagement-store';

/** What the UI shows while the store waits for SharePoint (the port's StoreStatus). */
export type GraphStatus = StoreStatus;

export interface RetryPolicy {
  /** Sends per request, the first included. */
  readonly maxAttempts: number;
  /** First backoff step when the service sends no `Retry-After`. */
  readonly baseDelaySeconds: number;
  /** Longest single wait (graph-client's own cap is 180 s). */
  readonly maxDelaySeconds: number;
  /** In [0, 1); injectable so tests can pin the jitter. */
  readonly random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelaySeconds: 1,
  maxDelaySeconds: 180,
  random: Math.random,
};

/** Per-request middleware option: graph-client's RetryHandler stands aside (see the header). */
export const NO_SDK_RETRY = new RetryHandlerOptions(0, 0);

/** Throttled (429) or briefly unavailable (503, 504): worth sending again later. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/**
 * A 503 or 504 may arrive after the service did the work (a gateway timed out waiting for it), so a
 * write retried after one may have happened twice. 429 means the request was refused unread.
 */
export function isAmbiguousStatus(status: number): boolean {
  return status === 503 || status === 504;
}

/** Seconds from a `Retry-After` header: delta-seconds or an HTTP date. `undefined` if absent or unreadable. */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}

/**
 * Backoff after failed attempt `attempt` (1-based) when the service gave no `Retry-After`:
 * `base · 2^(attempt−1)`, capped, then "equal jitter" (between half and all of it) so clients that
 * were throttled together do not come back together.
 */
export function backoffSeconds(attempt: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** (attempt - 1));
  return ceiling / 2 + (ceiling / 2) * policy.random();
}

/**
 * The wait before the next attempt. The service's `Retry-After` wins ("failure to honor Retry-After
 * may result in more throttling"), bounded only by the cap.
 */
export function retryWaitSeconds(
  attempt: number,
  retryAfterSeconds: number | undefined,
  policy: RetryPolicy,
): number {
  if (retryAfterSeconds !== undefined) return Math.min(retryAfterSeconds, policy.maxDelaySeconds);
  return backoffSeconds(attempt, policy);
}

/** For a batch: wait for the longest `Retry-After` among the failed items (learn.microsoft.com/graph/throttling). */
export function batchWaitSeconds(
  attempt: number,
  retryAfters: readonly (number | undefined)[],
  policy: RetryPolicy,
): number {
  const hinted = retryAfters.filter((seconds): seconds is number => seconds !== undefined);
  if (hinted.length === 0) return backoffSeconds(attempt, policy);
  return Math.min(Math.max(...hinted), policy.maxDelaySeconds);
}

/** What a sender needs to wait: the policy, a clock, and someone to tell. */
export interface RetryEnv {
  readonly policy: RetryPolicy;
  readonly sleep: (ms: number) => Promise<void>;
  readonly onStatus: (status: GraphStatus) => void;
  readonly now: () => number;
}

/** Tell the UI, then wait. `attempt` is the attempt about to be made (2 for the first retry). */
export async function pause(env: RetryEnv, attempt: number, waitSeconds: number): Promise<void> {
  env.onStatus({ kind: 'retrying', attempt, waitSeconds });
  await env.sleep(Math.round(waitSeconds * 1000));
}

export const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
