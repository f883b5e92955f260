/**
 * The emulator's own request/response shapes and the conversions from and to the two ways a caller
 * reaches it: a graph-client middleware `Context` (in-process) and a fetch `Request` (HTTP or shim).
 * Everything inside the emulator works on these plain, synchronous-friendly objects.
 */
import type { Context } from '@microsoft/microsoft-graph-client';

export interface EmuRequest {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Absolute URL as the caller sent it. */
  readonly url: URL;
  /** Header names lower-cased (HTTP header names are case-insensitive). */
  readonly headers: ReadonlyMap<string, string>;
  /** Raw body text, if any. */
  readonly bodyText?: string;
}

export interface EmuResponse {
  status: number;
  headers: Record<string, string>;
  /** A JSON value; `undefined` means no body (e.g. 204). */
  body?: unknown;
}

/** docs/platform.md#graph-errors: Graph answers JSON with OData parameters on the media type. */
export const JSON_CONTENT_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function headerOf(req: EmuRequest, name: string): string | undefined {
  return req.headers.get(name.toLowerCase());
}

/** Case-insensitive lookup in a plain header record (batch items carry headers this way). */
export function findHeader(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

export function headerMap(init: HeadersInit | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!init) return out;
  new Headers(init).forEach((value, key) => out.set(key.toLowerCase(), value));
  return out;
}

async function readBody(body: BodyInit | null | undefined): Promise<string | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  return new Response(body).text();
}

export async function fromFetchRequest(request: Request): Promise<EmuRequest> {
  const method = request.method.toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return {
    method,
    url: new URL(request.url),
    headers: headerMap(request.headers),
    bodyText: hasBody ? await request.clone().text() : undefined,
  };
}

/**
 * graph-client v3 hands the terminal middleware either a URL string plus `FetchOptions`, or a
 * `Request` (src/middleware/MiddlewareUtil.ts handles both); headers may be a `Headers`, an array or
 * a plain object. The body is left readable so RetryHandler can send the same context again.
 */
export async function fromMiddlewareContext(context: Context): Promise<EmuRequest> {
  const options = context.options ?? {};
  if (typeof context.request !== 'string') {
    const fromRequest = await fromFetchRequest(context.request);
    const extra = headerMap(options.headers as HeadersInit | undefined);
    return { ...fromRequest, headers: new Map([...fromRequest.headers, ...extra]) };
  }
  return {
    method: (options.method ?? 'GET').toUpperCase(),
    url: new URL(context.request),
    headers: headerMap(options.headers as HeadersInit | undefined),
    bodyText: await readBody(options.body as BodyInit | null | undefined),
  };
}

export function toFetchResponse(
  res: EmuResponse,
  extraHeaders: Record<string, string> = {},
): Response {
  const headers = new Headers({ ...res.headers, ...extraHeaders });
  const noBody = res.body === undefined || res.status === 204 || res.status === 304;
  if (noBody) headers.delete('content-type');
  return new Response(noBody ? null : JSON.stringify(res.body), { status: res.status, headers });
}
