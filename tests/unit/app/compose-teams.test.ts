import { describe, expect, it } from 'vitest';
import { composeTeams } from '../../../src/app/compose-teams';
import type { HostContext, TeamsHost } from '../../../src/ports/host-context';
import { createMemoryStore } from '../../fakes/memory-store';
import { fakeTeamsAdapters } from '../../fakes/teams-adapters';

const context = (displayName: string | null): HostContext => ({
  frameContext: 'content',
  tenantId: 'tenant-1',
  user: { id: 'user-1', loginHint: 'megan@contoso.onmicrosoft.com', displayName },
  team: { groupId: 'group-1', displayName: 'IT' },
  channel: { id: '19:general@thread.tacv2', displayName: 'General' },
  locale: 'en-us',
  theme: 'light',
  page: { id: 'e1', subPageId: null },
});

const hostWith = (ctx: HostContext) => ({ context: ctx }) as unknown as TeamsHost;

describe('issue 14 item 4: people are shown by the name Teams knows them by', () => {
  it('signs and logs with the display name, keeping the sign-in name as the identity', () => {
    const ctx = context('Megan Bowen');
    const composed = composeTeams(ctx, {}, fakeTeamsAdapters());
    if ('failure' in composed) throw new Error(composed.failure.detail);
    const services = composed.appServices(createMemoryStore(), hostWith(ctx));
    expect(services.currentUser?.()).toEqual({
      name: 'Megan Bowen',
      upn: 'megan@contoso.onmicrosoft.com',
    });
    expect(services.userName()).toBe('Megan Bowen');
  });

  it('falls back to the sign-in name when the host gives no display name', () => {
    const ctx = context(null);
    const composed = composeTeams(ctx, {}, fakeTeamsAdapters());
    if ('failure' in composed) throw new Error(composed.failure.detail);
    const services = composed.appServices(createMemoryStore(), hostWith(ctx));
    expect(services.userName()).toBe('megan@contoso.onmicrosoft.com');
  });
});
