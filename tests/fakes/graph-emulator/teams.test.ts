// Self-tests: the user's joined teams (docs/platform.md#users-and-joined-teams), site access and
// permission checks.
import { describe, expect, it } from 'vitest';
import { createGraphEmulator } from './index';
import { GROUP_ID, clientFor, fixture, graphError, rawRequest } from './test-harness';

interface TeamsPage {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  value: Record<string, unknown>[];
}

describe('graph emulator: GET /me/joinedTeams', () => {
  it('lists the joined teams with id, displayName, description, isArchived, tenantId and nulls elsewhere', async () => {
    const graph = createGraphEmulator({ tenantId: 'tenant-1' });
    graph.addJoinedTeam({ id: 'g-1', displayName: 'Contoso IT', description: 'Internal IT' });
    graph.addJoinedTeam({ id: 'g-2', displayName: 'Old project', isArchived: true });
    const page = (await clientFor(graph).api('/me/joinedTeams').get()) as TeamsPage;
    expect(page['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#teams');
    expect(page['@odata.nextLink']).toBeUndefined();
    expect(page.value).toHaveLength(2);
    expect(page.value[0]).toMatchObject({
      id: 'g-1',
      displayName: 'Contoso IT',
      description: 'Internal IT',
      isArchived: false,
      tenantId: 'tenant-1',
      webUrl: null,
      visibility: null,
      createdDateTime: null,
    });
    expect(page.value[1]).toMatchObject({ id: 'g-2', description: '', isArchived: true });
  });

  it('answers an empty collection for a user in no team', async () => {
    const { client } = fixture();
    expect(((await client.api('/me/joinedTeams').get()) as TeamsPage).value).toEqual([]);
  });

  it('refuses OData query options, which this API does not support (, pnpjs#1581)', async () => {
    const { client } = fixture();
    const error = await graphError(client.api('/me/joinedTeams').top(5).get());
    expect(error.statusCode).toBe(400);
  });

  it('works inside a $batch and costs no SharePoint resource units', async () => {
    const { graph } = fixture();
    graph.addJoinedTeam({ id: 'g-1', displayName: 'Contoso IT' });
    graph.log.reset();
    const res = await rawRequest(graph, '/$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/me/joinedTeams' }] }),
    });
    const body = (await res.json()) as { responses: { status: number; body: TeamsPage }[] };
    expect(body.responses[0]!.status).toBe(200);
    expect(body.responses[0]!.body.value.map((team) => team['id'])).toEqual(['g-1']);
    expect(graph.log.roundTrips()).toBe(1);
    expect(graph.log.resourceUnits()).toBe(0);
  });

  it('refuses a second join of the same team (a setup mistake in a test)', () => {
    const graph = createGraphEmulator();
    graph.addJoinedTeam({ id: 'g-1', displayName: 'A' });
    expect(() => graph.addJoinedTeam({ id: 'G-1', displayName: 'B' })).toThrow(/joined/);
  });
});

describe('graph emulator: site access', () => {
  it('answers 403 accessDenied for every request on a site the user cannot reach', async () => {
    const graph = createGraphEmulator();
    graph.addGroupSite('locked', { access: 'denied' });
    const client = clientFor(graph);
    const site = await graphError(client.api('/groups/locked/sites/root').get());
    expect([site.statusCode, site.code]).toEqual([403, 'accessDenied']);
    const lists = await graphError(client.api('/groups/locked/sites/root/lists').get());
    expect(lists.statusCode).toBe(403);
  });
});

describe('graph emulator: permissions (grantedScopes)', () => {
  const withScopes = (scopes: string[]) => {
    const graph = createGraphEmulator({ grantedScopes: scopes });
    graph.addGroupSite(GROUP_ID);
    return { graph, client: clientFor(graph) };
  };

  it('answers 403 for joinedTeams without Team.ReadBasic.All or a higher permission', async () => {
    const { client } = withScopes(['Sites.Read.All']);
    const error = await graphError(client.api('/me/joinedTeams').get());
    expect(error.statusCode).toBe(403);
    expect(error.message).toContain('Team.ReadBasic.All');
    const { client: granted } = withScopes(['team.readbasic.all']);
    await expect(granted.api('/me/joinedTeams').get()).resolves.toHaveProperty('value');
  });

  it('lets Sites.Read.All read but not create lists or items', async () => {
    const { client } = withScopes(['Sites.Read.All']);
    await expect(client.api(`/groups/${GROUP_ID}/sites/root/lists`).get()).resolves.toBeTruthy();
    const create = await graphError(
      client.api(`/groups/${GROUP_ID}/sites/root/lists`).post({ displayName: 'Books' }),
    );
    expect(create.statusCode).toBe(403);
  });

  it('applies permissions granted or revoked mid-session', async () => {
    const { graph, client } = withScopes(['Sites.Read.All']);
    graph.setGrantedScopes(['Sites.Manage.All']);
    await expect(
      client.api(`/groups/${GROUP_ID}/sites/root/lists`).post({ displayName: 'Books' }),
    ).resolves.toHaveProperty('id');
    graph.setGrantedScopes([]);
    expect((await graphError(client.api(`/groups/${GROUP_ID}/sites/root`).get())).statusCode).toBe(
      403,
    );
  });

  it('checks nothing when no scopes are given', async () => {
    const { client } = fixture();
    await expect(
      client.api(`/groups/${GROUP_ID}/sites/root/lists`).post({ displayName: 'Books' }),
    ).resolves.toHaveProperty('id');
  });
});
