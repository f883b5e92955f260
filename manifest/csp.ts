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
  // Outlook's pre-release ring, named in the same table (docs/platform.md#frame-ancestors).
  'outlook-sdf.office.com',
  'outlook-sdf.office365.com',
] as const;

/**
 * Where the app may connect: Microsoft Graph and the Microsoft Entra sign-in endpoints of each
 * national cloud the build can target (src/adapters/graph/http/clouds), MSAL's token and metadata
 * requests included.
 */
export const CONNECT_SOURCES = [
  'https://graph.microsoft.com',
  'https://login.microsoftonline.com',
  'https://graph.microsoft.us',
  'https://dod-graph.microsoft.us',
  'https://login.microsoftonline.us',
  'https://microsoftgraph.chinacloudapi.cn',
  'https://login.chinacloudapi.cn',
] as const;

/** MSAL's silent sign-in outside NAA runs in a hidden iframe on the sign-in host. */
export const FRAME_SOURCES = [
  'https://login.microsoftonline.com',
  'https://login.microsoftonline.us',
  'https://login.chinacloudapi.cn',
] as const;

export interface ContentSecurityPolicyOptions {
  /**
   * Sources added after the Microsoft 365 hosts, for local serving only: e.g. `'self'` so that a
   * Teams host fake served from the same origin can frame the app. Production configs add none.
   */
  readonly extraAncestors?: readonly string[];
  /** Extra `connect-src` origins, for local serving only (the Graph emulator). */
  readonly extraConnect?: readonly string[];
}

/**
 * The `Content-Security-Policy` header value. Scripts only from the app's own origin (no inline
 * script, no eval), no plugins, no `<base>` rewriting, forms posting nowhere else; styles allow
 * inline because Fluent UI (Griffel) inserts its CSS at run time and renders `style` attributes.
 */
export function contentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  const ancestors = [...FRAME_ANCESTORS, ...(options.extraAncestors ?? [])];
  const connect = ["'self'", ...CONNECT_SOURCES, ...(options.extraConnect ?? [])];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    `frame-src ${FRAME_SOURCES.join(' ')}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors.join(' ')}`,
  ].join('; ');
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
