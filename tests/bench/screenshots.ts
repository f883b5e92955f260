/**
 * `npm run screenshots`: builds, then captures the README's pictures from the real app in headless
 * Chromium (local mode, default template) into assets/screenshots/.
 */
import { preview } from 'vite';
import { openBrowser } from '../e2e/support/browser';

const OUT = 'assets/screenshots';

const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false } });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('no preview port');
const session = await openBrowser({ viewport: { width: 1440, height: 900 } });
const { page } = session;
try {
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.getByRole('textbox', { name: 'Customer' }).fill('Contoso Dental');
  await page.getByRole('textbox', { name: 'MSP', exact: true }).fill('Fabrikam IT');
  await page.getByRole('textbox', { name: 'Internal IT lead', exact: true }).fill('Dana Whitfield');
  await page
    .getByRole('textbox', { name: 'MSP engagement manager', exact: true })
    .fill('Sam Okafor');
  await page.screenshot({ path: `${OUT}/first-run.png` });
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await page.locator('[data-testid="matrix-grid"] [data-row-id]').first().waitFor();
  await page.screenshot({ path: `${OUT}/matrix.png` });
  for (const [tab, file] of [
    ['Ownership board', 'board'],
    ['Health', 'health'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await page.locator('main h2').first().waitFor();
    await page.screenshot({ path: `${OUT}/${file}.png` });
  }
  console.log(`Screenshots written to ${OUT}/`);
} finally {
  await session.close();
  await server.close();
}
