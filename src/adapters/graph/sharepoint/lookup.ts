/**
 * Reading the Tandem engagements of many teams' sites, read-only. The store (sharepoint/store.ts)
 * makes sure its lists exist before anything else (sharepoint/provision.ts creates missing ones,
 * which needs Sites.Manage.All); this path never writes: a site without Tandem's engagement list
 * has no engagements, a site without the functions list has no rows. It needs Sites.Read.All only
 * (docs/platform.md#permissions), so looking at a team never creates anything there.
 *
 * Each stage is one `$batch` for all teams together (≤ 20 requests a round trip, more in sequence),
 * and a team whose request fails drops out of the later stages with that failure (in brackets, the
 * docs/platform.md sections each stage relies on):
 *   1. each team's site       GET /groups/{group-id}/sites/root?$select=id   (#sharepoint-sites)
 *   2. its lists, names only  GET /sites/{site-id}/lists?$select=id,displayName,createdDateTime
 *   3. the engagement items   GET /sites/{site-id}/lists/{engagements}/items?…  (#list-items, all)
 *   4. the rows of the engagements the user leads, by the indexed EngagementId (#list-items,
 *      #list-view-threshold)
 * So four round trips for up to 20 teams (plus one per further page); fewer when no team has
 * Tandem's lists or the user leads nothing. Lists are picked by name like the store picks them
 * (`pickList`: the oldest of duplicates), so both read the same list.
 */
import type { List, ListItem, Site } from '@microsoft/microsoft-graph-types';
import { sidesLedBy } from '../../../domain/matrix/row-ownership';
import type { ReachableEngagement } from '../../../ports/engagement-directory';
import { runBatches } from '../http/batch';
import { outcomeFailure } from '../http/batch';
import { readAllSettled, type Settled } from '../http/paging';
import { GraphFailure, type GraphSender } from '../http/send';
import { fieldsOf, profileFromFields, rowFromFields } from './fields';
import { pickList } from './provision';
import { unique } from './read';
import { getGroupSite, getListNames, queryItems } from './requests';
import { LISTS, fieldNames } from './schema';
import { readText } from './values';

export interface LookupOptions {
  /** Whose engagements come with rows (the signed-in user's UPN); null: nobody's. */
  readonly leadUpn: string | null;
  /** `$top` for item queries (see SharePointStoreOptions.pageSize). */
  readonly pageSize: number | undefined;
}

type Engagement = { -readonly [K in keyof ReachableEngagement]: ReachableEngagement[K] };

interface TeamLists {
  readonly index: number;
  readonly siteId: string;
  readonly engagementsList: string;
  readonly rowsList: string | undefined;
}

const failed = (failure: GraphFailure): Settled<never> => ({ ok: false, failure });
const byItemId = (a: ListItem, b: ListItem) => Number(a.id) - Number(b.id);

/** Engagement items as engagements without rows: the first item of each id, like the store lists them. */
function engagementsOf(items: readonly ListItem[]): Engagement[] {
  const first = new Map<string, ListItem>();
  for (const item of [...items].sort(byItemId)) {
    const id = readText(fieldsOf(item)['EngagementId']);
    if (id !== '' && !first.has(id)) first.set(id, item);
  }
  // An engagement in "Recently deleted" is not offered: it is restored from its team's tab.
  const inUse = [...first.entries()].filter(
    ([, item]) => !profileFromFields(fieldsOf(item)).deletedAt,
  );
  return inUse.map(([id, item]) => {
    const profile = profileFromFields(fieldsOf(item));
    return {
      id,
      customer: profile.customer,
      mspName: profile.mspName,
      startDate: profile.startDate,
      internalLead: profile.internalLead,
      mspLead: profile.mspLead,
      rows: null,
    };
  });
}

/** Stage 1: the site id of each group; a team without one settles as its failure. */
async function findSites(
  sender: GraphSender,
  groupIds: readonly string[],
  results: Settled<Engagement[]>[],
): Promise<{ index: number; siteId: string }[]> {
  const outcomes = await runBatches(sender, groupIds.map(getGroupSite));
  const sites: { index: number; siteId: string }[] = [];
  outcomes.forEach((outcome, index) => {
    const siteId = (outcome.body as Site | undefined)?.id;
    if (outcome.status === 200 && siteId) sites.push({ index, siteId });
    else if (outcome.status === 200) {
      results[index] = failed(new GraphFailure(404, 'itemNotFound', 'The site has no id.'));
    } else results[index] = failed(outcomeFailure(outcome));
  });
  return sites;
}

/** Stage 2: Tandem's lists in each site; no engagement list means no engagements. */
async function findLists(
  sender: GraphSender,
  sites: readonly { index: number; siteId: string }[],
  results: Settled<Engagement[]>[],
): Promise<TeamLists[]> {
  const read = await readAllSettled<List>(
    sender,
    sites.map(({ siteId }) => getListNames(siteId)),
  );
  const found: TeamLists[] = [];
  read.forEach((lists, position) => {
    const { index, siteId } = sites[position]!;
    if (!lists.ok) {
      results[index] = lists;
      return;
    }
    const engagementsList = pickList(lists.value, LISTS.engagements.displayName)?.id;
    if (!engagementsList) return; // results[index] stays "no engagements"
    const rowsList = pickList(lists.value, LISTS.rows.displayName)?.id ?? undefined;
    found.push({ index, siteId, engagementsList, rowsList });
  });
  return found;
}

/** Every team's Tandem engagements, in the order of `groupIds`, each read or failed on its own. */
export async function readTeamsEngagements(
  sender: GraphSender,
  groupIds: readonly string[],
  options: LookupOptions,
): Promise<Settled<ReachableEngagement[]>[]> {
  const results: Settled<Engagement[]>[] = groupIds.map(() => ({ ok: true, value: [] }));
  const sites = await findSites(sender, groupIds, results);
  const teams = await findLists(sender, sites, results);

  // Stage 3: the engagement items of every team that has the list.
  const items = await readAllSettled<ListItem>(
    sender,
    teams.map((team) =>
      queryItems(
        team.siteId,
        team.engagementsList,
        fieldNames(LISTS.engagements),
        undefined,
        options.pageSize,
      ),
    ),
  );
  const led: { team: TeamLists; engagement: Engagement }[] = [];
  items.forEach((read, position) => {
    const team = teams[position]!;
    if (!read.ok) {
      results[team.index] = read;
      return;
    }
    const engagements = engagementsOf(read.value);
    results[team.index] = { ok: true, value: engagements };
    for (const engagement of engagements) {
      if (sidesLedBy(engagement, options.leadUpn).length === 0) continue;
      if (team.rowsList) led.push({ team, engagement });
      else engagement.rows = []; // no functions list: no rows yet
    }
  });

  // Stage 4: the rows of the engagements the user leads.
  const rows = await readAllSettled<ListItem>(
    sender,
    led.map(({ team, engagement }) =>
      queryItems(
        team.siteId,
        team.rowsList!,
        fieldNames(LISTS.rows),
        { column: 'EngagementId', equals: engagement.id },
        options.pageSize,
      ),
    ),
  );
  rows.forEach((read, position) => {
    const { team, engagement } = led[position]!;
    if (!read.ok) results[team.index] = read;
    else engagement.rows = unique(read.value).map((item) => rowFromFields(fieldsOf(item)));
  });
  return results;
}
