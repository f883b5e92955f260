/**
 * Issue 14 item 2: every settled page tells Teams it loaded (docs/platform.md#loading-indicator),
 * so the load guard never replaces a page the user is working on: the create form of a team
 * without engagements, and the page of an engagement that is not in the team's lists.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTeamsDev, type TeamsDev } from '../fakes/teams-host/dev-teams';
import { openBrowser, type BrowserSession } from './support/browser';
import { hostCalls, tabFrame } from './support/teams-tab';

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

describe('every settled page reports success to Teams', () => {
  it('the create form of a team without engagements', async () => {
    dev.graph.addGroupSite('fresh-team');
    session = await openBrowser({ ignoreHttpsErrors: true });
    const { page } = session;
    await page.goto(dev.hostUrl({ groupId: 'fresh-team', teamId: 'fresh-team' }));
    const frame = tabFrame(page);
    await frame.getByRole('textbox', { name: 'Customer' }).waitFor();
    await expect.poll(() => hostCalls(page)).toContain('appInitialization.success');
    expect(await hostCalls(page)).not.toContain('appInitialization.failure');
  });

  it('the page of an engagement that is not in the team’s lists', async () => {
    session = await openBrowser({ ignoreHttpsErrors: true });
    const { page } = session;
    await page.goto(dev.hostUrl({ entityId: 'deleted-long-ago' }));
    const frame = tabFrame(page);
    await frame.getByText(/not in the team's lists/).waitFor();
    await expect.poll(() => hostCalls(page)).toContain('appInitialization.success');
    expect(await hostCalls(page)).not.toContain('appInitialization.failure');
  });
});
