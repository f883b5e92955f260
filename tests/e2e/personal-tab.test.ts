/**
 * The personal tab end to end: the app (built with VITE_GRAPH_EMULATOR_URL) framed by the Teams host
 * fake with a personal context (static tab entity id `engagements`, no team), reading the user's
 * joined teams and their SharePoint lists from the Graph emulator over HTTPS.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSharePointStore } from '../../src/adapters/graph/sharepoint/store';
import { type Engagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { clientFor } from '../fakes/graph-emulator/test-harness';
import type { WithTandemHost } from '../fakes/teams-host/host-api';
import {
  DEV_TEAMS,
  TEAM_CONTEXT_KEYS,
  startTeamsDev,
  type TeamsDev,
} from '../fakes/teams-host/dev-teams';
import { openBrowser, type BrowserSession } from './support/browser';
import { hostCalls, tabFrame } from './support/teams-tab';

const MARKETING = '9d8e7f60-1a2b-4c3d-8e9f-a0b1c2d3e4f5';

let dev: TeamsDev;
let marketingSite: string;
let session: BrowserSession | undefined;

function dentalEngagement(): Engagement {
  let next = 0;
  return {
    id: 'e2e-personal-dental',
    profile: {
      ...emptyProfile('2026-01-05'),
      customer: 'Contoso Dental',
      mspName: 'Fabrikam IT',
      internalLead: { name: 'Ian', upn: 'ian@contoso.onmicrosoft.com' },
      // The user, spelt with other capitals: UPNs match case-insensitively.
      mspLead: { name: 'Megan', upn: DEV_TEAMS.loginHint.toUpperCase() },
    },
    rows: rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++next}`),
    tools: [],
    channels: [],
    changeLog: [],
  };
}

beforeAll(async () => {
  dev = await startTeamsDev({ quiet: true });
  // Two teams the user has joined: the dev team holds an engagement (written as its channel tab
  // would), the other has never seen Tandem.
  await createSharePointStore({
    client: clientFor(dev.graph),
    site: { groupId: DEV_TEAMS.groupId },
  }).createEngagement(dentalEngagement());
  dev.graph.addJoinedTeam({ id: MARKETING, displayName: 'Marketing' });
  marketingSite = dev.graph.addGroupSite(MARKETING);
}, 180_000);
afterAll(async () => {
  await dev?.close();
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const personalTab = () =>
  dev.hostUrl({ entityId: 'engagements', omit: TEAM_CONTEXT_KEYS.join(',') });

/** axe's serious and critical findings, without Tabster's focus sentinels (see accessibility.test.ts). */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      nodes: v.nodes
        .filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy')))
        .map((n) => n.target.join(' ')),
    }))
    .filter((v) => v.nodes.length > 0);
}

describe('the personal tab in Teams with the Graph emulator', () => {
  it('lists the engagement the user leads with the rows they own, then reports success', async () => {
    session = await openBrowser({ ignoreHttpsErrors: true });
    const { page } = session;
    dev.graph.log.reset();
    await page.goto(personalTab());

    // When the host hears "success", the engagement and its rows are already in the tab's document.
    const atSuccess = await page.evaluate(async () => {
      await (window as unknown as WithTandemHost).tandemHost.waitFor('appInitialization.success');
      const doc = document.querySelector('iframe')?.contentDocument;
      return {
        engagements: doc?.querySelectorAll('[data-engagement-id]').length ?? 0,
        rows: doc?.querySelectorAll('[data-engagement-id] [data-row-id]').length ?? 0,
      };
    });
    // 9 MSP rows and 2 joint rows of the guide's matrix are the MSP lead's.
    expect(atSuccess).toEqual({ engagements: 1, rows: 11 });

    const frame = tabFrame(page);
    const team = frame.getByRole('region', { name: DEV_TEAMS.teamName });
    const engagement = team.getByRole('article', { name: 'Contoso Dental' });
    await engagement.getByText('You lead the MSP side').waitFor();
    await engagement.getByText('11 rows you own').waitFor();
    const table = engagement.getByRole('table', { name: 'Rows you own in Contoso Dental' });
    expect(await table.getByRole('row').count()).toBe(12); // header + 11
    expect(await table.getByText('After-hours emergency response').count()).toBe(1);
    expect(await table.getByText('Tier 1 helpdesk', { exact: false }).count()).toBe(0);
    expect(await frame.getByRole('region', { name: 'Marketing' }).count()).toBe(0);
    await frame.getByText('1 more of your teams has no Tandem engagements.').waitFor();

    const funcs = await hostCalls(page);
    expect(funcs).toContain('appInitialization.appLoaded');
    expect(funcs).not.toContain('appInitialization.failure');

    // Only reads: the team without Tandem has no lists afterwards, and nothing was written anywhere.
    const entries = dev.graph.log.entries();
    expect(entries.some((e) => e.url.endsWith('/me/joinedTeams'))).toBe(true);
    expect(entries.every((e) => e.method === 'GET' || e.url.endsWith('/$batch'))).toBe(true);
    expect(dev.graph.state.lists(marketingSite)).toEqual([]);
    // joinedTeams, then one $batch each for sites, lists, engagement items and the user's rows.
    expect(dev.graph.log.roundTrips()).toBe(5);
  });

  it('passes an axe scan in the light, dark and high-contrast themes', async () => {
    session = await openBrowser({ ignoreHttpsErrors: true });
    const { page } = session;
    await page.goto(personalTab());
    const frame = tabFrame(page);
    await frame.getByRole('table', { name: 'Rows you own in Contoso Dental' }).waitFor();
    const background = () =>
      frame
        .getByTestId('teams-app')
        .evaluate((element) => getComputedStyle(element).backgroundColor);
    const seen: string[] = [await background()];
    expect(await seriousViolations(page)).toEqual([]);
    for (const theme of ['dark', 'contrast']) {
      await page.evaluate(
        (name) => (window as unknown as WithTandemHost).tandemHost.pushTheme(name),
        theme,
      );
      await expect.poll(background).not.toBe(seen[seen.length - 1]);
      seen.push(await background());
      expect(await seriousViolations(page)).toEqual([]);
    }
    // The theme change restyled the page without reading Graph again.
    expect(await frame.getByRole('article', { name: 'Contoso Dental' }).count()).toBe(1);
  });
});
