/**
 * Issue 14 item 2: every settled page tells Teams it loaded (docs/platform.md#loading-indicator),
 * so the load guard never replaces a page the user is working on: the create form of a team
 * without engagements, and the page of an engagement that is not in the team's lists.
 */
import { describe, expect, it } from 'vitest';
import { hostCalls, tabFrame } from './support/teams-tab';
import { withTeamsDev } from './support/teams-dev';

const teams = withTeamsDev();

describe('every settled page reports success to Teams', () => {
  it('the create form of a team without engagements', async () => {
    teams.dev().graph.addGroupSite('fresh-team');
    const { page } = await teams.open();
    await page.goto(teams.dev().hostUrl({ groupId: 'fresh-team', teamId: 'fresh-team' }));
    const frame = tabFrame(page);
    await frame.getByRole('textbox', { name: 'Customer' }).waitFor();
    await expect.poll(() => hostCalls(page)).toContain('appInitialization.success');
    expect(await hostCalls(page)).not.toContain('appInitialization.failure');
  });

  it('the page of an engagement that is not in the team’s lists', async () => {
    const { page } = await teams.open();
    await page.goto(teams.dev().hostUrl({ entityId: 'deleted-long-ago' }));
    const frame = tabFrame(page);
    await frame.getByText(/not in the team's lists/).waitFor();
    await expect.poll(() => hostCalls(page)).toContain('appInitialization.success');
    expect(await hostCalls(page)).not.toContain('appInitialization.failure');
  });
});
