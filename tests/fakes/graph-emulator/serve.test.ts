// Self-tests: serving over HTTP(S) with CORS (docs/platform.md#graph-client), driven by real
// sockets.
import { request as httpsRequest } from 'node:https';
import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  PageIterator,
  type Context,
  type Middleware,
  type PageCollection,
} from '@microsoft/microsoft-graph-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServedEmulator } from './index';
import { GROUP_ID, TOKEN, createItem, createList, fixture } from './test-harness';

const open: ServedEmulator[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** A terminal middleware that sends over node:https trusting `ca` (Node's fetch cannot take a CA). */
function httpsWithCa(ca: string): Middleware {
  return {
    async execute(context: Context) {
      const url = new URL(context.request as string);
      const headers: Record<string, string> = {};
      new Headers(context.options?.headers as HeadersInit).forEach((v, k) => (headers[k] = v));
      const body = context.options?.body as string | undefined;
      context.response = await new Promise<Response>((resolve, reject) => {
        const req = httpsRequest(
          url,
          { method: context.options?.method ?? 'GET', headers, ca },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const out = new Headers();
              for (const [k, v] of Object.entries(res.headers))
                if (typeof v === 'string') out.set(k, v);
              const status = res.statusCode ?? 500;
              resolve(
                new Response(status === 204 ? null : Buffer.concat(chunks), {
                  status,
                  headers: out,
                }),
              );
            });
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
  };
}

describe('graph emulator: serve()', () => {
  it('answers a real fetch over http with CORS headers, and a preflight', async () => {
    const { graph, siteId } = fixture();
    const served = await graph.serve({ https: false });
    open.push(served);
    expect(served.protocol).toBe('http');
    expect(served.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    const res = await fetch(`${served.url}v1.0/groups/${GROUP_ID}/sites/root`, {
      headers: { Authorization: `Bearer ${TOKEN}`, Origin: 'https://tab.example' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(siteId);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://tab.example');
    const exposed = res.headers.get('access-control-expose-headers') ?? '';
    for (const h of ['Retry-After', 'ETag', 'request-id']) expect(exposed).toContain(h);
    const preflight = await fetch(`${served.url}v1.0/$batch`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://tab.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    const allowed = preflight.headers.get('access-control-allow-headers') ?? '';
    for (const h of [
      'Authorization',
      'Content-Type',
      'If-Match',
      'Prefer',
      'client-request-id',
      'SdkVersion',
      'Retry-Attempt',
    ]) {
      expect(allowed).toContain(h);
    }
    expect(graph.log.roundTrips()).toBe(1);
  });

  it('shows why https is needed: graph-client drops Authorization on http URLs', async () => {
    const { graph } = fixture();
    const served = await graph.serve({ https: false });
    open.push(served);
    const client = Client.initWithMiddleware({
      middleware: [
        new AuthenticationHandler({ getAccessToken: async () => TOKEN }),
        new HTTPMessageHandler(),
      ],
      baseUrl: served.url,
      customHosts: new Set(['localhost']),
    });
    await expect(client.api(`/groups/${GROUP_ID}/sites/root`).get()).rejects.toMatchObject({
      statusCode: 401,
      code: 'InvalidAuthenticationToken',
    });
  });

  it('serves https with a self-signed localhost certificate; graph-client follows absolute nextLinks', async () => {
    const f = fixture({ pageSize: 2 });
    const listId = await createList(f, 'Rows', []);
    for (const t of ['a', 'b', 'c', 'd', 'e']) await createItem(f, listId, { Title: t });
    const served = await f.graph.serve();
    open.push(served);
    expect(served.protocol).toBe('https');
    expect(served.certificate).toContain('BEGIN CERTIFICATE');
    const client = Client.initWithMiddleware({
      middleware: [
        new AuthenticationHandler({ getAccessToken: async () => TOKEN }),
        httpsWithCa(served.certificate as string),
      ],
      baseUrl: served.url,
      customHosts: new Set(['localhost']),
    });
    const first = (await client
      .api(`/sites/${f.siteId}/lists/${listId}/items`)
      .expand('fields')
      .get()) as PageCollection;
    expect(first['@odata.nextLink']).toMatch(new RegExp(`^${served.url}v1\\.0/sites/`));
    const titles: string[] = [];
    await new PageIterator(client, first, (item: { fields: { Title: string } }) => {
      titles.push(item.fields.Title);
      return true;
    }).iterate();
    expect(titles).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
