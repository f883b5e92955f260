/**
 * JavaScript a Teams user downloads before the first board is on screen: the app framed by the
 * Teams host fake, reading emulated SharePoint (teams-js, MSAL's chunk if loaded, graph-client and
 * the matrix included). Sizes are gzip -9 of the bodies the browser actually received.
 */
import { createSharePointStore } from '../../src/adapters/graph/sharepoint-store';
import { emptyProfile, newEngagement } from '../../src/domain/engagement';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/templates';
import { clientFor } from '../fakes/graph-emulator/test-harness';
import { DEV_TEAMS, startTeamsDev } from '../fakes/teams-host/dev-teams';
import { openBrowser } from '../e2e/support/browser';
import { gzipKb } from './bundle-size';

export async function measureTeamsFirstBoard(): Promise<{ jsGzKb: number; files: number }> {
  const dev = await startTeamsDev({ quiet: true });
  const session = await openBrowser({ ignoreHttpsErrors: true });
  try {
    let next = 0;
    const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++next}`);
    const store = createSharePointStore({
      client: clientFor(dev.graph),
      site: { groupId: DEV_TEAMS.groupId },
    });
    await store.createEngagement(
      newEngagement('bench-teams', { ...emptyProfile('2026-09-01'), customer: 'Bench' }, rows),
    );
    const sizes = new Map<string, number>();
    const pending: Promise<void>[] = [];
    session.page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      const url = new URL(response.url());
      if (url.pathname.startsWith('/teams-host/')) return; // the fake host's own script
      pending.push(
        response.body().then(
          (body) => void sizes.set(url.pathname, gzipKb(body)),
          () => undefined,
        ),
      );
    });
    await session.page.goto(dev.hostUrl({ entityId: 'bench-teams' }));
    await session.page
      .frameLocator('iframe[title="Tab"]')
      .locator('[data-testid="matrix-grid"] [data-row-id]')
      .first()
      .waitFor();
    await Promise.all(pending);
    return { jsGzKb: [...sizes.values()].reduce((a, b) => a + b, 0), files: sizes.size };
  } finally {
    await session.close();
    await dev.close();
  }
}
