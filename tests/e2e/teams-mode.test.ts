/**
 * Tandem in Teams mode end to end: the app (built with VITE_GRAPH_EMULATOR_URL) framed by the Teams
 * host fake, reading and writing the team's SharePoint lists in the Graph emulator over HTTPS.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WithTandemHost } from '../fakes/teams-host/host-api';
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

async function configureNewEngagement(page: Page, customer: string): Promise<string> {
  await page.goto(dev.hostUrl({ frame: 'settings' }));
  const frame = tabFrame(page);
  // A team without engagements starts in the form; otherwise the list offers "Create".
  const create = frame.getByRole('button', { name: 'Create a new engagement' });
  const template = frame.getByRole('radio', { name: /Co-managed IT/ });
  await create.or(template).first().waitFor();
  if (await create.isVisible()) await create.click();
  await template.check();
  await frame.getByRole('textbox', { name: 'Customer' }).fill(customer);
  await frame.getByRole('textbox', { name: 'MSP', exact: true }).fill('Fabrikam IT');
  await frame.getByRole('button', { name: 'Create engagement' }).click();
  await frame.getByRole('radio', { name: new RegExp(customer) }).waitFor();
  await page.waitForFunction(() => (window as unknown as WithTandemHost).tandemHost.validity);
  const outcome = await page.evaluate(() =>
    (window as unknown as WithTandemHost).tandemHost.pressSave(),
  );
  expect(outcome).toEqual({ ok: true });
  const config = (await page.evaluate(
    () => (window as unknown as WithTandemHost).tandemHost.config,
  )) as { entityId: string; suggestedDisplayName: string; contentUrl: string };
  expect(config.suggestedDisplayName).toBe(`Tandem — ${customer}`);
  expect(config.contentUrl).toMatch(new RegExp(`/index\\.html#/e/${config.entityId}/matrix$`));
  return config.entityId;
}

describe('Teams mode with the Graph emulator', () => {
  it('configures a tab with a new engagement, then shows it from SharePoint', async () => {
    session = await openBrowser({ ignoreHttpsErrors: true });
    const { page } = session;
    const entityId = await configureNewEngagement(page, 'Contoso Dental');

    await page.goto(dev.hostUrl({ entityId }));
    const frame = tabFrame(page);
    // When the host hears "success", the matrix rows are already in the tab's document.
    const rowsAtSuccess = await page.evaluate(async () => {
      await (window as unknown as WithTandemHost).tandemHost.waitFor('appInitialization.success');
      const doc = document.querySelector('iframe')?.contentDocument;
      return doc?.querySelectorAll('[data-testid="matrix-grid"] [data-row-id]').length ?? 0;
    });
    expect(rowsAtSuccess).toBeGreaterThan(0);
    const funcs = await hostCalls(page);
    expect(funcs).toContain('appInitialization.appLoaded');
    expect(funcs).not.toContain('appInitialization.failure');
    expect(await frame.getByTestId('mode-badge').textContent()).toBe(
      'Teams — stored in SharePoint',
    );
    expect(await frame.locator('[data-testid="matrix-grid"] [data-row-id]').count()).toBe(14);

    // Theme pushed by the host restyles the page.
    const background = () =>
      frame
        .getByTestId('teams-app')
        .evaluate((element) => getComputedStyle(element).backgroundColor);
    const light = await background();
    await page.evaluate(() => (window as unknown as WithTandemHost).tandemHost.pushTheme('dark'));
    await expect.poll(background).not.toBe(light);
    const dark = await background();
    await page.evaluate(() =>
      (window as unknown as WithTandemHost).tandemHost.pushTheme('contrast'),
    );
    await expect.poll(background).not.toBe(dark);
    expect(await background()).not.toBe(light);
  });

  it('lists the team’s engagements; choosing one with the keyboard enables Save', async () => {
    session = await openBrowser({ ignoreHttpsErrors: true });
    const { page } = session;
    await configureNewEngagement(page, 'Keyboard Ltd');
    await page.goto(dev.hostUrl({ frame: 'settings' }));
    const frame = tabFrame(page);
    const group = frame.getByRole('radiogroup', { name: 'Engagement for this tab' });
    await group.waitFor();
    await page.evaluate(() =>
      (window as unknown as WithTandemHost).tandemHost.waitFor('appInitialization.success'),
    );
    expect(
      await page.evaluate(() => (window as unknown as WithTandemHost).tandemHost.validity),
    ).toBe(false);
    await frame.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => (window as unknown as WithTandemHost).tandemHost.validity);
  });

  it('issue 14 item 7: reconfiguring a tab preselects its engagement and says so', async () => {
    session = await openBrowser({ ignoreHttpsErrors: true });
    const { page } = session;
    const entityId = await configureNewEngagement(page, 'Northwind Traders');
    await page.goto(dev.hostUrl({ frame: 'settings', entityId }));
    const frame = tabFrame(page);
    await frame.getByRole('heading', { name: 'Change the engagement shown in this tab' }).waitFor();
    expect(await frame.getByRole('radio', { name: /Northwind Traders/ }).isChecked()).toBe(true);
    await page.waitForFunction(() => (window as unknown as WithTandemHost).tandemHost.validity);
  });

  it('issue 14 item 2: a frame that never answers is told after 30 s, never switched to local storage silently', async () => {
    session = await openBrowser({ ignoreHttpsErrors: true });
    const { page } = session;
    await page.goto(dev.hostUrl({ silent: '1' }));
    const frame = tabFrame(page);
    // teams-js alone would wait 60 s; the app waits as long as Teams does (30 s), saying so.
    await frame.getByText(/Teams is taking a while to answer \(\d+ s\)/).waitFor();
    await frame
      .getByRole('heading', { name: 'Tandem could not connect to Microsoft Teams' })
      .waitFor({ timeout: 40_000 });
    expect(await frame.getByRole('button', { name: 'Create engagement' }).count()).toBe(0);
    await frame.getByRole('button', { name: 'Use Tandem in this browser only' }).click();
    await frame.getByRole('button', { name: 'Create engagement' }).waitFor();
    const funcs = await hostCalls(page);
    expect(funcs).toContain('initialize');
    expect(funcs).not.toContain('appInitialization.success');
  }, 60_000);

  it('issue 14 item 2: a host that answers initialize after 10 s still gets Teams mode', async () => {
    session = await openBrowser({ ignoreHttpsErrors: true });
    const { page } = session;
    await page.goto(dev.hostUrl({ initializeDelay: '10000' }));
    const frame = tabFrame(page);
    await frame.getByText(/Teams is taking a while to answer/).waitFor();
    await frame.getByTestId('mode-badge').waitFor({ timeout: 30_000 });
    expect(await frame.getByTestId('mode-badge').textContent()).toBe(
      'Teams — stored in SharePoint',
    );
  }, 60_000);

  it('reports AuthFailed and explains it in the tab when no token can be had', async () => {
    session = await openBrowser({ ignoreHttpsErrors: true });
    const { page } = session;
    await page.goto(dev.hostUrl({ entityId: 'any', token: '', tokenError: 'no consent' }));
    const failure = await page.evaluate(() =>
      (window as unknown as WithTandemHost).tandemHost.waitFor('appInitialization.failure'),
    );
    expect(failure.args[0]).toBe('AuthFailed');
    await tabFrame(page).getByRole('alert').getByText('What to try:').waitFor();
    expect(await hostCalls(page)).not.toContain('appInitialization.success');
  });

  it('opens a deep-linked row (subEntityId)', async () => {
    session = await openBrowser({ ignoreHttpsErrors: true });
    const { page } = session;
    const entityId = await configureNewEngagement(page, 'Deep Link Ltd');
    await page.goto(dev.hostUrl({ entityId }));
    const rows = tabFrame(page).locator('[data-testid="matrix-grid"] [data-row-id]');
    await rows.first().waitFor();
    const rowId = await rows.nth(5).getAttribute('data-row-id');
    expect(rowId).toBeTruthy();

    await page.goto(dev.hostUrl({ entityId, subEntityId: rowId as string }));
    await tabFrame(page).locator('[data-testid="matrix-grid"] [data-row-id]').first().waitFor();
    const src = await page.evaluate(() => (window as unknown as WithTandemHost).tandemHost.tabUrl);
    expect(src).toContain('/index.html');
    const frameUrl = await page.frames()[1]?.evaluate(() => window.location.hash);
    expect(frameUrl).toBe(`#/e/${entityId}/matrix?row=${rowId}`);
    await tabFrame(page).locator(`[data-row-id="${rowId}"][aria-current="true"]`).waitFor();
  });
});
