/**
 * Graph's error shape. Route handlers throw `GraphHttpError`; the pipeline (top level or `$batch` item)
 * turns it into the body graph-client parses into a `GraphError`.
 */
import type { EmuResponse } from './http';

export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: {
      headers?: Record<string, string>;
      innerError?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}

export interface ErrorContext {
  requestId: string;
  clientRequestId: string;
  now: Date;
}

/**
 * docs/platform.md#graph-errors: innerError.date looks like "2020-08-18T12:51:51" (UTC, no zone, no
 * fraction).
 */
export function graphDate(now: Date): string {
  return now.toISOString().slice(0, 19);
}

/**
 * The Content-Type header is added by whoever sends the response (top level or batch item).
 * docs/platform.md#graph-errors:
 * `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`;
 * graph-client reads `innerError["request-id"]` into GraphError.requestId and `innerError.date`
 * into a Date (its src/GraphErrorHandler.ts).
 */
export function errorResponse(err: GraphHttpError, ctx: ErrorContext): EmuResponse {
  return {
    status: err.status,
    headers: { ...err.extra.headers },
    body: {
      error: {
        code: err.code,
        message: err.message,
        innerError: {
          ...err.extra.innerError,
          date: graphDate(ctx.now),
          'request-id': ctx.requestId,
          'client-request-id': ctx.clientRequestId,
        },
      },
    },
  };
}

/** Any non-GraphHttpError thrown by a handler is a bug in the emulator; surface it as Graph would. */
export function asGraphError(error: unknown): GraphHttpError {
  if (error instanceof GraphHttpError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // docs/platform.md#graph-errors: 500 generalException.
  return new GraphHttpError(500, 'generalException', `Emulator fault: ${message}`);
}

// Error factories used across routes. Codes are Graph's documented codes
// (docs/platform.md#graph-errors); where the docs leave the exact code open the call site says it
// is assumed.

export const badRequest = (message: string): GraphHttpError =>
  new GraphHttpError(400, 'BadRequest', message);

export const invalidRequest = (message: string): GraphHttpError =>
  new GraphHttpError(400, 'invalidRequest', message);

export const itemNotFound = (message: string): GraphHttpError =>
  new GraphHttpError(404, 'itemNotFound', message);

export const methodNotAllowed = (method: string): GraphHttpError =>
  // Graph answers unsupported verbs with 405; the exact code is assumed
  // (docs/platform.md#graph-errors).
  new GraphHttpError(405, 'Request_BadRequest', `The HTTP method '${method}' is not allowed.`);

/**
 * docs/platform.md#etags-and-if-match: a stale If-Match → 412 and the item is not updated; the code
 * is assumed.
 */
export const preconditionFailed = (): GraphHttpError =>
  new GraphHttpError(
    412,
    'resourceModified',
    'The resource has changed since the caller last read it; usually an eTag mismatch',
  );

/** Parse a JSON body or fail the way Graph does on malformed payloads (the message is assumed). */
export function parseJsonBody(bodyText: string | undefined): unknown {
  if (bodyText === undefined || bodyText.trim() === '') return undefined;
  try {
    return JSON.parse(bodyText) as unknown;
  } catch {
    throw badRequest(
      'Unable to read JSON request payload. Please ensure Content-Type header is set.',
    );
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
