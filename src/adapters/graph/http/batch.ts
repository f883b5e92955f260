/**
 * JSON `$batch` (docs/platform.md#batch-requests): up to 20 requests per round trip, built with
 * graph-client's `BatchRequestContent` and read with `BatchResponseContent`.
 *
 * Graph does not retry throttled requests inside a batch, so this does: after each round it sends
 * again only the items that failed with 429/503/504 (or a first 401, then with a new token), after
 * the longest `Retry-After` among them, up to the policy's attempts. Outcomes come back in the order
 * the requests were given, whatever order Graph answered in.
 */
import {
  BatchRequestContent,
  BatchResponseContent,
  type BatchRequestBody,
  type BatchResponseBody,
} from '@microsoft/microsoft-graph-client';
import {
  batchWaitSeconds,
  isAmbiguousStatus,
  isRetryableStatus,
  parseRetryAfter,
  pause,
} from './retry';
import { GraphFailure, type GraphRequestSpec, type GraphSender } from './send';

/** docs/platform.md#batch-requests: at most 20; graph-client enforces the same `requestLimit`. */
export const MAX_BATCH_REQUESTS = 20;

/**
 * How requests depend on each other (the only shapes Graph supports): `parallel` (none), `serial`
 * (each on the one before: applied in order, and a failure stops the rest with 424), or `anchored`
 * (all on the first: nothing else is applied unless the first succeeds).
 */
export type BatchShape = 'parallel' | 'serial' | 'anchored';

export interface BatchOutcome {
  /** HTTP status of the item; 424 when a request it depended on failed. */
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON body, or `undefined` (204, or no body). */
  readonly body: unknown;
  /** An attempt ended in 503/504, so a write may have been applied before the final answer. */
  readonly ambiguous: boolean;
}

export function chunk<T>(items: readonly T[], size = MAX_BATCH_REQUESTS): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

/** `BatchRequestContent` takes fetch `Request`s, which need an absolute URL; only the path is sent. */
const REQUEST_ORIGIN = 'https://graph.invalid';

/** The relative URL a batch item needs (`/sites/…`), from a relative one or an absolute nextLink. */
export function batchUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return url.startsWith('/') ? url : `/${url}`;
  const parsed = new URL(url);
  // Drop the version segment (`/v1.0`): batch URLs are relative to it.
  const path = parsed.pathname.replace(/^\/[^/]+/, '');
  return `${path}${parsed.search}`;
}

function toFetchRequest(spec: GraphRequestSpec): Request {
  const hasBody = spec.body !== undefined;
  return new Request(`${REQUEST_ORIGIN}${batchUrl(spec.url)}`, {
    method: spec.method,
    headers: { ...(hasBody ? { 'Content-Type': 'application/json' } : {}), ...spec.headers },
    ...(hasBody ? { body: JSON.stringify(spec.body) } : {}),
  });
}

/** Which ids each item depends on, for the items still to send (`ids` in request order). */
export function dependencies(ids: readonly string[], shape: BatchShape): (string[] | undefined)[] {
  return ids.map((_, index) => {
    if (index === 0 || shape === 'parallel') return undefined;
    return [shape === 'serial' ? ids[index - 1]! : ids[0]!];
  });
}

export async function buildBatchContent(
  requests: readonly { id: string; spec: GraphRequestSpec }[],
  shape: BatchShape,
): Promise<BatchRequestBody> {
  const deps = dependencies(
    requests.map((r) => r.id),
    shape,
  );
  const content = new BatchRequestContent(
    requests.map(({ id, spec }, index) => ({
      id,
      request: toFetchRequest(spec),
      ...(deps[index] ? { dependsOn: deps[index] } : {}),
    })),
  );
  const body = await content.getContent();
  // getContent() strips scheme and host by regex; put back the exact relative URLs (opaque nextLinks).
  const urls = new Map(requests.map(({ id, spec }) => [id, batchUrl(spec.url)]));
  for (const request of body.requests) request.url = urls.get(request.id) ?? request.url;
  return body;
}

/**
 * Status and headers come from graph-client's `BatchResponseContent`. The body is taken from the
 * envelope when it is already JSON there: graph-client re-serialises an item body only when the
 * item's headers spell `Content-Type` exactly so (docs/platform.md#graph-client), else its text is
 * useless.
 */
async function readOutcome(
  response: Response | undefined,
  rawBody: unknown,
  ambiguous: boolean,
): Promise<BatchOutcome> {
  if (!response) {
    return {
      status: 0,
      headers: new Headers(),
      body: { error: { code: 'noResponse' } },
      ambiguous,
    };
  }
  if (rawBody !== null && typeof rawBody === 'object') {
    return { status: response.status, headers: response.headers, body: rawBody, ambiguous };
  }
  const text = await response.text();
  let body: unknown = undefined;
  if (text !== '') {
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      body = text;
    }
  }
  return { status: response.status, headers: response.headers, body, ambiguous };
}

/** One chunk (≤ 20 requests), retried item by item. */
async function runChunk(
  sender: GraphSender,
  specs: readonly GraphRequestSpec[],
  shape: BatchShape,
): Promise<BatchOutcome[]> {
  const { env } = sender;
  const outcomes = new Map<number, BatchOutcome>();
  const ambiguous = new Set<number>();
  let pending = specs.map((_, index) => index);
  let attempt = 1;
  let authRetried = false;
  let forceRefresh = false;
  let roundShape = shape;
  while (pending.length > 0) {
    const content = await buildBatchContent(
      pending.map((index) => ({ id: String(index), spec: specs[index]! })),
      roundShape,
    );
    // POST /$batch
    const sent = await sender.send(
      { method: 'POST', url: '/$batch', body: content },
      { forceRefresh },
    );
    forceRefresh = false;
    if (sent.ambiguous) pending.forEach((index) => ambiguous.add(index));
    const envelope = sent.body as BatchResponseBody;
    const responses = new BatchResponseContent(envelope);
    const rawBodies = new Map(envelope.responses.map((item) => [String(item['id']), item['body']]));
    const retry: number[] = [];
    const retryAfters: (number | undefined)[] = [];
    let onlyAuth = true;
    let dependencyRetried = false;
    for (const index of pending) {
      const id = String(index);
      const outcome = await readOutcome(
        responses.getResponseById(id),
        rawBodies.get(id),
        ambiguous.has(index),
      );
      outcomes.set(index, outcome);
      const { status } = outcome;
      const authRetry = status === 401 && !authRetried;
      // 424: a request it depended on failed; send it again with that request if that one is retried.
      const followsRetry = status === 424 && roundShape !== 'parallel' && dependencyRetried;
      if (isRetryableStatus(status) || authRetry || followsRetry) {
        retry.push(index);
        if (isAmbiguousStatus(status)) ambiguous.add(index);
        if (isRetryableStatus(status)) {
          onlyAuth = false;
          retryAfters.push(parseRetryAfter(outcome.headers.get('Retry-After'), env.now()));
        }
        if (roundShape === 'serial' || index === pending[0]) dependencyRetried = true;
      } else if (roundShape === 'serial') {
        dependencyRetried = false;
      }
    }
    if (retry.length === 0) break;
    // The anchor went through: what is left no longer depends on anything.
    if (roundShape === 'anchored' && retry[0] !== pending[0]) roundShape = 'parallel';
    // Every item rides on the envelope's token: after a 401 the next round carries a new one.
    if (retry.some((index) => outcomes.get(index)?.status === 401)) {
      authRetried = true;
      forceRefresh = true;
    }
    if (!onlyAuth) {
      if (attempt >= env.policy.maxAttempts) break;
      const wait = batchWaitSeconds(attempt, retryAfters, env.policy);
      attempt += 1;
      await pause(env, attempt, wait);
    }
    pending = retry;
  }
  return specs.map((_, index) => {
    const outcome = outcomes.get(index)!;
    return { ...outcome, ambiguous: ambiguous.has(index) };
  });
}

const NOT_SENT: BatchOutcome = {
  status: 424,
  headers: new Headers(),
  body: { error: { code: 'failedDependency', message: 'Not sent: an earlier request failed.' } },
  ambiguous: false,
};

/**
 * Send `specs` in batches of ≤ 20 and return one outcome per spec, in order. `serial` and
 * `anchored` hold across batches: later batches go out only if the earlier ones succeeded (an
 * anchor in the first batch; later batches then need no dependency). Rejects only when a whole
 * `$batch` request fails (`GraphFailure`).
 */
export async function runBatches(
  sender: GraphSender,
  specs: readonly GraphRequestSpec[],
  shape: BatchShape = 'parallel',
): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = [];
  let blocked = false;
  for (const [index, part] of chunk(specs).entries()) {
    if (blocked) {
      outcomes.push(...part.map(() => NOT_SENT));
      continue;
    }
    const partShape = shape === 'anchored' && index > 0 ? 'parallel' : shape;
    const results = await runChunk(sender, part, partShape);
    outcomes.push(...results);
    const failed = (i: number) => (results[i]?.status ?? 0) >= 300;
    if (shape === 'serial' && results.some((_, i) => failed(i))) blocked = true;
    if (shape === 'anchored' && index === 0 && failed(0)) blocked = true;
  }
  return outcomes;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown };
}

/** A failed `$batch` item as a `GraphFailure`, from Graph's `{"error":{"code","message"}}` body. */
export function outcomeFailure(outcome: BatchOutcome): GraphFailure {
  const error = (outcome.body as ErrorBody | undefined)?.error;
  const code =
    typeof error?.code === 'string' && error.code !== '' ? error.code : String(outcome.status);
  const message = typeof error?.message === 'string' ? error.message : '';
  return new GraphFailure(outcome.status, code, message);
}
