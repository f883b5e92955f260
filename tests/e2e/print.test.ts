import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';
import { createEngagementFromTemplate, openView } from './support/app';

/**
 * Issue 12 item 6 — "print works every time": each print shows its own document, in any order,
 * any number of times (the matrix print's hide-everything-else rule used to stay on the page and
 * blank the review's print until a reload).
 */
let session: BrowserSession;
beforeEach(async () => {
  session = await openBrowser();
});
afterEach(async () => {
  await session.close();
});

describe('printing, one document after another', () => {
  it('prints the matrix, then the quarterly review, then the matrix again', async () => {
    const { page } = session;
    await createEngagementFromTemplate(page);
    await page.evaluate(() => {
      window.print = () => undefined; // headless Chromium would wait on the print dialog
    });
    const printMatrix = async () => {
      await openView(page, 'Matrix');
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('menuitem', { name: 'Print…' }).click();
      await page.emulateMedia({ media: 'print' });
      const printed = page.getByTestId('print-matrix');
      await printed.waitFor();
      expect(await printed.isVisible()).toBe(true);
      expect(await printed.locator('tbody tr').count()).toBe(14);
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await printed.waitFor({ state: 'detached' });
    };

    await printMatrix();

    await openView(page, 'Quarterly review');
    await page.getByRole('button', { name: /^Start the .* review$/ }).click();
    await page.getByRole('button', { name: 'Print' }).click();
    const review = page.locator('[data-review-print]');
    await review.waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await review.isVisible()).toBe(true);
    expect(
      await page
        .getByRole('heading', { name: /review/i })
        .first()
        .isVisible(),
    ).toBe(true);
    const box = await review.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(100);
    await page.emulateMedia({ media: 'screen' });
    await page
      .getByRole('button', { name: /Back to the review|Close/ })
      .first()
      .click();

    await printMatrix();
  });
});
