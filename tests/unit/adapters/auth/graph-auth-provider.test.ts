import {
  AuthenticationHandler,
  AuthenticationHandlerOptions,
  Client,
  GraphClientError,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { graphAuthProvider } from '../../../../src/adapters/auth/graph-auth-provider';
import { FRESH_TOKEN } from '../../../../src/adapters/graph/http/client';
import { AuthError, GRAPH_SCOPES, type Auth, type TokenOptions } from '../../../../src/ports/auth';

/** An `Auth` that hands out one token per scope set and remembers what it was asked. */
function fakeAuth(fail?: AuthError) {
  const asked: Array<{ scopes: readonly string[]; interactive: boolean }> = [];
  const auth: Auth = {
    async getToken(scopes, options) {
      asked.push({ scopes, interactive: options?.interactive ?? false });
      if (fail) throw fail;
      return `token(${scopes.join(' ')})`;
    },
  };
  return { auth, asked };
}

/** graph-client's own AuthenticationHandler, then a stand-in for Graph that records headers. */
function clientWith(auth: Auth, scopes: readonly string[]) {
  const seen: Array<string | null> = [];
  const graph: Middleware = {
    async execute(context: Context) {
      seen.push(new Headers(context.options?.headers).get('Authorization'));
      context.response = new Response('{"id":"site"}', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  };
  const client = Client.initWithMiddleware({
    middleware: [new AuthenticationHandler(graphAuthProvider(auth, scopes)), graph],
  });
  return { client, seen };
}

describe('graphAuthProvider', () => {
  it("returns the port's token for the given scopes, silently", async () => {
    const { auth, asked } = fakeAuth();
    const provider = graphAuthProvider(auth, GRAPH_SCOPES.readSites);

    await expect(provider.getAccessToken()).resolves.toBe('token(Sites.Read.All)');
    expect(asked).toEqual([{ scopes: ['Sites.Read.All'], interactive: false }]);
  });

  it('puts the token on every Graph request of a graph-client Client', async () => {
    const { auth } = fakeAuth();
    const { client, seen } = clientWith(auth, GRAPH_SCOPES.writeSites);

    await client.api('/groups/g/sites/root').get();
    await client.api('/sites/s/lists').get();

    expect(seen).toEqual([
      'Bearer token(Sites.ReadWrite.All)',
      'Bearer token(Sites.ReadWrite.All)',
    ]);
  });

  it("uses a request's own scopes when its middleware options name them", async () => {
    const { auth } = fakeAuth();
    const { client, seen } = clientWith(auth, GRAPH_SCOPES.writeSites);

    await client
      .api('/sites/s/lists')
      .middlewareOptions([
        new AuthenticationHandlerOptions(undefined, { scopes: [...GRAPH_SCOPES.manageLists] }),
      ])
      .post({ displayName: 'Tandem rows' });

    expect(seen).toEqual(['Bearer token(Sites.Manage.All)']);
  });

  it('fails the request without calling Graph when the port refuses a token', async () => {
    const needsUser = new AuthError('interaction-required', 'Select "Sign in" to continue.');
    const { auth } = fakeAuth(needsUser);
    const { client, seen } = clientWith(auth, GRAPH_SCOPES.readSites);

    // graph-client 3 re-wraps whatever a provider throws as a GraphError (statusCode -1, code =
    // the error's name) and drops the original, except a GraphClientError: so the provider throws
    // one, with the port's AuthError as its cause, for the store to read.
    const error = await client
      .api('/groups/g/sites/root')
      .get()
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(GraphClientError);
    expect(error).toMatchObject({ message: 'Select "Sign in" to continue.' });
    expect((error as Error).cause).toBe(needsUser);
    expect(seen).toEqual([]);
  });

  it('passes a request’s forceRefresh on to the port (the retry after a 401)', async () => {
    const asked: Array<TokenOptions | undefined> = [];
    const auth: Auth = {
      async getToken(_scopes, options) {
        asked.push(options);
        return 'token';
      },
    };
    const { client } = clientWith(auth, GRAPH_SCOPES.readSites);

    await client.api('/sites/s').get();
    await client.api('/sites/s').middlewareOptions([FRESH_TOKEN]).get();

    expect(asked).toEqual([undefined, { forceRefresh: true }]);
  });
});
