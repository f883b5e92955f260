import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from './support/browser';
import { createEngagementFromTemplate } from './support/app';

/**
 * The matrix paints with light stand-ins for its menus, role forms, edit boxes and filters, and
 * fetches their code once it is on screen. Right after the first row appears, then, the first
 * keystroke may reach a stand-in or the real control; either way it must behave as the real one.
 */
let session: BrowserSession;
beforeEach(async () => {
  session = await openBrowser();
});
afterEach(async () => {
  await session.close();
});

const box = async (page: Page, name: string) => {
  const bounds = await page.getByRole('combobox', { name }).boundingBox();
  if (!bounds) throw new Error(`${name} is not on screen`);
  return bounds;
};

describe('controls loaded on demand, in a browser', () => {
  it('opens a row’s menu on the first Enter with its first item focused', async () => {
    const { page } = session;
    await createEngagementFromTemplate(page);
    const row = page.locator('[data-testid="matrix-grid"] [data-row-id]').nth(1);
    await row.getByRole('button', { name: /^Actions for / }).focus();
    await page.keyboard.press('Enter');

    const moveUp = page.getByRole('menuitem', { name: 'Move up' });
    await moveUp.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Move up');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toMatch(/^Actions for /);
  });

  it('keeps the filters exactly where they are when the real dropdowns replace the stand-ins', async () => {
    const { page } = session;
    await createEngagementFromTemplate(page);
    const before = await box(page, 'Filter by owner');
    // Fluent's Dropdown button carries focus-manager attributes; the stand-in has none.
    await page.locator('[role="combobox"][data-tabster]').first().waitFor();
    expect(await box(page, 'Filter by owner')).toEqual(before);

    await page.getByRole('combobox', { name: 'Filter by owner' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Joint' }).click();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('[data-testid="matrix-grid"] [data-row-id]').count())
      .toBe(2);
  });
});
