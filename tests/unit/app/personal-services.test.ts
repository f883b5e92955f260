import { describe, expect, it } from 'vitest';
import {
  PERSONAL_SCOPES,
  createPersonalServices,
  createTeamsDirectory,
  isPersonalTab,
} from '../../../src/app/personal-services';
import type { Auth } from '../../../src/ports/auth';
import type { HostContext, TeamsHost } from '../../../src/ports/host-context';

const PERSONAL: HostContext = {
  frameContext: 'content',
  tenantId: 't1',
  user: { id: 'u1', loginHint: 'megan@contoso.com' },
  team: null,
  channel: null,
  locale: 'en-US',
  theme: 'light',
  page: { id: 'engagements', subPageId: null },
};

describe('the personal tab composition', () => {
  it('is chosen for the static tab entity id in the content frame, without a team', () => {
    expect(isPersonalTab(PERSONAL)).toBe(true);
    expect(isPersonalTab({ ...PERSONAL, page: { id: 'engagement-1', subPageId: null } })).toBe(
      false,
    );
    expect(isPersonalTab({ ...PERSONAL, frameContext: 'settings' })).toBe(false);
    expect(isPersonalTab({ ...PERSONAL, team: { groupId: 'g1', displayName: 'Team' } })).toBe(
      false,
    );
  });

  it('asks for read permissions only: the teams and the sites', async () => {
    expect(PERSONAL_SCOPES).toEqual(['Team.ReadBasic.All', 'Sites.Read.All']);
    const asked: { scopes: readonly string[]; interactive: boolean }[] = [];
    const auth: Auth = {
      getToken: async (scopes, options) => {
        asked.push({ scopes, interactive: options?.interactive ?? false });
        return 'token';
      },
    };
    const host = { context: PERSONAL } as TeamsHost;
    const services = createPersonalServices(auth, host, createTeamsDirectory(auth, {}));
    await services.authorize();
    await services.authorize({ interactive: true });
    expect(asked).toEqual([
      { scopes: PERSONAL_SCOPES, interactive: false },
      { scopes: PERSONAL_SCOPES, interactive: true },
    ]);
    expect(services.userUpn).toBe('megan@contoso.com');
    expect(services.host).toBe(host);
  });
});
