/**
 * One small static server on 127.0.0.1 for the tab AND the Teams host fake, so both share an origin
 * — teams-js accepts its own origin as a parent without any allow-list
 * (docs/platform.md#teams-js-initialization).
 *
 *   /teams-host/host.html, /teams-host/host.js   the host fake (this folder)
 *   everything else                               files under `appRoot` (default: the build, dist/),
 *                                                 `index.html` for extension-less paths (SPA fallback)
 *
 * Run by hand: `npx vite build && npx tsx tests/fakes/teams-host/serve.ts [--root dist] [--port 4300]`
 * and open the printed host URL (add query parameters as host.js describes).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HOST_DIR = fileURLToPath(new URL('.', import.meta.url));
const HOST_FILES = new Set(['host.html', 'host.js']);
const DEFAULT_APP_ROOT = fileURLToPath(new URL('../../../dist/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface ServeTeamsHostOptions {
  /** Folder served at `/`; default the repository's dist/. */
  readonly appRoot?: string;
  /** Default 0: any free port. */
  readonly port?: number;
  /**
   * `Content-Security-Policy` sent with the tab's files (not the host fake's own pages), so the
   * app runs under the policy it ships with (manifest/csp.ts).
   */
  readonly tabPolicy?: string;
}

export interface TeamsHostServer {
  /** `http://127.0.0.1:PORT`, the origin of both the tab and the host page. */
  readonly origin: string;
  /**
   * The host page framing `tab` (a path on this server, e.g. `/` or `/index.html?probe=1`),
   * with host.js query parameters such as `{ frame: 'settings', tid: 't1', silent: '1' }`.
   */
  hostUrl(tab: string, params?: Readonly<Record<string, string>>): string;
  close(): Promise<void>;
}

async function fileIfExists(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileIfExists(join(path, 'index.html'));
    return null;
  } catch {
    return null;
  }
}

/** The file a request path maps to, or null; never a file outside `root`. */
async function resolveFile(appRoot: string, pathname: string): Promise<string | null> {
  const hostFile = /^\/teams-host\/([\w.-]+)$/.exec(pathname)?.[1];
  if (hostFile !== undefined) return HOST_FILES.has(hostFile) ? join(HOST_DIR, hostFile) : null;
  const root = resolve(appRoot);
  const target = resolve(root, `.${decodeURIComponent(pathname)}`);
  if (target !== root && !target.startsWith(root + sep)) return null;
  const found = await fileIfExists(target);
  if (found || extname(pathname) !== '') return found;
  return fileIfExists(join(root, 'index.html'));
}

async function send(
  res: ServerResponse,
  file: string | null,
  policy: string | undefined,
): Promise<void> {
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const body = await readFile(file);
  res
    .writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(policy ? { 'content-security-policy': policy } : {}),
    })
    .end(body);
}

export async function serveTeamsHost(
  options: ServeTeamsHostOptions = {},
): Promise<TeamsHostServer> {
  const appRoot = options.appRoot ?? DEFAULT_APP_ROOT;
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    resolveFile(appRoot, pathname)
      .then((file) =>
        send(res, file, pathname.startsWith('/teams-host/') ? undefined : options.tabPolicy),
      )
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(String(error));
      });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hostUrl(tab, params = {}) {
      const query = new URLSearchParams({ tab, ...params });
      return `${origin}/teams-host/host.html?${query}`;
    },
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

const option = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = option('root');
  const served = await serveTeamsHost({
    appRoot: root ? resolve(root) : undefined,
    port: Number(option('port') ?? 4300),
  });
  console.log(`Tab:        ${served.origin}/`);
  console.log(`Teams host: ${served.hostUrl('/')}`);
  console.log(`Settings:   ${served.hostUrl('/', { frame: 'settings' })}`);
}
