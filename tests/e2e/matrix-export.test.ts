import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { openBrowser, type BrowserSession } from './support/browser';
import { createEngagementFromTemplate } from './support/app';

/**
 * Exports and import of the matrix in the production build: exceljs is not fetched until an Excel
 * export, a CSV import lands as rows, and printing shows every row black on white, even in the
 * dark theme.
 */
let session: BrowserSession;
beforeEach(async () => {
  session = await openBrowser({ colorScheme: 'dark' });
});
afterEach(async () => {
  await session.close();
});

const HEADER =
  'Function,Category,Internal role,Internal condition,MSP role,MSP condition,Owner,Tie-breaker,Notes';
const CSV = [
  HEADER,
  "'=cmd|' /C calc'!A0,Security,None,,Primary,,,,<b>not bold</b>",
  'Printer fleet,Support,Secondary,Overflow only,Primary,,,,',
  'Zürich office Wi-Fi,Network,Primary,,Secondary,After hours,,,',
].join('\r\n');

describe('matrix exports and import, in a browser', () => {
  it('imports a CSV, prints every row, and fetches exceljs only for an Excel export', async () => {
    const { page } = session;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await createEngagementFromTemplate(page);
    // Past the after-paint prefetch of the matrix's menus: still no exceljs.
    await page.waitForTimeout(2500);
    expect(requests.filter((url) => /exceljs/.test(url))).toEqual([]);

    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import functions' });
    await dialog.getByLabel(/CSV or Excel file/).setInputFiles({
      name: 'matrix.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${CSV}`, 'utf8'),
    });
    await dialog.getByText('3 rows ready: 3 new, 0 updating a function, 0 unchanged.').waitFor();
    await dialog.getByRole('button', { name: 'Import 3 rows' }).click();
    await page.getByText('17 of 17 functions').waitFor();
    await page.getByRole('button', { name: 'Undo' }).waitFor();

    await page.evaluate(() => {
      window.print = () => undefined; // headless Chromium would wait on the print dialog
    });
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'Print…' }).click();
    await page.emulateMedia({ media: 'print' });
    const printed = page.getByTestId('print-matrix');
    await printed.waitFor();
    expect(await printed.locator('tbody tr').count()).toBe(17);
    expect(await printed.locator('tbody tr').nth(14).locator('td').nth(1).textContent()).toBe(
      "=cmd|' /C calc'!A0",
    );
    await expect.poll(() => printed.textContent()).toContain('<b>not bold</b>');
    expect(await page.locator('#root').isVisible()).toBe(false);
    const colours = await printed.evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.color, getComputedStyle(document.body).backgroundColor];
    });
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await printed.waitFor({ state: 'detached' });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^tandem-contoso-dental-matrix-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const bytes = await readFile((await file.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(requests.some((url) => /exceljs/.test(url))).toBe(true);
  });

  it('opens Export and Import from the keyboard alone', async () => {
    const { page } = session;
    await createEngagementFromTemplate(page);
    // Right after the first row: the Export button may still be the stand-in; Enter opens it anyway.
    await page.getByRole('button', { name: 'Export' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'CSV (.csv)' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('CSV (.csv)');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const csv = await download;
    expect(csv.suggestedFilename()).toMatch(/^tandem-contoso-dental-matrix-.*\.csv$/);
    const text = await readFile((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFFFunction,Category,Internal role')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(15);

    await page.getByRole('button', { name: 'Import…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Import functions' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('issue 13 item 7: reads imports in a worker — a 100,000-row CSV is refused, an Excel workbook imports', async () => {
    const { page } = session;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await createEngagementFromTemplate(page);

    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import functions' });
    const rows = Array.from({ length: 100_000 }, (_, n) => `Function ${n},Ops,Primary,,None,,,,`);
    await dialog.getByLabel(/CSV or Excel file/).setInputFiles({
      name: 'huge.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([HEADER, ...rows].join('\r\n'), 'utf8'),
    });
    await dialog
      .getByText(
        '“huge.csv” has 100,000 rows; Tandem imports at most 5,000 functions at a time. Split the file.',
      )
      .waitFor();
    expect(await dialog.getByRole('button', { name: /^Import \d+ rows?$/ }).isDisabled()).toBe(
      true,
    );
    expect(workers).toHaveLength(1);

    // exceljs is fetched inside the worker, under the tab's CSP (worker-src 'self').
    const { writeMatrixWorkbook } = await import('../../src/features/matrix/export/matrix-xlsx');
    const workbook = await writeMatrixWorkbook(
      [HEADER.split(','), ['Printer fleet', 'Support', 'Primary', '', 'None', '', '', '', '']],
      { engagement: 'Contoso', version: '1', exportedAt: '2026-12-07T10:00:00.000Z' },
    );
    await dialog.getByLabel(/CSV or Excel file/).setInputFiles({
      name: 'matrix.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(workbook),
    });
    await dialog.getByText('1 row ready: 1 new, 0 updating a function, 0 unchanged.').waitFor();
    expect(workers).toHaveLength(2);
    await dialog.getByRole('button', { name: 'Import 1 row' }).click();
    await page.getByText('15 of 15 functions').waitFor();
    expect(errors).toEqual([]);
  });
});
