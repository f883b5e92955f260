/**
 * The tenant rule end to end (docs/platform.md#tenant-check: the token's tenant must be the tenant
 * where the data is stored): the app built for the Graph emulator takes its token from the Teams
 * host fake, which issues an unsigned JWT for its context's tenant unless told otherwise (host.js
 * `tokenClaims`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WithTandemHost } from '../fakes/teams-host/host-api';
import { DEV_TEAMS, startTeamsDev, type TeamsDev } from '../fakes/teams-host/dev-teams';
import { openBrowser, type BrowserSession } from './support/browser';
import { hostCalls } from './support/teams-tab';

/** Another organisation: the account the Teams client happens to be signed in with. */
const OTHER_TENANT = '9d2c1e55-0b7a-4c36-8f3e-5a1d2b3c4d5e';

let dev: TeamsDev;
let session: BrowserSession | undefined;

beforeAll(async () => {
  dev = await startTeamsDev({ quiet: true });
}, 180_000);
afterAll(async () => {
  await dev?.close();
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('Teams mode: the token must be for the team’s tenant', () => {
  it('refuses a token for another tenant: explains it, reports AuthFailed, asks Graph nothing', async () => {
    session = await openBrowser({ ignoreHttpsErrors: true });
    const { page } = session;
    dev.graph.log.reset();
    const tokenClaims = JSON.stringify({ tid: OTHER_TENANT, upn: 'megan@fabrikam.com' });
    await page.goto(dev.hostUrl({ entityId: 'any', tokenClaims }));

    const failure = await page.evaluate(() =>
      (window as unknown as WithTandemHost).tandemHost.waitFor('appInitialization.failure'),
    );
    expect(failure.args[0]).toBe('AuthFailed');
    expect(failure.args[1]).toContain(`signed in to tenant ${OTHER_TENANT}`);

    const alert = page.frameLocator('iframe[title="Tab"]').getByRole('alert');
    await alert
      .getByRole('heading', { name: 'You are signed in to a different organisation' })
      .waitFor();
    expect(await alert.textContent()).toContain(
      `You are signed in to tenant ${OTHER_TENANT} (as megan@fabrikam.com), but this team belongs to tenant ${DEV_TEAMS.tid}.`,
    );
    expect(await hostCalls(page)).not.toContain('appInitialization.success');
    expect(dev.graph.log.entries()).toHaveLength(0);
  });

  it("accepts the host's token for the team's tenant and reads the team's lists with it", async () => {
    session = await openBrowser({ ignoreHttpsErrors: true });
    const { page } = session;
    dev.graph.log.reset();
    await page.goto(dev.hostUrl({ frame: 'settings' }));

    await page.evaluate(() =>
      (window as unknown as WithTandemHost).tandemHost.waitFor('appInitialization.success'),
    );
    const funcs = await hostCalls(page);
    expect(funcs).toContain('authentication.getAuthToken');
    expect(funcs).not.toContain('appInitialization.failure');
    expect(dev.graph.log.entries().length).toBeGreaterThan(0);
  });
});
