/**
 * Fault injection: scripted failures (`next`), seeded random failures (`random`) and added latency.
 * A fault is decided before a request reaches any route, so a faulted request never changes state.
 */
import { GraphHttpError } from './errors';
import { createPrng, type Prng } from './prng';
import type { FaultInjector, FaultMatch, FaultStatus, RandomFaults, ScriptedFault } from './types';

export interface FaultProbe {
  method: string;
  url: string;
  inBatch: boolean;
}

export interface FaultDecision {
  status: FaultStatus;
  retryAfterSeconds?: number;
}

export interface FaultEngine extends FaultInjector {
  /** Decides (and consumes) the fault for one request, if any. */
  take(probe: FaultProbe): FaultDecision | undefined;
  currentLatency(): number;
}

function matches(match: FaultMatch | undefined, probe: FaultProbe): boolean {
  if (!match) return true;
  if (match.method && match.method.toUpperCase() !== probe.method) return false;
  if (match.urlIncludes !== undefined) {
    let decoded = probe.url;
    try {
      decoded = decodeURIComponent(probe.url);
    } catch {
      // keep the raw form
    }
    if (!probe.url.includes(match.urlIncludes) && !decoded.includes(match.urlIncludes))
      return false;
  }
  return true;
}

const FAULT_STATUSES: readonly number[] = [429, 503, 504, 500, 401, 403];

function checkStatus(status: number): void {
  if (!FAULT_STATUSES.includes(status)) throw new Error(`Unsupported fault status ${status}.`);
}

export function createFaultEngine(defaultLatencyMs: number): FaultEngine {
  const scripted: Array<ScriptedFault & { left: number }> = [];
  let random: { spec: RandomFaults; prng: Prng } | undefined;
  let latencyMs = defaultLatencyMs;
  return {
    next(fault) {
      checkStatus(fault.status);
      const times = fault.times ?? 1;
      if (!Number.isInteger(times) || times < 1)
        throw new Error('times must be a positive integer.');
      scripted.push({ ...fault, left: times });
    },
    random(spec) {
      if (!(spec.rate >= 0 && spec.rate <= 1)) throw new Error('rate must be within [0, 1].');
      if (spec.statuses.length === 0) throw new Error('statuses must not be empty.');
      spec.statuses.forEach(checkStatus);
      random = {
        spec: { ...spec, statuses: [...spec.statuses] },
        prng: createPrng(spec.seed ?? 1),
      };
    },
    latency(ms) {
      if (!(ms >= 0)) throw new Error('latency must be >= 0 ms.');
      latencyMs = ms;
    },
    clear() {
      scripted.length = 0;
      random = undefined;
      latencyMs = defaultLatencyMs;
    },
    get pending() {
      return scripted.reduce((sum, f) => sum + f.left, 0);
    },
    take(probe) {
      const index = scripted.findIndex(
        (f) => (f.inBatch ?? false) === probe.inBatch && matches(f.match, probe),
      );
      const hit = scripted[index];
      if (hit) {
        hit.left -= 1;
        if (hit.left === 0) scripted.splice(index, 1);
        return { status: hit.status, retryAfterSeconds: hit.retryAfterSeconds };
      }
      if (!random) return undefined;
      const { spec, prng } = random;
      if (spec.inBatch !== undefined && spec.inBatch !== probe.inBatch) return undefined;
      if (!matches(spec.match, probe)) return undefined;
      if (prng.next() >= spec.rate) return undefined;
      const status = spec.statuses[Math.floor(prng.next() * spec.statuses.length)] as FaultStatus;
      return { status, retryAfterSeconds: spec.retryAfterSeconds };
    },
    currentLatency: () => latencyMs,
  };
}

/** The Graph error a fault produces. */
export function faultError(decision: FaultDecision): GraphHttpError {
  const headers: Record<string, string> =
    decision.retryAfterSeconds === undefined
      ? {}
      : { 'Retry-After': String(decision.retryAfterSeconds) };
  switch (decision.status) {
    case 429:
      // docs/platform.md#throttling: 429 TooManyRequests with Retry-After.
      return new GraphHttpError(429, 'TooManyRequests', 'Please retry again later.', {
        headers,
        innerError: { code: '429', message: 'Please retry after', status: '429' },
      });
    case 503:
      // docs/platform.md#throttling: 503 may carry Retry-After.
      return new GraphHttpError(
        503,
        'serviceNotAvailable',
        'The service is temporarily unavailable.',
        {
          headers,
        },
      );
    case 504:
      // 504 Gateway Timeout; RetryHandler retries it (docs/platform.md#throttling).
      return new GraphHttpError(504, 'UnknownError', 'Gateway Timeout', { headers });
    case 500:
      return new GraphHttpError(500, 'generalException', 'An unspecified error has occurred.', {
        headers,
      });
    case 403:
      // docs/platform.md#graph-errors: the wording is assumed (accessDenied); a refusal that
      // retrying does not change — a permission withdrawn from the list, say.
      return new GraphHttpError(
        403,
        'accessDenied',
        'Access denied. You do not have permission to perform this action or access this resource.',
        { headers },
      );
    case 401:
      // docs/platform.md#access-tokens: an expired token → 401 InvalidAuthenticationToken.
      return new GraphHttpError(
        401,
        'InvalidAuthenticationToken',
        'Access token has expired or is not yet valid.',
        { headers },
      );
  }
}
