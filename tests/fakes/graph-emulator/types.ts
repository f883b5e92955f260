/**
 * Public types of the Graph emulator (see index.ts for the entry point). Anything a test or an
 * end-to-end harness touches is declared here; internal records live in store.ts.
 */
import type { Middleware } from '@microsoft/microsoft-graph-client';
import type { EmulatedChannel, EmulatedChannelMessage } from './types-channel-messages';
import type { PlannerControls, PlannerLimits } from './types-planner';

export interface GraphEmulatorOptions {
  /** Items per page before `@odata.nextLink` (default 200). `$top` overrides it per request. */
  pageSize?: number;
  /** Seed for GUIDs, request ids and the order of `$batch` responses (default 1). */
  seed?: number;
  /** Latency added to every top-level request, in ms (default 0). */
  latencyMs?: number;
  /** Default 'https://graph.microsoft.com/v1.0'. Its path (`/v1.0`) is the version segment requests must carry. */
  baseUrl?: string;
  /** Clock for createdDateTime/lastModifiedDateTime and error dates. */
  now?: () => Date;
  /** The signed-in user recorded as createdBy/lastModifiedBy. */
  user?: EmulatedUser;
  /**
   * docs/platform.md#list-view-threshold: the list view threshold (5,000). Lowered in tests to
   * exercise the rule without creating 5,000 items.
   */
  listViewThreshold?: number;
  /** Tokens for which this returns false get 401 InvalidAuthenticationToken (token-expiry tests). */
  acceptToken?: (token: string) => boolean;
  /**
   * Switches for behaviours docs/platform.md marks assumed, so adapters can be tested against
   * either.
   */
  quirks?: EmulatorQuirks;
  /**
   * Planner collections' page size before `@odata.nextLink` (default 400: the docs leave it open,
   * docs/platform.md#paging; a Planner maintainer says "~400", not client controllable, so `$top`
   * is ignored).
   */
  plannerPageSize?: number;
  /**
   * Delegated permissions the signed-in user's token carries. When set, every route checks that
   * one of the permissions its Microsoft docs page accepts is among them, and answers 403 otherwise
   * (permissions.ts). Omitted: nothing is checked (the token's scopes are not the test's subject).
   */
  grantedScopes?: readonly string[];
  /** Tenant id reported on teams (`tenantId`); default a fixed GUID. */
  tenantId?: string;
}

export interface EmulatorQuirks {
  /**
   * Whether `indexed: true` inside `POST …/lists` columns is honoured (assumed either way:
   * docs/platform.md#sharepoint-columns). 'honour' (default) indexes the column; 'ignore' creates
   * it unindexed, as if the service dropped it.
   */
  indexedInListCreate?: 'honour' | 'ignore';
  /**
   * docs/platform.md#etags-and-if-match: Planner accepts a change sent with an older etag when it
   * does not conflict with newer changes. 'merge' (default) does that (conflict = a newer change to
   * the same property or dictionary key, assumed); 'reject' answers 412 to every etag but the
   * current one.
   */
  plannerStaleIfMatch?: 'merge' | 'reject';
  /**
   * Task details inline in `POST /planner/tasks` (reported; assumed:
   * docs/platform.md#planner-tasks) (routes-planner-tasks.ts createTask): 'accept' (default) stores
   * them; 'ignore' drops them silently; 'reject' answers 400 as for an unknown property — so an
   * adapter can be tested against a service that does not take them.
   */
  inlineTaskDetails?: 'accept' | 'ignore' | 'reject';
}

/** A team the signed-in user is a direct member of (`GET /me/joinedTeams`). */
export interface EmulatedTeam {
  /** The team's id, which is also its Microsoft 365 group's id (Graph's team resource). */
  id: string;
  displayName: string;
  description?: string;
  isArchived?: boolean;
}

/** Who may reach a site: its members (default), or nobody signed in here (403, e.g. a site whose permissions were broken). */
export type SiteAccess = 'member' | 'denied';

export interface EmulatedUser {
  id: string;
  displayName: string;
  email?: string;
}

/** A user in the emulated directory (`graph.addUser`), found by `GET /users/{id | upn}`. */
export interface EmulatedDirectoryUser {
  id: string;
  userPrincipalName: string;
  displayName?: string;
  mail?: string;
  /** Default 'Member'. */
  userType?: 'Member' | 'Guest';
}

export type FaultStatus = 429 | 503 | 504 | 500 | 401 | 403;

export interface FaultMatch {
  /** HTTP method, case-insensitive. */
  method?: string;
  /** Substring of the absolute request URL (matched against the raw and the decoded form). */
  urlIncludes?: string;
}

export interface ScriptedFault {
  match?: FaultMatch;
  status: FaultStatus;
  /** Sent as `Retry-After` (seconds). Omit to exercise exponential backoff. */
  retryAfterSeconds?: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** true: only requests inside a `$batch`; false/omitted: only top-level HTTP requests. */
  inBatch?: boolean;
}

export interface RandomFaults {
  /** Probability in [0, 1] that a matching request fails. */
  rate: number;
  statuses: readonly FaultStatus[];
  retryAfterSeconds?: number;
  seed?: number;
  match?: FaultMatch;
  /** true: only batch items; false: only top-level requests; omitted: both. */
  inBatch?: boolean;
}

export interface FaultInjector {
  /** Fail the next matching request(s) with `status`. Scripted faults are used in the order given. */
  next(fault: ScriptedFault): void;
  /** Fail matching requests at random (seeded) until `clear()`. */
  random(faults: RandomFaults): void;
  /** Add latency to every top-level request from now on. */
  latency(ms: number): void;
  /** Remove scripted and random faults; latency returns to `options.latencyMs`. */
  clear(): void;
  /** Scripted failures still to be served. */
  readonly pending: number;
}

export interface LogEntry {
  readonly seq: number;
  readonly method: string;
  /** Absolute URL (batch items are resolved against the base URL). */
  readonly url: string;
  readonly status: number;
  readonly inBatch: boolean;
  /** The item's `id` inside its `$batch`. */
  readonly batchItemId?: string;
  /** Failed by the fault injector (state untouched). */
  readonly faulted: boolean;
  /** SharePoint resource units this request cost (docs/platform.md#throttling). */
  readonly resourceUnits: number;
  readonly requestId: string;
}

export interface RequestLog {
  /** Every request so far: top-level ones and `$batch` items. */
  entries(): readonly LogEntry[];
  /** Top-level HTTP requests only: a `$batch` counts once. */
  roundTrips(): number;
  /** Sum of resource units (batch items counted individually; the envelope costs nothing). */
  resourceUnits(): number;
  reset(): void;
}

export interface EmulatedColumn {
  id: string;
  name: string;
  displayName: string;
  type: string;
  indexed: boolean;
  required: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** The type facet's settings, e.g. `{ choices: [...] }` for choice. */
  facet: Record<string, unknown>;
  /** Its key in an item's `fields`: the name, or `<Name>LookupId` for person/lookup columns. */
  fieldKey: string;
}

export interface EmulatedItem {
  id: string;
  /** `"{GUID},N"` with the quotes, as Graph sends it. */
  eTag: string;
  version: number;
  /** Stored user-column values by field key (lookups as `<Name>LookupId`); no system fields. */
  fields: Record<string, unknown>;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface EmulatedList {
  id: string;
  displayName: string;
  name: string;
  template: string;
  columns: EmulatedColumn[];
  items: EmulatedItem[];
}

export interface ServeOptions {
  port?: number;
  /** Default true. Falls back to http (and says so in `protocol`) if no certificate can be made. */
  https?: boolean;
}

export interface ServedEmulator {
  /** Origin with a trailing slash, e.g. `https://localhost:51234/` — use as graph-client `baseUrl`. */
  url: string;
  protocol: 'http' | 'https';
  /** PEM of the self-signed certificate (https only), for callers that pin it as a CA. */
  certificate?: string;
  close(): Promise<void>;
}

export interface GraphEmulator {
  /** Terminal middleware for `Client.initWithMiddleware({ middleware })`. */
  readonly middleware: Middleware;
  /** Fetch-style entry point with the same behaviour, plus CORS (docs/platform.md#graph-client). */
  handle(request: Request): Promise<Response>;
  /** Creates a team site reachable at /groups/{groupId}/sites/root; returns its id `hostname,guid,guid`. */
  addGroupSite(
    groupId: string,
    options?: { hostname?: string; path?: string; access?: SiteAccess },
  ): string;
  /** Makes the signed-in user a direct member of `team`: it is listed by `GET /me/joinedTeams`. */
  addJoinedTeam(team: EmulatedTeam): void;
  /**
   * From now on, the token carries these delegated permissions (undefined: stop checking), as
   * after a consent is granted or revoked; e.g. seed data with every permission, then read with few.
   */
  setGrantedScopes(scopes: readonly string[] | undefined): void;
  readonly faults: FaultInjector;
  readonly log: RequestLog;
  readonly state: { lists(siteId: string): EmulatedList[] };
  serve(options?: ServeOptions): Promise<ServedEmulator>;
  /**
   * Planner knobs, the Planner UI side door and state (docs/platform.md#planner-plans and after).
   */
  readonly planner: PlannerControls;
  /**
   * Same as `planner.setLimits`: 403 limit errors with Planner's codes
   * (docs/platform.md#planner-limits).
   */
  setPlannerLimits(limits: PlannerLimits): void;
  /** Adds a user to the directory (`GET /users/{id | upn}`); the signed-in user is there already. */
  addUser(user: EmulatedDirectoryUser): void;
  /**
   * Adds a channel to a joined team (addJoinedTeam first): it takes posts
   * (docs/platform.md#channel-messages).
   */
  addChannel(teamId: string, channel: EmulatedChannel): void;
  /** Test side door: the messages posted to a channel, oldest first, replies nested. */
  channelMessages(teamId: string, channelId: string): EmulatedChannelMessage[];
}
