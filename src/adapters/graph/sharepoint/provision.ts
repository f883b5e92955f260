/**
 * Finding the team site and making sure Tandem's lists are there, as sharepoint/schema.ts describes
 * them. Runs once per store (on first use) and is idempotent:
 * - lists are found by display name; missing ones are created (delegated Sites.Manage.All);
 * - a list missing columns (made by an older schema) gets them added, and filtered columns that
 *   are not indexed get indexed; items are never touched;
 * - two clients provisioning at once cannot make two lists: SharePoint refuses a second list with
 *   the same title, and the loser re-reads the lists and uses the one that exists. Should duplicates
 *   exist anyway (made by hand), every client picks the same one: the oldest.
 *
 * There is no stored schema version to compare: the lists and columns themselves are the state,
 * checked on every store's first call. So a site provisioned by an older Tandem (schema 1, before
 * the 90-day plan's lists) is upgraded by whichever client of a newer one opens it first, and two
 * clients upgrading at once end with one copy of each list, as on first use.
 *
 * Cost: 2 round trips when everything exists (site, lists with their columns); first use, or an
 * upgrade that adds lists, adds a `$batch` of list creations and one of column fixes (each followed
 * by a re-read): 4 more, once per site.
 */
import type { ColumnDefinition, List, Site } from '@microsoft/microsoft-graph-types';
import { outcomeFailure, runBatches } from '../http/batch';
import { readEveryPage } from '../http/paging';
import { GraphFailure, type GraphRequestSpec, type GraphSender } from '../http/send';
import type { SiteLists } from './index';
import {
  createColumn,
  createList,
  getGroupSite,
  getLists,
  getSiteByPath,
  updateColumn,
} from './requests';
import { LISTS, LIST_KEYS, type ListKey, type ListSpec } from './schema';

/** The team's site: from Teams' `team.groupId`, or `sharePointSite.teamSiteDomain/teamSitePath`. */
export type SiteRef =
  { readonly groupId: string } | { readonly hostname: string; readonly path: string };

export async function resolveSiteId(sender: GraphSender, site: SiteRef): Promise<string> {
  const spec =
    'groupId' in site ? getGroupSite(site.groupId) : getSiteByPath(site.hostname, site.path);
  const { body } = await sender.send(spec);
  const id = (body as Site | undefined)?.id;
  if (!id) throw new GraphFailure(404, 'itemNotFound', "The team's SharePoint site has no id.");
  return id;
}

function readLists(sender: GraphSender, siteId: string): Promise<List[]> {
  return readEveryPage<List>(sender, getLists(siteId));
}

const same = (a: string | null | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();

/** The list named `displayName`; the oldest when there are several, so every client agrees. */
export function pickList(lists: readonly List[], displayName: string): List | undefined {
  return lists
    .filter((list) => same(list.displayName, displayName))
    .sort(
      (a, b) =>
        (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? '') ||
        (a.id ?? '').localeCompare(b.id ?? ''),
    )[0];
}

/** What a list needs to match `spec`: missing columns, missing indexes, a friendly optional Title. */
export function columnFixes(
  siteId: string,
  listId: string,
  spec: ListSpec,
  columns: readonly ColumnDefinition[],
  { cosmetic = true } = {},
): GraphRequestSpec[] {
  const byName = (name: string) => columns.find((column) => same(column.name, name));
  const fixes: GraphRequestSpec[] = [];
  const title = byName('Title');
  if (cosmetic && title?.id && (title.displayName !== spec.titleDisplayName || title.required)) {
    // An unnamed function (still being typed) is a valid row, so Title may be empty.
    fixes.push(
      updateColumn(siteId, listId, title.id, {
        displayName: spec.titleDisplayName,
        required: false,
      }),
    );
  }
  for (const column of spec.columns) {
    const existing = byName(column.name);
    if (!existing) fixes.push(createColumn(siteId, listId, column));
    // `indexed` in the list creation may be ignored (assumed: docs/platform.md#sharepoint-columns);
    // index afterwards.
    else if (column.indexed && !existing.indexed && existing.id) {
      fixes.push(updateColumn(siteId, listId, existing.id, { indexed: true }));
    }
  }
  return fixes;
}

function fixesFor(siteId: string, lists: readonly List[], cosmetic = true) {
  return LIST_KEYS.flatMap((key) => {
    const list = pickList(lists, LISTS[key].displayName);
    return list?.id
      ? columnFixes(siteId, list.id, LISTS[key], list.columns ?? [], { cosmetic })
      : [];
  });
}

/** Runs `specs`; if any fails, re-reads the lists (another client may have done the same). */
async function applyOrReread(
  sender: GraphSender,
  siteId: string,
  specs: readonly GraphRequestSpec[],
  lists: List[],
): Promise<{ lists: List[]; failure?: GraphFailure }> {
  if (specs.length === 0) return { lists };
  const outcomes = await runBatches(sender, specs);
  const failed = outcomes.find((outcome) => outcome.status >= 300);
  return {
    lists: await readLists(sender, siteId),
    ...(failed ? { failure: outcomeFailure(failed) } : {}),
  };
}

/** Makes sure every Tandem list exists with today's columns; returns their ids. */
export async function ensureLists(sender: GraphSender, siteId: string): Promise<SiteLists> {
  let lists = await readLists(sender, siteId);
  const missing = LIST_KEYS.filter((key) => !pickList(lists, LISTS[key].displayName));
  const created = await applyOrReread(
    sender,
    siteId,
    missing.map((key) => createList(siteId, LISTS[key])),
    lists,
  );
  lists = created.lists;
  const stillMissing = LIST_KEYS.find((key) => !pickList(lists, LISTS[key].displayName));
  if (stillMissing)
    throw (
      created.failure ??
      new GraphFailure(404, 'itemNotFound', `List ${LISTS[stillMissing].displayName} is missing.`)
    );

  const fixed = await applyOrReread(sender, siteId, fixesFor(siteId, lists), lists);
  // Another client may have made the same fix; only a column or index still missing is fatal.
  if (fixed.failure && fixesFor(siteId, fixed.lists, false).length > 0) throw fixed.failure;
  lists = fixed.lists;

  const ids = Object.fromEntries(
    LIST_KEYS.map((key) => [key, pickList(lists, LISTS[key].displayName)!.id!]),
  ) as Record<ListKey, string>;
  return { siteId, lists: ids };
}
