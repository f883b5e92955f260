/**
 * The request shape every route sees, whether it arrived over HTTP, through the middleware, or as an
 * item of a `$batch`: a path relative to the version segment plus what the handlers need.
 */
import { badRequest } from './errors';
import type { EmuResponse } from './http';
import type { EmulatorEnv, EmulatorStore } from './store';

export interface ApiRequest {
  method: string;
  /** Path after the version segment, still percent-encoded, e.g. `/sites/x/lists`. */
  path: string;
  query: URLSearchParams;
  header(name: string): string | undefined;
  bodyText?: string;
  /** Absolute base for links handed out (nextLink), e.g. `https://graph.microsoft.com/v1.0`. */
  linkBase: string;
}

export interface RouteContext {
  store: EmulatorStore;
  env: EmulatorEnv;
}

/** A matched route: its SharePoint cost in resource units, and the work (run once). */
export interface Routed {
  cost: number;
  run(): EmuResponse;
}

/**
 * Splits an absolute URL into the ApiRequest path. The URL path must start with the base path
 * (`/v1.0` by default); anything else is answered like Graph answers an unknown version (assumed:
 * docs/platform.md#graph-errors).
 */
export function apiPathOf(url: URL, basePath: string): string {
  if (basePath === '') return url.pathname;
  if (url.pathname === basePath || url.pathname.startsWith(`${basePath}/`)) {
    return url.pathname.slice(basePath.length) || '/';
  }
  const version = url.pathname.split('/')[1] ?? '';
  throw badRequest(`Invalid version: ${decodeURIComponent(version)}`);
}

export function preferHeaderHas(req: ApiRequest, token: string): boolean {
  const prefer = req.header('prefer');
  if (prefer === undefined) return false;
  return prefer
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .includes(token.toLowerCase());
}
