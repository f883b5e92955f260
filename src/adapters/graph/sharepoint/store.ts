/**
 * The Teams-mode EngagementStore: engagements live in SharePoint lists in the team's site, read and
 * written through Microsoft Graph with the composition root's graph-client `Client` (its `baseUrl`
 * picks the cloud, see http/clouds.ts; its auth provider supplies the token).
 *
 * What is stored where (columns in sharepoint/schema.ts, created on first use by
 * sharepoint/provision.ts):
 * - "Tandem engagements": one item per engagement, the profile; Title = customer.
 * - "Tandem functions": one item per matrix row; Title = function name. Owner is written for people
 *   browsing the list and never read back (it is derived from the roles).
 * - "Tandem tools", "Tandem channels": one item per register entry.
 * - "Tandem change log": one item per entry, appended in order, never changed.
 * - "Tandem milestones": one item per milestone of the 90-day plan; Title = its name, the checklist
 *   as JSON in one cell (see sharepoint/schema.ts for why).
 * - "Tandem day-90 check", "Tandem Planner link": one item per engagement each (schema 2); the
 *   Planner link is the Planner sync's bookkeeping.
 * - "Tandem reviews": one item per quarterly review (schema 3); Title = quarter, the review itself
 *   as JSON spread over note columns (see sharepoint/schema.ts for why).
 * Every item carries EngagementId (indexed: each engagement is read with one filtered query per
 * list); records also carry RecordId (indexed: the port's id, looked up when the store does not
 * know the item). A record's `version` is its item's eTag (`"{GUID},N"`).
 *
 * Round trips: opening an engagement is one `$batch` of nine filtered queries, one per list (plus
 * one per further page): a warm open is 1 round trip and 18 SharePoint resource units (2 per
 * query); the first call of a store also finds the site and the lists (2 more). A commit is one
 * `$batch` in the common case (see sharepoint/commit.ts for when it takes more, and what a failure
 * can leave behind: SharePoint has no multi-item transaction).
 */
import {
  StoreError,
  type EngagementStore,
  type StoredEngagement,
} from '../../../ports/engagement-store';
import { toStoreError } from './store-errors';
import type { GraphStatus } from '../http/retry';
import { createGraphTransport, type GraphTransportOptions } from '../http/transport';
import { commitChanges } from './commit';
import { createStored, deleteStored, listSummaries } from './engagements';
import type { EngagementIndex, StoreContext } from './index';
import { ensureLists, resolveSiteId, type SiteRef } from './provision';
import { loadStored } from './read';

export type { GraphStatus, SiteRef };

export interface SharePointStoreOptions extends GraphTransportOptions {
  readonly site: SiteRef;
  /**
   * `$top` for item queries (every `@odata.nextLink` is followed either way). Default 2,000:
   * SharePoint's own page is ~200 items, which would cost a round trip per 200 rows; `$top` is
   * honoured up to 5,000 (assumed from a report, pnp/pnpjs#750: docs/platform.md#paging), and
   * staying well under the 5,000-item list view threshold keeps each page a safe query.
   */
  readonly pageSize?: number;
}

export interface SharePointStore extends EngagementStore {
  readonly kind: 'sharepoint';
}

const DEFAULT_PAGE_SIZE = 2000;

export function createSharePointStore(options: SharePointStoreOptions): SharePointStore {
  const listeners = new Set<(status: GraphStatus) => void>();
  const tell = (status: GraphStatus) => {
    options.onStatus?.(status);
    listeners.forEach((listener) => listener(status));
  };
  const { sender, waits } = createGraphTransport({ ...options, onStatus: tell });
  const indexes = new Map<string, EngagementIndex>();
  let ready: Promise<StoreContext> | null = null;

  /** Site and lists, found (or made) once; a failure is retried by the next call. */
  const context = (): Promise<StoreContext> => {
    if (ready) return ready;
    const attempt = (async (): Promise<StoreContext> => {
      const siteId = await resolveSiteId(sender, options.site);
      const site = await ensureLists(sender, siteId);
      return { sender, site, pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE, indexes };
    })();
    ready = attempt;
    attempt.catch(() => {
      if (ready === attempt) ready = null;
    });
    return attempt;
  };

  const run = async <T>(action: string, work: (ctx: StoreContext) => Promise<T>): Promise<T> => {
    const waitsBefore = waits();
    try {
      return await work(await context());
    } catch (error) {
      throw toStoreError(error, action);
    } finally {
      if (waits() !== waitsBefore) tell({ kind: 'idle' });
    }
  };

  const remember = (ctx: StoreContext, id: string, index: EngagementIndex) => {
    // Keep what an earlier failed commit may have written (see EngagementIndex.retryable).
    ctx.indexes.get(id)?.retryable.forEach((target) => index.retryable.add(target));
    ctx.indexes.set(id, index);
  };

  return {
    kind: 'sharepoint',

    subscribeStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    listEngagements: () => run('list the engagements', listSummaries),

    loadEngagement: (id) =>
      run('load the engagement', async (ctx): Promise<StoredEngagement> => {
        const loaded = await loadStored(ctx, id);
        if (!loaded) {
          ctx.indexes.delete(id);
          throw new StoreError('not-found', "This engagement is not in the team's lists.");
        }
        remember(ctx, id, loaded.index);
        return loaded.stored;
      }),

    createEngagement: (engagement) =>
      run('create the engagement', async (ctx) => {
        const { stored, index } = await createStored(ctx, engagement);
        remember(ctx, engagement.id, index);
        return stored;
      }),

    commit: (engagementId, changes) =>
      run('save your change', (ctx) => commitChanges(ctx, engagementId, changes)),

    deleteEngagement: (id) => run('delete the engagement', (ctx) => deleteStored(ctx, id)),
  };
}
