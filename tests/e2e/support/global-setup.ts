import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

/**
 * Serves the production build (`dist/`, made by `npm run test:e2e`) with `vite preview` on a free
 * loopback port for the browser tests, exactly as users get it. `TANDEM_DIST` points it at another
 * build folder (absolute path), so two checkouts' test runs do not overwrite each other's `dist/`.
 */
let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  const outDir = resolve(process.env.TANDEM_DIST ?? 'dist');
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(
      `No build in ${outDir}. Run \`npm run test:e2e\` (it builds first) or \`npm run build\`.`,
    );
  }
  server = await preview({
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port.');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
