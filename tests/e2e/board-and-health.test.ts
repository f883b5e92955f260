import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';
import {
  card,
  createEngagementFromTemplate,
  laneOf,
  moveCardByKeyboard,
  openView,
} from './support/app';

let session: BrowserSession;
beforeEach(async () => {
  session = await openBrowser();
});
afterEach(async () => {
  await session.close();
});

const vagueFindings = (session: BrowserSession) =>
  session.page.locator('[data-testid="finding"][data-check="vague-matrix"]');

describe('ownership board and health, local mode', () => {
  it('moves a row by keyboard and logs it; the vague-matrix finding comes and goes with the joint rows', async () => {
    const { page } = session;
    await createEngagementFromTemplate(page);
    await openView(page, 'Ownership board');
    await card(page, 'Tier 1 helpdesk').waitFor();

    await moveCardByKeyboard(page, 'Tier 1 helpdesk', 'MSP');
    expect(await laneOf(page, 'Tier 1 helpdesk')).toBe('msp');

    // The template has 2 joint rows and allows 3: two more make 4, which is vague.
    await moveCardByKeyboard(page, 'User onboarding', 'Joint');
    await openView(page, 'Health');
    await page
      .getByRole('heading', { name: /Health/ })
      .first()
      .waitFor();
    expect(await vagueFindings(session).count()).toBe(0);

    await openView(page, 'Ownership board');
    await moveCardByKeyboard(page, 'Compliance documentation', 'Joint');
    await openView(page, 'Health');
    await vagueFindings(session).waitFor();

    await openView(page, 'Ownership board');
    await moveCardByKeyboard(page, 'Compliance documentation', 'MSP');
    await openView(page, 'Health');
    await page.locator('[data-testid="finding"]').first().waitFor();
    expect(await vagueFindings(session).count()).toBe(0);

    await openView(page, 'Change log');
    await page.getByText('Agreed at the weekly call').first().waitFor();

    await page.reload();
    await openView(page, 'Ownership board');
    await card(page, 'Tier 1 helpdesk').waitFor();
    expect(await laneOf(page, 'Tier 1 helpdesk')).toBe('msp');
  });

  it('moves a card with the pointer (drag and drop) after the reason dialog', async () => {
    const { page } = session;
    await createEngagementFromTemplate(page);
    await openView(page, 'Ownership board');
    const source = card(page, 'On-site visits');
    const target = page.locator('[data-lane="unassigned"]');
    const from = await source.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('card or lane not laid out');
    await page.mouse.move(from.x + 20, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + 30, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 15 });
    await page.mouse.up();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Change owner' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await laneOf(page, 'On-site visits')).toBe('unassigned');
  });
});
