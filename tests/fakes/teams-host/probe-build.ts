/**
 * Bundles probe/ (a page running only the Teams host adapter over the real teams-js) with Vite's
 * build() into a temporary folder, so the adapter can be tested in a browser before the app's
 * composition root uses it. The repository's vite.config.ts is not used (it builds the app).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const PROBE_DIR = fileURLToPath(new URL('./probe/', import.meta.url));

export interface BuiltProbe {
  /** Serve this folder at `/` (serveTeamsHost's `appRoot`); the probe is its `/index.html`. */
  readonly dir: string;
  remove(): Promise<void>;
}

export async function buildProbe(): Promise<BuiltProbe> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-teams-probe-'));
  await build({
    configFile: false,
    root: PROBE_DIR,
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: dir, emptyOutDir: true, target: 'es2022', minify: false },
  });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
