/**
 * The top-level request pipeline shared by the middleware and the fetch entry point:
 * latency → log → auth → fault injection → `$batch` or a route → Graph headers.
 */
import { apiPathOf, type ApiRequest, type RouteContext } from './api-request';
import { runBatch } from './batch';
import { GraphHttpError, asGraphError, errorResponse } from './errors';
import { faultError, type FaultEngine } from './faults';
import { JSON_CONTENT_TYPE, headerOf, type EmuRequest, type EmuResponse } from './http';
import type { RequestLogWriter } from './request-log';
import { route } from './router';

export interface PipelineDeps {
  ctx: RouteContext;
  faults: FaultEngine;
  log: RequestLogWriter;
  /** Path of the base URL, e.g. `/v1.0`. */
  basePath: string;
  acceptToken?: (token: string) => boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * docs/platform.md#access-tokens: Graph rejects a missing or expired token with 401
 * InvalidAuthenticationToken, so an adapter that forgets the token fails here as it would against
 * Graph.
 */
function checkAuth(req: EmuRequest, acceptToken?: (token: string) => boolean): void {
  const auth = headerOf(req, 'authorization');
  const m = auth === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(auth);
  if (!m) {
    throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  }
  if (acceptToken && !acceptToken(m[1] as string)) {
    throw new GraphHttpError(
      401,
      'InvalidAuthenticationToken',
      'Access token has expired or is not yet valid.',
    );
  }
}

export function createPipeline(deps: PipelineDeps) {
  const { ctx, faults, log, basePath } = deps;
  return async function dispatch(req: EmuRequest): Promise<EmuResponse> {
    const latency = faults.currentLatency();
    if (latency > 0) await sleep(latency);
    const requestId = ctx.env.prng.guid();
    const clientRequestId = headerOf(req, 'client-request-id') ?? ctx.env.prng.guid();
    const entry = log.start({
      method: req.method,
      url: req.url.href,
      status: 0,
      inBatch: false,
      faulted: false,
      resourceUnits: 0,
      requestId,
    });
    let response: EmuResponse;
    let cost = 0;
    let faulted = false;
    try {
      checkAuth(req, deps.acceptToken);
      const fault = faults.take({ method: req.method, url: req.url.href, inBatch: false });
      if (fault) {
        faulted = true;
        throw faultError(fault);
      }
      const api: ApiRequest = {
        method: req.method,
        path: apiPathOf(req.url, basePath),
        query: req.url.searchParams,
        header: (name) => headerOf(req, name),
        bodyText: req.bodyText,
        linkBase: `${req.url.origin}${basePath}`,
      };
      if (api.path.toLowerCase() === '/$batch') {
        if (api.method !== 'POST')
          throw new GraphHttpError(405, 'BadRequest', '$batch takes POST.');
        // The envelope itself costs nothing; its items are counted one by one.
        response = runBatch(api, { ctx, faults, log, basePath, clientRequestId });
      } else {
        const routed = route(api, ctx);
        cost = routed.cost;
        response = routed.run();
      }
    } catch (error) {
      response = errorResponse(asGraphError(error), {
        requestId,
        clientRequestId,
        now: ctx.env.now(),
      });
    }
    const headers: Record<string, string> = {
      ...response.headers,
      // docs/platform.md#graph-errors, #graph-client: every response carries request-id (exposed to
      // browsers via CORS).
      'request-id': requestId,
      'client-request-id': clientRequestId,
    };
    if (response.body !== undefined && response.status !== 204) {
      headers['Content-Type'] = JSON_CONTENT_TYPE;
    }
    entry.finish({ status: response.status, resourceUnits: cost, faulted });
    return { ...response, headers };
  };
}
