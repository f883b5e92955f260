/**
 * JSON batching (docs/platform.md#batch-requests, #graph-client): runs the validated requests of a
 * `POST /$batch` through the same routes as top-level requests and answers 200 with per-item
 * statuses, in shuffled order.
 */
import { apiPathOf, type ApiRequest, type RouteContext } from './api-request';
import { validateBatch, type BatchStep } from './batch-validate';
import { GraphHttpError, asGraphError, badRequest, errorResponse, parseJsonBody } from './errors';
import { faultError, type FaultEngine } from './faults';
import { findHeader, type EmuResponse } from './http';
import type { RequestLogWriter } from './request-log';
import { route } from './router';

export interface BatchDeps {
  ctx: RouteContext;
  faults: FaultEngine;
  log: RequestLogWriter;
  basePath: string;
  clientRequestId: string;
}

interface BatchItemResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * docs/platform.md#graph-client (BatchResponseContent): graph-client re-serialises an item body
 * only when the item's headers say `Content-Type: application/json` (exact key), so JSON items
 * carry it; a body-less item (204) has `body: null`.
 */
function toItem(id: string, res: EmuResponse): BatchItemResponse {
  const headers = Object.fromEntries(
    Object.entries(res.headers).filter(([k]) => k.toLowerCase() !== 'content-type'),
  );
  if (res.body === undefined || res.status === 204)
    return { id, status: res.status, headers, body: null };
  return {
    id,
    status: res.status,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: res.body,
  };
}

/**
 * docs/platform.md#batch-requests: dependents of a failed request fail with 424; the wording is
 * assumed.
 */
const failedDependency = (dep: string) =>
  new GraphHttpError(424, 'FailedDependency', `The request it depends on ('${dep}') failed.`);

function innerApiRequest(step: BatchStep, envelope: ApiRequest, basePath: string): ApiRequest {
  if (/^[a-z][a-z0-9+.-]*:/i.test(step.url)) {
    // docs/platform.md#batch-requests: batch urls are relative; that an absolute one fails its item
    // is assumed.
    throw badRequest(`The url of request '${step.id}' must be relative, e.g. /sites/{id}.`);
  }
  const relative = step.url.startsWith('/') ? step.url : `/${step.url}`;
  const version = relative.split(/[/?]/)[1] ?? '';
  if (/^(v1\.0|beta)$/i.test(version)) {
    // msgraph-sdk-javascript#1178: a url that repeats the version ("/v1.0/groups") fails with this.
    throw badRequest(`Resource not found for the segment '${version}'.`);
  }
  const url = new URL(envelope.linkBase + relative);
  const path = apiPathOf(url, basePath);
  // A batch inside a batch is refused (assumed: docs/platform.md#batch-requests).
  if (path.toLowerCase() === '/$batch') throw badRequest('A batch cannot contain another batch.');
  return {
    method: step.method,
    path,
    query: url.searchParams,
    header: (name) => findHeader(step.headers, name),
    bodyText: step.bodyText,
    linkBase: envelope.linkBase,
  };
}

function runStep(step: BatchStep, envelope: ApiRequest, deps: BatchDeps, failed: Set<string>) {
  const { ctx, faults, log } = deps;
  const relative = step.url.startsWith('/') ? step.url : `/${step.url}`;
  const url = /^[a-z][a-z0-9+.-]*:/i.test(step.url) ? step.url : envelope.linkBase + relative;
  const requestId = ctx.env.prng.guid();
  const entry = log.start({
    method: step.method,
    url,
    status: 0,
    inBatch: true,
    batchItemId: step.id,
    faulted: false,
    resourceUnits: 0,
    requestId,
  });
  const errCtx = { requestId, clientRequestId: deps.clientRequestId, now: ctx.env.now() };
  let response: EmuResponse;
  let cost = 0;
  let faulted = false;
  const failedDep = step.dependsOn.find((d) => failed.has(d));
  if (failedDep !== undefined) {
    response = errorResponse(failedDependency(failedDep), errCtx);
  } else {
    // docs/platform.md#throttling: an item can be throttled (429 + Retry-After) inside a 200 batch.
    const fault = faults.take({ method: step.method, url, inBatch: true });
    if (fault) {
      faulted = true;
      response = errorResponse(faultError(fault), errCtx);
    } else {
      try {
        const routed = route(innerApiRequest(step, envelope, deps.basePath), ctx);
        cost = routed.cost;
        response = routed.run();
      } catch (error) {
        response = errorResponse(asGraphError(error), errCtx);
      }
    }
  }
  if (response.status >= 400) failed.add(step.id);
  entry.finish({ status: response.status, resourceUnits: cost, faulted });
  return toItem(step.id, response);
}

/**
 * `POST /$batch` → 200 `{responses:[…]}` (docs/platform.md#batch-requests), or 400 if the payload
 * is invalid.
 */
export function runBatch(envelope: ApiRequest, deps: BatchDeps): EmuResponse {
  const steps = validateBatch(parseJsonBody(envelope.bodyText));
  const done = new Set<string>();
  const failed = new Set<string>();
  const responses: BatchItemResponse[] = [];
  // Dependencies first; validation guarantees there is no cycle.
  for (let progressed = true; progressed && done.size < steps.length;) {
    progressed = false;
    for (const step of steps) {
      if (done.has(step.id) || !step.dependsOn.every((d) => done.has(d))) continue;
      responses.push(runStep(step, envelope, deps, failed));
      done.add(step.id);
      progressed = true;
    }
  }
  // docs/platform.md#batch-requests: responses come back in any order; correlate by id.
  return { status: 200, headers: {}, body: { responses: deps.ctx.env.prng.shuffle(responses) } };
}
