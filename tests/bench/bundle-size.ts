import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip -9 size in KB (1024 bytes), as the budgets count it (docs/platform.md#product-figures). */
export const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1024;

export interface BuildSizes {
  /** Entry script + the chunks index.html preloads: what loads before React renders anything. */
  readonly entryJsGzKb: number;
  readonly entryFiles: readonly string[];
  readonly totalJsGzKb: number;
  readonly totalJsFiles: number;
}

/** Reads dist/: which scripts index.html loads up front, and everything the build emitted. */
export function measureBuild(distDir = 'dist'): BuildSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entryFiles = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  const assets = readdirSync(join(distDir, 'assets')).filter((file) => file.endsWith('.js'));
  const size = (file: string) => gzipKb(readFileSync(join(distDir, file)));
  return {
    entryJsGzKb: entryFiles.reduce((sum, file) => sum + size(file), 0),
    entryFiles,
    totalJsGzKb: assets.reduce((sum, file) => sum + size(join('assets', file)), 0),
    totalJsFiles: assets.length,
  };
}
