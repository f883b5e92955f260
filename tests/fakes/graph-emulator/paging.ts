/**
 * `@odata.nextLink` paging (docs/platform.md#paging: results may be paged; treat nextLink as
 * opaque). Item pages are keyed like SharePoint's own skiptoken, `Paged=TRUE&p_ID=<last id>` in
 * base64, so a page boundary stays put when items are added or deleted between pages.
 */
import { badRequest } from './errors';

/**
 * `$top` above 5,000 still returns at most 5,000 items per page (reported in pnp/pnpjs#750;
 * docs/platform.md#paging).
 */
export const MAX_PAGE_SIZE = 5000;

export function encodeItemSkipToken(lastId: number): string {
  return Buffer.from(`Paged=TRUE&p_ID=${lastId}`).toString('base64url');
}

export function decodeItemSkipToken(token: string): number {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const m = /^Paged=TRUE&p_ID=(\d+)$/.exec(text);
  // A skiptoken the service did not issue is a bad request (assumed: docs/platform.md#paging).
  if (!m) throw badRequest('The $skiptoken value is invalid.');
  return Number(m[1]);
}

/**
 * An absolute nextLink on the same base the request came in on (docs/platform.md#graph-client:
 * graph-client only parses absolute https links; a relative one would be appended to its baseUrl).
 */
export function buildNextLink(
  linkBase: string,
  path: string,
  query: URLSearchParams,
  skipToken: string,
): string {
  const parts: string[] = [];
  for (const [key, value] of query) {
    if (key.replace(/^\$/, '').toLowerCase() === 'skiptoken') continue;
    parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  parts.push(`$skiptoken=${skipToken}`);
  return `${linkBase}${path}?${parts.join('&')}`;
}
