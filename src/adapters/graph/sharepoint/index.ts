/**
 * What the store remembers about an engagement between calls: which list item holds each record and
 * the eTag it last saw. It lets a commit address items by id (PATCH needs the item id, the port only
 * knows record ids) and spot a stale base version without a round trip. It is a hint, never the
 * truth: every write still carries `If-Match`, so SharePoint has the last word.
 */
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { GraphSender } from '../http/send';
import type { ListKey } from './schema';

export interface ItemRef {
  readonly itemId: string;
  readonly eTag: string;
}

export interface EngagementIndex {
  engagement: ItemRef;
  /** By change target (`rows/<id>`, `changeLog/<id>`; see `storeChangeTarget`). */
  readonly records: Map<string, ItemRef>;
  /** Built from a whole load or create, so a target missing here was missing then. */
  complete: boolean;
  /**
   * Targets a failed commit of this store may already have written. Retrying that commit must not
   * trip over them: an appended log entry found again is the same entry, a record found deleted is
   * the delete that went through.
   */
  readonly retryable: Set<string>;
}

export interface SiteLists {
  readonly siteId: string;
  readonly lists: Readonly<Record<ListKey, string>>;
}

/** Everything a store operation needs, once the site and its lists are known. */
export interface StoreContext {
  readonly sender: GraphSender;
  readonly site: SiteLists;
  /**
   * `$top` for item queries; undefined leaves SharePoint's page size (assumed:
   * docs/platform.md#paging).
   */
  readonly pageSize: number | undefined;
  readonly indexes: Map<string, EngagementIndex>;
}

/** The list a change target lives in: the collection name is the list key. */
export const listOfTarget = (target: string): ListKey =>
  target.slice(0, target.indexOf('/')) as ListKey;

export const recordIdOfTarget = (target: string): string => target.slice(target.indexOf('/') + 1);

export const refOf = (item: ListItem): ItemRef => ({
  itemId: String(item.id),
  eTag: eTagOf(item),
});

/** docs/platform.md#etags-and-if-match: `listItem.eTag`, also sent as `@odata.etag`. */
export function eTagOf(item: ListItem): string {
  const raw = item as ListItem & { '@odata.etag'?: string };
  return item.eTag ?? raw['@odata.etag'] ?? '';
}

const SHAREPOINT_ETAG = /^"?\{([0-9a-f-]+)\},(\d+)"?$/i;

/**
 * True when `cached` is a later version of the same item than `base` (SharePoint eTags are
 * `"{GUID},N"` with N growing on every write). Anything unreadable is left to `If-Match`.
 */
export function isLaterVersion(cached: string, base: string): boolean {
  const a = SHAREPOINT_ETAG.exec(cached);
  const b = SHAREPOINT_ETAG.exec(base);
  if (!a || !b || a[1]!.toLowerCase() !== b[1]!.toLowerCase()) return false;
  return Number(a[2]) > Number(b[2]);
}

/** The item with the lowest id: the original when a record was (wrongly) stored twice. */
export function firstItem(items: readonly ListItem[]): ListItem | undefined {
  return [...items].sort((a, b) => Number(a.id) - Number(b.id))[0];
}
