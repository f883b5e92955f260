/**
 * The token's way from MSAL to Graph and back when something goes wrong: the MSAL adapter over the
 * fake MSAL client, graph-client's own AuthenticationHandler with Tandem's auth provider, and a
 * Graph stand-in (scripted, or the Graph emulator behind the SharePoint store).
 */
import {
  AuthenticationHandler,
  Client,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { graphAuthProvider } from '../../../../src/adapters/auth/graph-auth-provider';
import { createMsalAuth } from '../../../../src/adapters/auth/msal-auth';
import { toStoreError } from '../../../../src/adapters/graph/sharepoint/store-errors';
import { DEFAULT_RETRY_POLICY, type RetryEnv } from '../../../../src/adapters/graph/http/retry';
import { GraphFailure, createGraphSender } from '../../../../src/adapters/graph/http/send';
import { createSharePointStore } from '../../../../src/adapters/graph/sharepoint/store';
import { newEngagement } from '../../../../src/domain/engagement/engagement';
import { emptyProfile } from '../../../../src/domain/engagement/profile';
import { AuthError, GRAPH_SCOPES } from '../../../../src/ports/auth';
import { StoreError } from '../../../../src/ports/engagement-store';
import { CUSTOMER, FakeMsal, account, result } from '../../../fakes/fake-msal';
import { createGraphEmulator } from '../../../fakes/graph-emulator/index';

const SCOPES = GRAPH_SCOPES.writeSites;
const GET = { method: 'GET', url: '/sites/s1?$select=id' } as const;

/** MSAL with Alice's account cached: `cached` from the cache, `fresh-N` when forced to refresh. */
function msalWithCachedToken() {
  const msal = new FakeMsal();
  const alice = account(CUSTOMER, 'alice@customer.com');
  msal.accounts = [alice];
  let issued = 0;
  msal.onSilent = async (request) =>
    result(alice, CUSTOMER, request.scopes, request.forceRefresh ? `fresh-${++issued}` : 'cached');
  const auth = createMsalAuth({
    clientId: 'client-id',
    cloud: 'global',
    tenantId: CUSTOMER,
    loginHint: 'alice@customer.com',
    redirectUri: 'https://tandem.example/',
    insideTeams: true,
    msal,
  });
  const forced = () =>
    msal.calls.map((call) => (call.method === 'silent' ? !!call.request.forceRefresh : null));
  return { msal, auth, forced };
}

/** Graph that refuses the tokens `refuse` names with 401 InvalidAuthenticationToken. */
function graphRefusing(refuse: (token: string) => boolean) {
  const seen: string[] = [];
  const graph: Middleware = {
    async execute(context: Context) {
      const token = (new Headers(context.options?.headers).get('Authorization') ?? '').slice(7);
      seen.push(token);
      const refused = refuse(token);
      const body = refused
        ? {
            error: {
              code: 'InvalidAuthenticationToken',
              message: 'Access token has expired or is not yet valid.',
            },
          }
        : { id: 's1' };
      context.response = new Response(JSON.stringify(body), {
        status: refused ? 401 : 200,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  };
  return { graph, seen };
}

const env: RetryEnv = {
  policy: DEFAULT_RETRY_POLICY,
  sleep: async () => {},
  onStatus: () => {},
  now: () => 0,
};

function senderOver(auth: ReturnType<typeof msalWithCachedToken>['auth'], graph: Middleware) {
  const client = Client.initWithMiddleware({
    middleware: [new AuthenticationHandler(graphAuthProvider(auth, SCOPES)), graph],
  });
  return createGraphSender(client, env);
}

describe('a 401 from Graph', () => {
  it('is retried once with a token MSAL fetched anew, not the cached one', async () => {
    const { auth, forced } = msalWithCachedToken();
    const { graph, seen } = graphRefusing((token) => token === 'cached');

    await expect(senderOver(auth, graph).send(GET)).resolves.toMatchObject({ body: { id: 's1' } });
    expect(seen).toEqual(['cached', 'fresh-1']);
    expect(forced()).toEqual([false, true]);
  });

  it('twice in a row ends as signed-out with Graph’s words, after exactly two sends', async () => {
    const { auth, forced } = msalWithCachedToken();
    const { graph, seen } = graphRefusing(() => true);

    const failure = await senderOver(auth, graph)
      .send(GET)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphFailure);
    expect(failure).toMatchObject({ status: 401, code: 'InvalidAuthenticationToken' });
    expect(seen).toEqual(['cached', 'fresh-1']);
    expect(forced()).toEqual([false, true]);

    const error = toStoreError(failure, 'save the change');
    expect(error.code).toBe('signed-out');
    expect(error.message).toBe(
      "Couldn't save the change: your Microsoft 365 sign-in has expired. Sign in again, then retry. " +
        '(Graph 401 InvalidAuthenticationToken: Access token has expired or is not yet valid.)',
    );
  });
});

describe('a token MSAL cannot get without the user', () => {
  it('fails the request before Graph, as signed-out keeping the AuthError as cause', async () => {
    const { msal, auth } = msalWithCachedToken();
    msal.onSilent = new FakeMsal().onSilent; // needs the user (interaction_required)
    const { graph, seen } = graphRefusing(() => false);

    const refused = await senderOver(auth, graph)
      .send(GET)
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AuthError);
    expect(refused).toMatchObject({ code: 'interaction-required' });
    expect(seen).toEqual([]);
    expect(msal.count('silent')).toBe(1);

    const error = toStoreError(refused, 'save the change');
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe('signed-out');
    expect(error.cause).toBe(refused);
    expect(error.message).toMatch(/^Couldn't save the change: .*sign in/i);
  });

  it('keeps a sign-in outage (not the user’s to fix) as unavailable', () => {
    const outage = new AuthError('unavailable', "Couldn't sign in to Microsoft 365 (offline).");
    const error = toStoreError(outage, 'load the engagement');
    expect(error.code).toBe('unavailable');
    expect(error.cause).toBe(outage);
  });
});

describe('the SharePoint store', () => {
  it('re-sends a batch whose items Graph refused with 401 with a new token, once', async () => {
    const { auth, forced } = msalWithCachedToken();
    const emulator = createGraphEmulator({ seed: 5 });
    emulator.addGroupSite('team-1');
    const client = Client.initWithMiddleware({
      middleware: [new AuthenticationHandler(graphAuthProvider(auth, SCOPES)), emulator.middleware],
    });
    const store = createSharePointStore({ client, site: { groupId: 'team-1' } });
    const engagement = newEngagement(
      'e1',
      { ...emptyProfile('2026-06-20'), customer: 'Contoso' },
      [],
    );
    await store.createEngagement(engagement);
    const before = forced().length;

    emulator.faults.next({ status: 401, inBatch: true });
    await expect(store.loadEngagement('e1')).resolves.toMatchObject({ id: 'e1' });
    // The batch that carried the refused item, then its retry with a forced refresh.
    expect(forced().slice(before)).toEqual([false, true]);

    emulator.faults.next({ status: 401, inBatch: true, times: 10 });
    const error = await store.loadEngagement('e1').catch((reason: unknown) => reason);
    emulator.faults.clear();
    expect(error).toMatchObject({ code: 'signed-out' });
  });
});
