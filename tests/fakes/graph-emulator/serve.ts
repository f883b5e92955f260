/**
 * Serving the emulator over HTTP(S) on 127.0.0.1 for end-to-end runs.
 * docs/platform.md#graph-client: graph-client only authenticates and only follows absolute
 * nextLinks on **https** URLs, so https is the default, with a self-signed certificate for
 * `localhost`/127.0.0.1 made by the `openssl` CLI at runtime.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServeOptions, ServedEmulator } from './types';

interface KeyPair {
  key: string;
  cert: string;
}

let cachedPair: KeyPair | null | undefined;

/** A self-signed certificate for localhost, or null when `openssl` is unavailable. */
export function selfSignedCertificate(): KeyPair | null {
  if (cachedPair !== undefined) return cachedPair;
  const dir = mkdtempSync(join(tmpdir(), 'graph-emulator-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    cachedPair = { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } catch {
    cachedPair = null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return cachedPair;
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const body =
    method === 'GET' || method === 'HEAD' || chunks.length === 0
      ? undefined
      : Buffer.concat(chunks);
  return new Request(new URL(req.url ?? '/', origin), { method, headers, body });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => (headers[key] = value));
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

export async function serveHandler(
  handle: (request: Request) => Promise<Response>,
  options: ServeOptions = {},
): Promise<ServedEmulator> {
  const pair = options.https === false ? null : selfSignedCertificate();
  const protocol = pair ? 'https' : 'http';
  let origin = '';
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    // Links the emulator hands out (nextLink) use the host the client called.
    toRequest(req, req.headers.host ? `${protocol}://${req.headers.host}` : origin)
      .then(handle)
      .then((response) => writeResponse(res, response))
      .catch((error: unknown) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(error));
      });
  };
  const server = pair ? createHttpsServer(pair, listener) : createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // docs/platform.md#graph-client: graph-client's customHosts take a hostname without port:
  // "localhost".
  origin = `${protocol}://localhost:${port}`;
  return {
    url: `${origin}/`,
    protocol,
    ...(pair ? { certificate: pair.cert } : {}),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
