/**
 * JavaScript a Teams user downloads before the first board is on screen: the app framed by the
 * Teams host fake, reading emulated SharePoint (teams-js, graph-client and the matrix included).
 * Sizes are gzip -9 of the bodies the browser actually received.
 *
 * The emulator build takes its token from the host, so it never fetches MSAL's chunk; a real
 * tenant's build fetches it at start (src/app/lazy-auth.ts) before any data. So the figure adds
 * that chunk and the chunks it imports that were not fetched already, read from Vite's manifest.
 */
import { createSharePointStore } from '../../src/adapters/graph/sharepoint/store';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { clientFor } from '../fakes/graph-emulator/test-harness';
import { DEV_TEAMS, startTeamsDev } from '../fakes/teams-host/dev-teams';
import { openBrowser } from '../e2e/support/browser';
import { gzipKb } from './bundle-size';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Vite's build manifest entry (`.vite/manifest.json`). */
interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
}

/** MSAL's chunk and its static imports that the measured page did not fetch, gzip KB. */
function msalPathKb(outDir: string, fetched: ReadonlySet<string>): number {
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const visit = (key: string): number => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return 0;
    seen.add(key);
    const own = fetched.has(`/${chunk.file}`) ? 0 : gzipKb(readFileSync(join(outDir, chunk.file)));
    return own + (chunk.imports ?? []).reduce((sum, next) => sum + visit(next), 0);
  };
  const kb = visit('adapters/auth/msal-auth.ts');
  if (kb === 0) throw new Error('No MSAL chunk in the build manifest: has lazy-auth changed?');
  return kb;
}

export interface TeamsFirstBoard {
  /** Fetched in the emulator build plus MSAL's path: what a real tenant downloads. */
  readonly jsGzKb: number;
  readonly measuredGzKb: number;
  readonly msalGzKb: number;
  readonly files: number;
}

export async function measureTeamsFirstBoard(): Promise<TeamsFirstBoard> {
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
    const measuredGzKb = [...sizes.values()].reduce((a, b) => a + b, 0);
    const msalGzKb = msalPathKb(dev.outDir, new Set(sizes.keys()));
    return { jsGzKb: measuredGzKb + msalGzKb, measuredGzKb, msalGzKb, files: sizes.size };
  } finally {
    await session.close();
    await dev.close();
  }
}
