/**
 * Graph emulator: a stateful fake of the Microsoft Graph subset Tandem uses (SharePoint sites,
 * lists, columns, list items, Planner plans/buckets/tasks/details, directory users by id or UPN,
 * the user's joined teams and their channel messages, `$batch`); what it reproduces, and which of
 * it is assumed, is in docs/platform.md. It plugs into graph-client as the terminal middleware,
 * answers fetch `Request`s, and can serve itself over HTTPS.
 *
 * Usage:
 *   const graph = createGraphEmulator({ pageSize: 50 });
 *   const siteId = graph.addGroupSite('group-1'); // the group Planner plans can live in
 *   const client = Client.initWithMiddleware({ middleware: [authHandler, graph.middleware] });
 *   graph.setPlannerLimits({ tasksPerPlan: 2 }); // 403 MaximumTasksInProject on the third task
 *   graph.planner.ui.setPercentComplete(taskId, 100); // an edit made in Planner: the etag moves on
 *   graph.addUser({ id, userPrincipalName: 'alex@contoso.com' }); // found by GET /users/{upn}
 *   graph.addJoinedTeam({ id: teamId, displayName: 'Contoso IT' });
 *   graph.addChannel(teamId, { id: '19:x@thread.tacv2', displayName: 'General' }); // takes posts
 *   graph.channelMessages(teamId, '19:x@thread.tacv2'); // what was posted, replies nested
 */
import type { Context } from '@microsoft/microsoft-graph-client';
import { corsHeaders, isPreflight, preflightResponse } from './cors';
import { createFaultEngine } from './faults';
import { fromFetchRequest, fromMiddlewareContext, toFetchResponse } from './http';
import { createPipeline } from './pipeline';
import { createPlannerControls } from './planner-ui';
import { createPrng } from './prng';
import { createRequestLog } from './request-log';
import { serveHandler } from './serve';
import { EmulatorStore, type EmulatorEnv } from './store';
import type { GraphEmulator, GraphEmulatorOptions } from './types';

export type * from './types';
export type * from './types-planner';
export type * from './types-channel-messages';

export const DEFAULT_BASE_URL = 'https://graph.microsoft.com/v1.0';

/** Reported as teams' `tenantId` unless the options name one. */
export const DEFAULT_TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

export function createGraphEmulator(options: GraphEmulatorOptions = {}): GraphEmulator {
  const base = new URL(options.baseUrl ?? DEFAULT_BASE_URL);
  const basePath = base.pathname.replace(/\/+$/, '');
  const prng = createPrng(options.seed ?? 1);
  const env: EmulatorEnv = {
    prng,
    now: options.now ?? (() => new Date()),
    user: options.user ?? {
      id: '6e9c1e7a-6f6c-4b8e-9c55-1f0d6f3c2a11',
      displayName: 'Emulated User',
      email: 'emulated.user@contoso.onmicrosoft.com',
    },
    // The user's id in the site's User Information List (assumed:
    // docs/platform.md#sharepoint-columns).
    userLookupId: 6,
    pageSize: options.pageSize ?? 200,
    plannerPageSize: options.plannerPageSize ?? 400,
    // docs/platform.md#list-view-threshold: 5,000.
    listViewThreshold: options.listViewThreshold ?? 5000,
    quirks: {
      indexedInListCreate: options.quirks?.indexedInListCreate ?? 'honour',
      plannerStaleIfMatch: options.quirks?.plannerStaleIfMatch ?? 'merge',
      inlineTaskDetails: options.quirks?.inlineTaskDetails ?? 'accept',
    },
    grantedScopes: options.grantedScopes,
    tenantId: options.tenantId ?? DEFAULT_TENANT_ID,
  };
  if (!(env.pageSize >= 1)) throw new Error('pageSize must be at least 1.');
  if (!(env.plannerPageSize >= 1)) throw new Error('plannerPageSize must be at least 1.');
  const store = new EmulatorStore(env);
  const planner = createPlannerControls(store.planner, env);
  const faults = createFaultEngine(options.latencyMs ?? 0);
  const log = createRequestLog();
  const dispatch = createPipeline({
    ctx: { store, env },
    faults,
    log,
    basePath,
    acceptToken: options.acceptToken,
  });

  const handle = async (request: Request): Promise<Response> => {
    if (isPreflight(request)) return preflightResponse(request);
    const response = await dispatch(await fromFetchRequest(request));
    return toFetchResponse(response, corsHeaders(request.headers.get('origin')));
  };

  return {
    middleware: {
      async execute(context: Context): Promise<void> {
        context.response = toFetchResponse(await dispatch(await fromMiddlewareContext(context)));
      },
    },
    handle,
    addGroupSite: (groupId, siteOptions) => store.addGroupSite(groupId, siteOptions),
    addJoinedTeam: (team) => store.addJoinedTeam(team),
    setGrantedScopes: (scopes) => {
      env.grantedScopes = scopes;
    },
    // Only the public FaultInjector surface; take()/currentLatency() stay internal.
    faults: {
      next: (fault) => faults.next(fault),
      random: (spec) => faults.random(spec),
      latency: (ms) => faults.latency(ms),
      clear: () => faults.clear(),
      get pending() {
        return faults.pending;
      },
    },
    log: {
      entries: () => log.entries(),
      roundTrips: () => log.roundTrips(),
      resourceUnits: () => log.resourceUnits(),
      reset: () => log.reset(),
    },
    state: { lists: (siteId) => store.snapshot(siteId) },
    serve: (serveOptions) => serveHandler(handle, serveOptions),
    planner,
    setPlannerLimits: (limits) => planner.setLimits(limits),
    addUser: (user) => store.directory.add(user),
    addChannel: (teamId, channel) => store.addChannel(teamId, channel),
    channelMessages: (teamId, channelId) => store.channels.snapshot(teamId, channelId),
  };
}
