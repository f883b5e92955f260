/**
 * Validation of a JSON `$batch` payload (docs/platform.md#batch-requests): at most 20 requests,
 * each with a unique `id`, a `method` and a relative `url`; a `body` needs a Content-Type header;
 * `dependsOn` names other requests and follows the supported shapes. Any failure fails the whole
 * batch.
 */
import { badRequest, isPlainObject } from './errors';
import { findHeader } from './http';

export const MAX_BATCH_REQUESTS = 20;

export interface BatchStep {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Body text to hand to the route (JSON re-serialised, or base64-decoded for string bodies). */
  bodyText?: string;
  dependsOn: string[];
}

// Graph's message for a payload it cannot read, as reported in msgraph-sdk-javascript#1451.
const invalidPayload = (detail?: string) =>
  badRequest(detail ? `Invalid batch payload format. ${detail}` : 'Invalid batch payload format.');

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

function parseStep(raw: unknown, index: number): BatchStep {
  if (!isPlainObject(raw)) throw invalidPayload(`Request #${index + 1} is not an object.`);
  const { id, method, url, headers, body, dependsOn } = raw;
  // docs/platform.md#batch-requests: id, method and url are required.
  if (typeof id !== 'string' || id === '') throw badRequest(`Request #${index + 1} has no 'id'.`);
  if (typeof method !== 'string' || !METHODS.includes(method.toUpperCase())) {
    throw badRequest(`Request '${id}' has no valid 'method'.`);
  }
  if (typeof url !== 'string' || url === '') throw badRequest(`Request '${id}' has no 'url'.`);
  if (headers !== undefined && !isPlainObject(headers)) {
    throw badRequest(`Request '${id}' has invalid 'headers'.`);
  }
  const stepHeaders = Object.fromEntries(
    Object.entries(headers ?? {}).map(([k, v]) => [k, String(v)]),
  );
  let bodyText: string | undefined;
  if (body !== undefined && body !== null) {
    // docs/platform.md#batch-requests: a body needs a Content-Type header.
    if (findHeader(stepHeaders, 'content-type') === undefined) {
      throw badRequest(`Request '${id}' has a body but no Content-Type header.`);
    }
    // docs/platform.md#batch-requests: a string body is base64 (e.g. binary content); an object is
    // JSON.
    bodyText =
      typeof body === 'string'
        ? Buffer.from(body, 'base64').toString('utf8')
        : JSON.stringify(body);
  }
  if (
    dependsOn !== undefined &&
    (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string'))
  ) {
    throw badRequest(`Request '${id}' has an invalid 'dependsOn'.`);
  }
  return {
    id,
    method: method.toUpperCase(),
    url,
    headers: stepHeaders,
    bodyText,
    dependsOn: (dependsOn as string[] | undefined) ?? [],
  };
}

/**
 * docs/platform.md#batch-requests (Graph's known issues; graph-client's BatchRequestContent
 * validateDependencies): dependencies must be parallel (none), serial (each on the previous) or
 * "same" (all on one).
 */
function dependencyShapeIsSupported(steps: BatchStep[]): boolean {
  const parallel = steps.every((s) => s.dependsOn.length === 0);
  const serial =
    steps[0]?.dependsOn.length === 0 &&
    steps.slice(1).every((s, i) => s.dependsOn.length === 1 && s.dependsOn[0] === steps[i]?.id);
  const first = steps[0];
  let anchor: string | undefined;
  if (first && first.dependsOn.length === 0) anchor = first.id;
  else if (first && first.dependsOn.length === 1 && first.dependsOn[0] !== first.id) {
    anchor = first.dependsOn[0];
  }
  const same =
    anchor !== undefined &&
    steps
      .slice(1)
      .every((s) =>
        s.dependsOn.length === 0
          ? s.id === anchor
          : s.dependsOn.length === 1 && s.id !== anchor && s.dependsOn[0] === anchor,
      );
  return parallel || serial || same;
}

export function validateBatch(body: unknown): BatchStep[] {
  if (!isPlainObject(body) || !Array.isArray(body['requests'])) throw invalidPayload();
  const raw = body['requests'];
  if (raw.length === 0) throw invalidPayload('The batch holds no requests.');
  // docs/platform.md#batch-requests: at most 20 requests per batch.
  if (raw.length > MAX_BATCH_REQUESTS) {
    throw badRequest(`The batch holds ${raw.length} requests; the limit is ${MAX_BATCH_REQUESTS}.`);
  }
  const steps = raw.map(parseStep);
  const ids = new Set<string>();
  for (const step of steps) {
    // docs/platform.md#batch-requests: ids are unique within a batch.
    if (ids.has(step.id)) throw badRequest(`The request id '${step.id}' is used more than once.`);
    ids.add(step.id);
  }
  for (const step of steps) {
    for (const dep of step.dependsOn) {
      if (dep === step.id || !ids.has(dep)) {
        throw badRequest(
          `Request '${step.id}' depends on '${dep}', which is not another request in this batch.`,
        );
      }
    }
  }
  if (!dependencyShapeIsSupported(steps)) {
    throw badRequest(
      'Unsupported dependsOn: requests must be parallel, serial, or all depend on the same request.',
    );
  }
  return steps;
}
