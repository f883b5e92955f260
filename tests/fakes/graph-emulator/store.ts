/**
 * The emulator's state: sites, their lists, columns and items, plus the environment every route needs
 * (clock, seeded ids, paging settings). Plain in-memory records; routes mutate them only after a
 * request has passed validation, so a rejected or faulted request leaves them as they were.
 */
import { ChannelMessageStore } from './channel-messages';
import { columnJson, fieldKeyOf, type ColumnRecord } from './columns';
import { PlannerStore } from './planner-store';
import { DirectoryUsers } from './directory';
import type { Prng } from './prng';
import type { EmulatedChannel } from './types-channel-messages';
import type { EmulatedList, EmulatedTeam, EmulatedUser, EmulatorQuirks, SiteAccess } from './types';

export interface ItemRecord {
  id: number;
  /** SharePoint's UniqueId, upper-case: the GUID inside the eTag. */
  uniqueId: string;
  /** docs/platform.md#etags-and-if-match: N in `"{GUID},N"`; 1 on create, +1 on every write. */
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  /** User-column values by field key (`Title`, `OwnerLookupId`…); null values are not stored. */
  values: Record<string, unknown>;
}

export interface ListRecord {
  id: string;
  siteId: string;
  displayName: string;
  name: string;
  description: string;
  template: string;
  webUrl: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  eTagGuid: string;
  version: number;
  columns: ColumnRecord[];
  /** Insertion order is id order (ids only grow), which is SharePoint's default order. */
  items: Map<number, ItemRecord>;
  nextItemId: number;
}

export interface SiteRecord {
  id: string;
  hostname: string;
  serverRelativePath: string;
  groupId?: string;
  displayName: string;
  webUrl: string;
  createdDateTime: string;
  lists: ListRecord[];
  access: SiteAccess;
}

export type TeamRecord = Required<EmulatedTeam>;

export interface EmulatorEnv {
  readonly prng: Prng;
  now(): Date;
  readonly user: EmulatedUser;
  /** The user's id in the site's User Information List (what `AuthorLookupId` holds). */
  readonly userLookupId: number;
  readonly pageSize: number;
  /** Planner collections' fixed page size (~400 as reported; assumed: docs/platform.md#paging). */
  readonly plannerPageSize: number;
  readonly listViewThreshold: number;
  readonly quirks: Required<EmulatorQuirks>;
  /** Undefined: permissions are not checked (see GraphEmulatorOptions.grantedScopes). */
  grantedScopes: readonly string[] | undefined;
  readonly tenantId: string;
}

/**
 * SharePoint timestamps: UTC, second precision, `Z` (e.g. "2016-08-30T08:32:00Z"), as in the
 * list-create example.
 */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** docs/platform.md#etags-and-if-match: `"{GUID},N"`, quotes included. */
export function itemETag(item: ItemRecord): string {
  return `"{${item.uniqueId}},${item.version}"`;
}

export function listETag(list: ListRecord): string {
  return `"{${list.eTagGuid}},${list.version}"`;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export class EmulatorStore {
  readonly sites: SiteRecord[] = [];
  /** Plans, buckets and tasks (docs/platform.md#planner-plans); groups are the sites' groups. */
  readonly planner: PlannerStore;
  /** Users `GET /users/{id | upn}` finds (routes-users.ts). */
  readonly directory = new DirectoryUsers();
  /** The signed-in user's joined teams, in the order they were joined. */
  readonly teams: TeamRecord[] = [];
  /** The joined teams' channels and their messages (docs/platform.md#channel-messages). */
  readonly channels = new ChannelMessageStore();

  constructor(private readonly env: EmulatorEnv) {
    this.planner = new PlannerStore(env.prng);
    if (env.user.email) {
      this.directory.add({
        id: env.user.id,
        userPrincipalName: env.user.email,
        displayName: env.user.displayName,
        mail: env.user.email,
      });
    }
  }

  /** docs/platform.md#sharepoint-sites: site id is `hostname,siteCollectionGuid,webGuid`. */
  addGroupSite(
    groupId: string,
    options: { hostname?: string; path?: string; access?: SiteAccess } = {},
  ): string {
    if (this.siteByGroup(groupId)) throw new Error(`Group ${groupId} already has a site.`);
    const hostname = options.hostname ?? 'contoso.sharepoint.com';
    const path = options.path ?? `/sites/team-${groupId.slice(0, 8)}`;
    const serverRelativePath = path.startsWith('/') ? path : `/${path}`;
    const site: SiteRecord = {
      id: `${hostname},${this.env.prng.guid()},${this.env.prng.guid()}`,
      hostname,
      serverRelativePath,
      groupId,
      displayName: serverRelativePath.split('/').filter(Boolean).pop() ?? hostname,
      webUrl: `https://${hostname}${serverRelativePath === '/' ? '' : serverRelativePath}`,
      createdDateTime: isoSeconds(this.env.now()),
      lists: [],
      access: options.access ?? 'member',
    };
    this.sites.push(site);
    return site.id;
  }

  addJoinedTeam(team: EmulatedTeam): void {
    if (this.teams.some((t) => same(t.id, team.id))) throw new Error(`Team ${team.id} is joined.`);
    this.teams.push({
      id: team.id,
      displayName: team.displayName,
      description: team.description ?? '',
      isArchived: team.isArchived ?? false,
    });
  }

  addChannel(teamId: string, channel: EmulatedChannel): void {
    const team = this.teams.find((t) => same(t.id, teamId));
    if (!team) throw new Error(`Team ${teamId} is not joined; add it with addJoinedTeam first.`);
    this.channels.add(team.id, channel);
  }

  siteByGroup(groupId: string): SiteRecord | undefined {
    return this.sites.find((s) => s.groupId !== undefined && same(s.groupId, groupId));
  }

  siteById(id: string): SiteRecord | undefined {
    return this.sites.find((s) => same(s.id, id));
  }

  siteByPath(hostname: string, path: string): SiteRecord | undefined {
    const wanted = path.replace(/\/+$/, '') || '/';
    return this.sites.find((s) => same(s.hostname, hostname) && same(s.serverRelativePath, wanted));
  }

  /**
   * docs/platform.md#sharepoint-lists: a list is addressed by its id or its title (displayName).
   */
  findList(site: SiteRecord, ref: string): ListRecord | undefined {
    return (
      site.lists.find((l) => same(l.id, ref)) ?? site.lists.find((l) => same(l.displayName, ref))
    );
  }

  /** Copies for tests: raw stored fields plus eTag (graph-emulator `state.lists`). */
  snapshot(siteId: string): EmulatedList[] {
    const site = this.siteById(siteId);
    if (!site) throw new Error(`No emulated site ${siteId}.`);
    return site.lists.map((list) => ({
      id: list.id,
      displayName: list.displayName,
      name: list.name,
      template: list.template,
      columns: list.columns.map((c) => {
        const json = columnJson(c);
        return {
          id: c.id,
          name: c.name,
          displayName: c.displayName,
          type: c.type,
          indexed: c.indexed,
          required: c.required,
          hidden: c.hidden,
          readOnly: c.readOnly,
          facet: structuredClone(json[c.type] as Record<string, unknown>),
          fieldKey: fieldKeyOf(c),
        };
      }),
      items: [...list.items.values()].map((item) => ({
        id: String(item.id),
        eTag: itemETag(item),
        version: item.version,
        fields: structuredClone(item.values),
        createdDateTime: item.createdDateTime,
        lastModifiedDateTime: item.lastModifiedDateTime,
      })),
    }));
  }
}
