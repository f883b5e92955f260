// Self-tests: Graph's error shape (docs/platform.md#graph-errors) and token handling
// (docs/platform.md#access-tokens).
import { GraphError } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { createGraphEmulator } from './index';
import { GROUP_ID, clientFor, fixture, graphError, rawRequest } from './test-harness';

describe('graph emulator: errors', () => {
  it('answers with {"error":{code,message,innerError{date,request-id,client-request-id}}} and a request-id header', async () => {
    const { graph } = fixture();
    const res = await rawRequest(graph, '/sites/contoso.sharepoint.com:/sites/nope', {
      headers: { 'client-request-id': 'my-client-id' },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { error: Record<string, unknown> };
    const inner = body.error['innerError'] as Record<string, string>;
    expect(body.error['code']).toBe('itemNotFound');
    expect(typeof body.error['message']).toBe('string');
    expect(inner['request-id']).toBe(res.headers.get('request-id'));
    expect(inner['client-request-id']).toBe('my-client-id');
    expect(inner['date']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it('is parsed by graph-client into a GraphError with code, requestId and date', async () => {
    const { client } = fixture();
    const error = await graphError(client.api('/sites/contoso.sharepoint.com,a,b').get());
    expect(error).toBeInstanceOf(GraphError);
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe('itemNotFound');
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.requestId).toBe(error.headers?.get('request-id'));
    expect(error.date).toBeInstanceOf(Date);
    expect(Number.isNaN(error.date.getTime())).toBe(false);
  });

  it('answers an unknown version segment with 400', async () => {
    const { graph } = fixture();
    const res = await graph.handle(
      new Request('https://graph.microsoft.com/v2.0/sites/x', {
        headers: { Authorization: 'Bearer t' },
      }),
    );
    expect(res.status).toBe(400);
  });
});

describe('graph emulator: authentication', () => {
  it('rejects a request without a bearer token: 401 InvalidAuthenticationToken', async () => {
    const { graph } = fixture();
    const res = await rawRequest(graph, `/groups/${GROUP_ID}/sites/root`, { auth: false });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'InvalidAuthenticationToken',
    );
  });

  it('rejects tokens acceptToken refuses, so token refresh can be tested', async () => {
    const graph = createGraphEmulator({ acceptToken: (t) => t !== 'expired' });
    graph.addGroupSite(GROUP_ID);
    let token = 'expired';
    const client = clientFor(graph, { token: () => token });
    const error = await graphError(client.api(`/groups/${GROUP_ID}/sites/root`).get());
    expect(error.statusCode).toBe(401);
    expect(error.code).toBe('InvalidAuthenticationToken');
    token = 'fresh';
    await expect(client.api(`/groups/${GROUP_ID}/sites/root`).get()).resolves.toHaveProperty('id');
  });

  it('can script a 401 for one request (token expired mid-session)', async () => {
    const { graph, client } = fixture();
    graph.faults.next({ status: 401 });
    const error = await graphError(client.api(`/groups/${GROUP_ID}/sites/root`).get());
    expect(error.statusCode).toBe(401);
    expect(error.code).toBe('InvalidAuthenticationToken');
    await expect(client.api(`/groups/${GROUP_ID}/sites/root`).get()).resolves.toHaveProperty('id');
  });
});
