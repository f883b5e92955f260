import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';
import { baseUrl, createEngagementFromTemplate } from './support/app';

let session: BrowserSession;
beforeEach(async () => {
  session = await openBrowser();
});
afterEach(async () => {
  await session.close();
});

describe('local mode, first run', () => {
  it('creates an engagement from the default template with the seed’s 14 rows and owners', async () => {
    const { page } = session;
    await createEngagementFromTemplate(page);
    await expect(page.getByTestId('mode-badge').textContent()).resolves.toBe(
      'Local — stored in this browser',
    );
    const rows = page.locator('[data-testid="matrix-grid"] [data-row-id]');
    expect(await rows.count()).toBe(14);
    const ownerOf = async (name: string) =>
      (await rows.filter({ hasText: name }).getByTestId('owner-badge').textContent())?.trim();
    expect(await ownerOf('Tier 1 helpdesk')).toBe('Internal');
    expect(await ownerOf('After-hours emergency response')).toBe('MSP');
    expect(await ownerOf('Patch management for workstations')).toBe('Joint');
    expect(await ownerOf('Major projects')).toBe('Joint');
    await expect(rows.filter({ hasText: 'Tier 1 helpdesk' }).textContent()).resolves.toContain(
      'Overflow only',
    );
  });

  it('shows inline messages for bad input and keeps what was typed', async () => {
    const { page } = session;
    await page.goto(baseUrl());
    await page.getByRole('textbox', { name: 'Customer' }).fill('   ');
    await page.getByRole('spinbutton', { name: 'Employees' }).fill('-4');
    await page.getByRole('textbox', { name: 'Internal IT lead e-mail' }).fill('not-an-address');
    await page.getByRole('button', { name: 'Create engagement' }).click();
    await page.getByText('Customer name is required.').waitFor();
    await page.getByText('Employee count must be between 1 and 1000000.').waitFor();
    await page.getByText(/Internal lead e-mail must be an e-mail address/).waitFor();
    expect(await page.getByRole('textbox', { name: 'Internal IT lead e-mail' }).inputValue()).toBe(
      'not-an-address',
    );
  });

  it('keeps everything after a reload', async () => {
    const { page } = session;
    await createEngagementFromTemplate(page, 'Reload Ltd');
    const url = page.url();
    await page.reload();
    await page.locator('[data-testid="matrix-grid"] [data-row-id]').first().waitFor();
    expect(page.url()).toBe(url);
    await page.getByRole('heading', { name: 'Reload Ltd' }).waitFor();
    expect(await page.locator('[data-testid="matrix-grid"] [data-row-id]').count()).toBe(14);
  });
});
