/**
 * `npx tsx tests/bench/walk-host.ts [outDir]`: screenshots of how Tandem meets a slow or silent
 * Teams host and a reconfigured tab, in the Teams host fake at 400 and 1366 px, light and dark —
 * for a person to look at, not a test (`npm run build` is not needed: the host fake builds).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser } from '../e2e/support/browser';
import { startTeamsDev } from '../fakes/teams-host/dev-teams';

const out = process.argv[2] ?? (await mkdtemp(join(tmpdir(), 'tandem-walk-host-')));
const dev = await startTeamsDev({ quiet: true });
try {
  for (const width of [400, 1366]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const tag = `host-${width}-${colorScheme}`;
      const session = await openBrowser({
        viewport: { width, height: 800 },
        colorScheme,
        ignoreHttpsErrors: true,
      });
      const { page } = session;
      const theme = colorScheme === 'dark' ? 'dark' : 'default';
      try {
        await page.goto(dev.hostUrl({ initializeDelay: '8000', theme }));
        await page
          .frameLocator('iframe[title="Tab"]')
          .getByText(/taking a while/)
          .waitFor();
        await page.screenshot({ path: join(out, `${tag}-slow.png`) });
        if (width === 400) {
          await page.goto(dev.hostUrl({ silent: '1', theme }));
          await page
            .frameLocator('iframe[title="Tab"]')
            .getByRole('heading', { name: /could not connect/ })
            .waitFor({ timeout: 40_000 });
          await page.screenshot({ path: join(out, `${tag}-unreached.png`) });
        }
      } catch (error) {
        console.error(`${tag}: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await session.close();
      }
    }
  }
} finally {
  await dev.close();
}
console.log(`Screenshots in ${out}`);
