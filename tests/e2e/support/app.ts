import type { Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

/** First run through the real form: default template, a customer name, create. */
export async function createEngagementFromTemplate(page: Page, customer = 'Contoso Dental') {
  await page.goto(baseUrl());
  await page.getByRole('radio', { name: /Co-managed IT/ }).check();
  await page.getByRole('textbox', { name: 'Customer' }).fill(customer);
  await page.getByRole('textbox', { name: 'MSP', exact: true }).fill('Fabrikam IT');
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await page.locator('[data-testid="matrix-grid"] [data-row-id]').first().waitFor();
}

export async function openView(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

export const card = (page: Page, name: string) =>
  page.getByTestId('board-card').filter({ hasText: name });

export const laneOf = async (page: Page, name: string) =>
  card(page, name).evaluate((element) => element.closest('[data-lane]')?.getAttribute('data-lane'));

/**
 * Moves a card on the board with the keyboard only: focus its "Move to…" button, open the menu
 * with Enter, walk to the lane with the arrow keys, confirm the dialog with Space/Tab/Enter.
 */
export async function moveCardByKeyboard(
  page: Page,
  name: string,
  lane: string,
  reason = 'Agreed at the weekly call',
) {
  await card(page, name)
    .getByRole('button', { name: /^Move .* to…$/ })
    .focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await menu.waitFor();
  for (let step = 0; step < 4; step++) {
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === lane) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type(reason);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
}
