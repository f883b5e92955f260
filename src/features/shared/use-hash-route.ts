import { useCallback, useEffect, useState } from 'react';
import { OWNERS, type Owner } from '../../domain/matrix/roles';

/**
 * Where the user is, kept in the URL hash (`#/e/<engagementId>/<view>?row=<rowId>`, and for the
 * reviews `?review=<reviewId>` or `?compare=<a>,<b>`) so reloads,
 * links from findings and later Teams deep links (subPageId) land in the same place.
 */
export const VIEWS = [
  'matrix',
  'board',
  'plan',
  'health',
  'tools',
  'channels',
  'fit',
  'log',
  'profile',
  'reviews',
] as const;
export type ViewId = (typeof VIEWS)[number];

export interface Route {
  readonly engagementId: string | null;
  readonly view: ViewId;
  /** A row to scroll to and highlight. */
  readonly rowId: string | null;
  /** Start the "new engagement" flow even when engagements exist. */
  readonly creating: boolean;
  /** The quarterly review on screen (reviews view). */
  readonly reviewId: string | null;
  /** Two reviews side by side (reviews view), in the order chosen. */
  readonly compare: readonly [string, string] | null;
  /** The matrix's filters (empty: all), in the address so a reload or a shared link keeps them. */
  readonly owners: readonly Owner[];
  readonly categories: readonly string[];
}

function parseCompare(value: string | null): readonly [string, string] | null {
  const [a, b, ...rest] = (value ?? '').split(',');
  return a && b && rest.length === 0 ? [a, b] : null;
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  const view = VIEWS.find((candidate) => candidate === parts[2]) ?? 'matrix';
  return {
    engagementId: parts[0] === 'e' ? (parts[1] ?? null) : null,
    view,
    rowId: params.get('row'),
    creating: parts[0] === 'new',
    reviewId: params.get('review') || null,
    compare: parseCompare(params.get('compare')),
    owners: (params.get('owner') ?? '')
      .split(',')
      .filter((owner): owner is Owner => (OWNERS as readonly string[]).includes(owner)),
    categories: params.getAll('category').filter((category) => category !== ''),
  };
}

export function formatRoute(route: Partial<Route>): string {
  if (route.creating) return '#/new';
  if (!route.engagementId) return '#/';
  // Built by hand so the compare pair keeps its literal comma.
  const params = [
    route.rowId ? `row=${encodeURIComponent(route.rowId)}` : null,
    route.reviewId ? `review=${encodeURIComponent(route.reviewId)}` : null,
    route.compare ? `compare=${route.compare.map(encodeURIComponent).join(',')}` : null,
    route.owners?.length ? `owner=${route.owners.join(',')}` : null,
    ...(route.categories ?? []).map((category) => `category=${encodeURIComponent(category)}`),
  ].filter(Boolean);
  const query = params.length > 0 ? `?${params.join('&')}` : '';
  return `#/e/${encodeURIComponent(route.engagementId)}/${route.view ?? 'matrix'}${query}`;
}

/** The Teams deep-link subPageId of a quarterly review (the channel card's "Open in Tandem"). */
export const reviewSubPageId = (reviewId: string) => `review:${reviewId}`;

/** The review a deep-link subPageId names, or null when it names something else (a row). */
export function reviewIdOfSubPage(subPageId: string | null): string | null {
  const match = /^review:(.+)$/.exec(subPageId ?? '');
  return match?.[1] ?? null;
}

export function useHashRoute(): [
  Route,
  (next: Partial<Route>, options?: { replace?: boolean }) => void,
] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Partial<Route>, options?: { replace?: boolean }) => {
    const hash = formatRoute(next);
    if (options?.replace) window.history.replaceState(null, '', hash);
    else window.history.pushState(null, '', hash);
    setRoute(parseRoute(hash));
  }, []);
  return [route, navigate];
}
