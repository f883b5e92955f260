/**
 * The HTTP security headers the tab is served with: the single source of truth for the copyable
 * host configs in assets/hosting/ (a unit test fails when one of them drifts from this file) and for
 * `vite preview`.
 *
 * Teams and the other Microsoft 365 hosts show the tab in an iframe, so `frame-ancestors` must
 * allow exactly those hosts and nothing else (clickjacking). The list is the one the Teams tab
 * requirements give (docs/platform.md#frame-ancestors).
 */

/** Origins allowed to frame the tab, in the order the Teams tab requirements list them. */
export const FRAME_ANCESTORS = [
  '*.cloud.microsoft',
  'teams.microsoft.com',
  '*.teams.microsoft.com',
  '*.microsoft365.com',
  '*.office.com',
  'outlook.office.com',
  'outlook.office365.com',
] as const;

export interface ContentSecurityPolicyOptions {
  /**
   * Sources added after the Microsoft 365 hosts, for local serving only: e.g. `'self'` so that a
   * Teams host fake served from the same origin can frame the app. Production configs add none.
   */
  readonly extraAncestors?: readonly string[];
}

/** The `Content-Security-Policy` header value: `frame-ancestors` only, so it cannot break the app. */
export function contentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  const sources = [...FRAME_ANCESTORS, ...(options.extraAncestors ?? [])];
  return `frame-ancestors ${sources.join(' ')}`;
}

/** HTTPS only for a year, subdomains included (the tab domain is a dedicated host). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/** Every header the hosting configs set, by name. */
export function securityHeaders(): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'Strict-Transport-Security': STRICT_TRANSPORT_SECURITY,
    'X-Content-Type-Options': 'nosniff',
  };
}

/** Parses the source list back out of a `frame-ancestors` policy (used by the drift test). */
export function parseFrameAncestors(policy: string): string[] {
  const directive = policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('frame-ancestors '));
  if (!directive) return [];
  return directive.split(/\s+/).slice(1);
}
