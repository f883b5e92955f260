/**
 * Which scripts a local-mode user fetches before the first matrix row is on screen, file by file
 * (gzip -9 of the built files). The bench prints only the total; this tells where it comes from, so
 * a change meant to slim the first board can be checked before and after on the same build folder.
 *
 *   npx vite build --outDir /tmp/slim-dist --emptyOutDir
 *   npx tsx tests/bench/first-board-scripts.ts /tmp/slim-dist
 *
 * With `--teams` it also builds for the Teams host fake and prints that total (teams-figures.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { openBrowser } from '../e2e/support/browser';
import { gzipKb } from './bundle-size';
import { seedEngagement } from './seed-browser-store';
import { measureTeamsFirstBoard } from './teams-figures';

export interface ScriptSize {
  readonly path: string;
  readonly gzKb: number;
}

/** Scripts requested from a fresh load of a 14-row matrix until its first row is visible. */
export async function measureLocalFirstBoard(distDir: string): Promise<ScriptSize[]> {
  const server = await preview({
    build: { outDir: distDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no preview port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const session = await openBrowser();
  const { page } = session;
  try {
    await page.goto(baseUrl);
    await page.getByRole('button', { name: /create engagement/i }).waitFor();
    let next = 0;
    const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `first-board-row-${++next}`);
    const engagement = newEngagement(
      'first-board',
      { ...emptyProfile('2026-09-01'), customer: 'First board' },
      rows,
    );
    await seedEngagement(page, engagement);
    await page.goto('about:blank');
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}#/e/${engagement.id}/matrix`);
    await page.locator('[data-testid="matrix-grid"] [data-row-id]').first().waitFor();
    return [...scripts]
      .map((path) => ({ path, gzKb: gzipKb(readFileSync(join(distDir, path))) }))
      .sort((a, b) => b.gzKb - a.gzKb);
  } finally {
    await session.close();
    await server.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const distDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
  const sizes = await measureLocalFirstBoard(distDir);
  const total = sizes.reduce((sum, size) => sum + size.gzKb, 0);
  console.log(`Local mode, JS fetched until the matrix is on screen (${distDir}):`);
  for (const { path, gzKb } of sizes) console.log(`${gzKb.toFixed(1).padStart(7)} KB  ${path}`);
  console.log(`${total.toFixed(1).padStart(7)} KB  total in ${sizes.length} files`);
  if (args.includes('--teams')) {
    const teams = await measureTeamsFirstBoard();
    console.log(
      `Teams mode (host fake), JS until the matrix is on screen: ${teams.jsGzKb.toFixed(1)} KB in ${teams.files} files`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
