/**
 * Helpers for the emulator's self-tests: a real graph-client `Client` whose chain ends in the emulator
 * (graph-client's own AuthenticationHandler, optionally its RetryHandler), and small setup shortcuts.
 */
import {
  AuthenticationHandler,
  Client,
  GraphError,
  RetryHandler,
  RetryHandlerOptions,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { createGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from './index';

export const TOKEN = 'fake.jwt.token';

export interface ClientOptions {
  /** Put graph-client's RetryHandler in the chain (maxRetries 3, default delay 0 s). */
  retry?: boolean;
  token?: () => string;
}

export function clientFor(emulator: GraphEmulator, options: ClientOptions = {}): Client {
  const token = options.token ?? (() => TOKEN);
  const chain: Middleware[] = [new AuthenticationHandler({ getAccessToken: async () => token() })];
  if (options.retry) chain.push(new RetryHandler(new RetryHandlerOptions(0, 3)));
  chain.push(emulator.middleware);
  return Client.initWithMiddleware({ middleware: chain });
}

export interface Fixture {
  graph: GraphEmulator;
  client: Client;
  siteId: string;
}

export const GROUP_ID = '0f5e3a4b-1111-4c2d-9e8f-123456789abc';

export function fixture(options: GraphEmulatorOptions = {}, client: ClientOptions = {}): Fixture {
  const graph = createGraphEmulator(options);
  const siteId = graph.addGroupSite(GROUP_ID, { path: '/sites/Contoso-IT' });
  return { graph, client: clientFor(graph, client), siteId };
}

/** Creates a list with the given columns; returns its id. */
export async function createList(
  f: Fixture,
  displayName: string,
  columns: Array<Record<string, unknown>>,
): Promise<string> {
  const list = (await f.client
    .api(`/sites/${f.siteId}/lists`)
    .post({ displayName, columns, list: { template: 'genericList' } })) as { id: string };
  return list.id;
}

export interface ItemBody {
  id: string;
  eTag: string;
  fields?: Record<string, unknown>;
}

export async function createItem(
  f: Fixture,
  listId: string,
  fields: Record<string, unknown>,
): Promise<ItemBody> {
  return (await f.client
    .api(`/sites/${f.siteId}/lists/${listId}/items`)
    .post({ fields })) as ItemBody;
}

/** The GraphError a promise rejects with (fails the test if it resolves). */
export async function graphError(promise: Promise<unknown>): Promise<GraphError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
  throw new Error('Expected a GraphError, but the request succeeded.');
}

/** A raw fetch-style request to the emulator (bypassing graph-client). */
export function rawRequest(
  graph: GraphEmulator,
  path: string,
  init: RequestInit & { auth?: boolean } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.auth !== false) headers.set('Authorization', `Bearer ${TOKEN}`);
  return graph.handle(new Request(`https://graph.microsoft.com/v1.0${path}`, { ...init, headers }));
}
