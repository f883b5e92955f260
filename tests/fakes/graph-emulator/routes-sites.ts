/**
 * Site addressing and `GET` of a site (docs/platform.md#sharepoint-sites):
 * `/groups/{group-id}/sites/root`, `/sites/{site-id}` and
 * `/sites/{hostname}:/{server-relative-path}` (optionally `:/{rest}` after it).
 */
import type { ApiRequest, RouteContext } from './api-request';
import { badRequest, itemNotFound } from './errors';
import type { EmuResponse } from './http';
import { selectProperties, parseSelect, queryOption } from './query-options';
import type { SiteRecord } from './store';

export interface SiteAddress {
  site: SiteRecord;
  /** Decoded path segments after the site, e.g. ['lists', 'Books', 'items']. */
  rest: string[];
}

// 404 itemNotFound for an unknown site (the wording is assumed).
const siteNotFound = () => itemNotFound('Requested site could not be found');

const segmentsOf = (tail: string): string[] =>
  tail
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s));

/** Returns undefined when the path is not a site path at all. */
export function resolveSite(path: string, ctx: RouteContext): SiteAddress | undefined {
  const groupMatch = /^\/groups\/([^/]+)\/sites\/root(\/.*)?$/i.exec(path);
  if (groupMatch) {
    const site = ctx.store.siteByGroup(decodeURIComponent(groupMatch[1] as string));
    if (!site) throw siteNotFound();
    return { site, rest: segmentsOf(groupMatch[2] ?? '') };
  }
  if (!/^\/sites\//i.test(path)) return undefined;
  const raw = path.slice('/sites/'.length);
  const colon = raw.indexOf(':');
  const slash = raw.indexOf('/');
  if (colon !== -1 && (slash === -1 || colon < slash)) {
    // docs/platform.md#sharepoint-sites: /sites/{hostname}:/{server-relative-path}
    const hostname = decodeURIComponent(raw.slice(0, colon));
    const after = raw.slice(colon + 1);
    const end = after.indexOf(':');
    const serverPath = decodeURIComponent(end === -1 ? after : after.slice(0, end));
    const site = ctx.store.siteByPath(hostname, serverPath || '/');
    if (!site) throw siteNotFound();
    return { site, rest: segmentsOf(end === -1 ? '' : after.slice(end + 1)) };
  }
  const id = decodeURIComponent(slash === -1 ? raw : raw.slice(0, slash));
  // docs/platform.md#sharepoint-sites: site id is `hostname,siteCollectionGuid,webGuid`.
  const site = ctx.store.siteById(id);
  if (!site) {
    // A site id that is not `hostname,guid,guid` is read as a hostname Graph does not know
    // (assumed).
    if (id.split(',').length !== 3) throw badRequest('Invalid hostname for this tenancy');
    throw siteNotFound();
  }
  return { site, rest: segmentsOf(slash === -1 ? '' : raw.slice(slash)) };
}

const SITE_PROPERTIES = [
  'id',
  'createdDateTime',
  'description',
  'displayName',
  'lastModifiedDateTime',
  'name',
  'webUrl',
  'siteCollection',
];

/**
 * docs/platform.md#sharepoint-sites: `GET /groups/{id}/sites/root`, `GET /sites/{id}` → 200 + site.
 */
export function getSite(req: ApiRequest, site: SiteRecord): EmuResponse {
  const body: Record<string, unknown> = {
    id: site.id,
    createdDateTime: site.createdDateTime,
    description: '',
    displayName: site.displayName,
    lastModifiedDateTime: site.createdDateTime,
    name: site.serverRelativePath.split('/').filter(Boolean).pop() ?? '',
    webUrl: site.webUrl,
    siteCollection: { hostname: site.hostname },
  };
  const select = parseSelect(queryOption(req.query, 'select'));
  return {
    status: 200,
    headers: {},
    body: selectProperties(body, select, 'microsoft.graph.site', SITE_PROPERTIES),
  };
}
