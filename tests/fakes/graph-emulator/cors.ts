/**
 * CORS for the fetch entry point (docs/platform.md#graph-client, derived): a browser tab on another
 * origin must be allowed to send graph-client's headers and to read `Retry-After`, `ETag` and
 * `request-id`.
 */

// docs/platform.md#graph-client: the request headers graph-client and Tandem send.
export const CORS_ALLOW_HEADERS = [
  'Authorization',
  'Content-Type',
  'If-Match',
  'Prefer',
  'client-request-id',
  'SdkVersion',
  'Retry-Attempt',
];

// docs/platform.md#graph-client: without these RetryHandler cannot see Retry-After in a browser.
export const CORS_EXPOSE_HEADERS = ['Retry-After', 'ETag', 'request-id', 'client-request-id'];

export function corsHeaders(origin: string | null): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Expose-Headers': CORS_EXPOSE_HEADERS.join(', '),
    Vary: 'Origin',
  };
}

export function isPreflight(request: Request): boolean {
  return request.method === 'OPTIONS' && request.headers.has('access-control-request-method');
}

export function preflightResponse(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(request.headers.get('origin')),
      'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': CORS_ALLOW_HEADERS.join(', '),
      'Access-Control-Max-Age': '600',
    },
  });
}
