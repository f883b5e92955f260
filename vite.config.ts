import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './manifest/csp.ts';
import { favicon } from './manifest/favicon.ts';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

// One config for the app build and for every Vitest project.
// Test levels are separate projects so CI and `npm test` can pick them by name.
export default defineConfig({
  // The page lives in src/ so the repository's top level stays as the README describes.
  root: 'src',
  envDir: repoRoot,
  publicDir: false,
  plugins: [react(), favicon()],
  build: {
    outDir: `${repoRoot}dist`,
    emptyOutDir: true,
    target: 'es2022',
    // No source maps in what ships: they would publish the whole source next to the app. For
    // debugging a build, `TANDEM_SOURCEMAP=hidden npm run build` writes maps without linking them
    // from the bundles; keep those out of any hosting (README, "What ships").
    sourcemap: process.env['TANDEM_SOURCEMAP'] === 'hidden' ? 'hidden' : false,
    reportCompressedSize: false,
    rollupOptions: {
      // The app, and the privacy and terms pages the Teams manifest links to (static, no script).
      input: {
        main: `${repoRoot}src/index.html`,
        privacy: `${repoRoot}src/privacy.html`,
        terms: `${repoRoot}src/terms.html`,
      },
    },
  },
  // The import's worker (features/matrix/export/import-worker.ts) loads exceljs with import():
  // code-splitting inside a worker needs ES module output.
  worker: { format: 'es' },
  preview: {
    port: 4173,
    strictPort: true,
    headers: {
      // Only Teams and Microsoft 365 may frame the tab (docs/platform.md#frame-ancestors); 'self'
      // lets a host fake served by the preview frame it. The production configs in assets/hosting/
      // omit 'self'.
      'Content-Security-Policy': contentSecurityPolicy({ extraAncestors: ["'self'"] }),
      'X-Content-Type-Options': 'nosniff',
    },
  },
  test: {
    root: repoRoot,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'contract',
          include: ['tests/contract/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // Self-tests of the fakes (Graph emulator): they must behave like the real services.
          name: 'fakes',
          include: ['tests/fakes/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/integration/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
