// Self-tests: directory users by id or UPN (routes-users.ts; https://learn.microsoft.com/graph/api/user-get).
import { describe, expect, it } from 'vitest';
import { ME, plannerFixture } from './planner-harness';
import { graphError } from './test-harness';

const ALEX = 'fbab97d0-4932-4511-b675-204639209557';

describe('graph emulator: users', () => {
  it('finds a user by UPN (any case) or id, with $select', async () => {
    const f = plannerFixture();
    f.graph.addUser({ id: ALEX, userPrincipalName: 'alex@contoso.com', displayName: 'Alex' });
    await expect(f.client.api('/users/Alex@Contoso.com').select('id').get()).resolves.toEqual({
      id: ALEX,
    });
    await expect(f.client.api(`/users/${ALEX}`).get()).resolves.toMatchObject({
      userPrincipalName: 'alex@contoso.com',
      displayName: 'Alex',
      userType: 'Member',
    });
  });

  it('knows the signed-in user from the start, and no one else', async () => {
    const f = plannerFixture();
    await expect(
      f.client.api('/users/emulated.user@contoso.onmicrosoft.com').select('id').get(),
    ).resolves.toEqual({ id: ME });
    const missing = await graphError(f.client.api('/users/nobody@contoso.com').get());
    expect(missing.statusCode).toBe(404);
    expect(missing.code).toBe('Request_ResourceNotFound');
    expect(() => f.graph.addUser({ id: ME, userPrincipalName: 'x@contoso.com' })).toThrow();
  });

  it('answers inside a $batch, a guest UPN encoded', async () => {
    const f = plannerFixture();
    const guest = 'jane_msp.com#EXT#@contoso.onmicrosoft.com';
    f.graph.addUser({ id: ALEX, userPrincipalName: guest, userType: 'Guest' });
    const res = (await f.client.api('/$batch').post({
      requests: [{ id: '1', method: 'GET', url: `/users/${encodeURIComponent(guest)}?$select=id` }],
    })) as { responses: { status: number; body: unknown }[] };
    expect(res.responses[0]).toMatchObject({ status: 200, body: { id: ALEX } });
  });
});
