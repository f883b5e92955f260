/**
 * The copyable hosting configs in assets/hosting/ must send exactly the headers manifest/csp.ts
 * defines; this fails when one of them drifts.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  FRAME_ANCESTORS,
  parseFrameAncestors,
  securityHeaders,
  STRICT_TRANSPORT_SECURITY,
} from '../../../manifest/csp';
import { GRAPH_CLOUDS } from '../../../src/adapters/graph/http/clouds';

const HOSTING = fileURLToPath(new URL('../../../assets/hosting/', import.meta.url));

/**
 * The hosts the Teams tab requirements list for `frame-ancestors`
 * (docs/platform.md#frame-ancestors).
 */
const TEAMS_AND_M365_HOSTS = [
  '*.cloud.microsoft',
  'teams.microsoft.com',
  '*.teams.microsoft.com',
  '*.microsoft365.com',
  '*.office.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook-sdf.office.com',
  'outlook-sdf.office365.com',
];

type Headers = Record<string, string>;

/** Each config's security headers, read the way its server reads them. */
const READERS: Record<string, (text: string) => Headers> = {
  'staticwebapp.config.json': (text) =>
    (JSON.parse(text) as { globalHeaders: Headers }).globalHeaders,
  'nginx.conf': (text) =>
    Object.fromEntries(
      [...text.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map((m) => [
        m[1] ?? '',
        m[2] ?? '',
      ]),
    ),
  'web.config': (text) =>
    Object.fromEntries(
      [...text.matchAll(/<add name="([\w-]+)" value="([^"]*)" \/>/g)].map((m) => [
        m[1] ?? '',
        m[2] ?? '',
      ]),
    ),
};

describe('manifest/csp.ts', () => {
  it('allows exactly the Teams and Microsoft 365 hosts of the tab requirements', () => {
    expect([...FRAME_ANCESTORS]).toEqual(TEAMS_AND_M365_HOSTS);
    expect(parseFrameAncestors(contentSecurityPolicy())).toEqual(TEAMS_AND_M365_HOSTS);
  });

  it('adds local-only sources after the Microsoft 365 hosts when asked', () => {
    expect(parseFrameAncestors(contentSecurityPolicy({ extraAncestors: ["'self'"] }))).toEqual([
      ...TEAMS_AND_M365_HOSTS,
      "'self'",
    ]);
  });

  it('issue 13 item 9: allows scripts only from the app, no plugins, no <base>, and Graph of every cloud', () => {
    const directives = new Map(
      contentSecurityPolicy()
        .split('; ')
        .map((part) => [part.split(' ')[0], part.split(' ').slice(1)] as const),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    for (const cloud of Object.values(GRAPH_CLOUDS)) {
      expect(directives.get('connect-src')).toContain(new URL(cloud.baseUrl).origin);
      expect(directives.get('connect-src')).toContain(new URL(cloud.authorityHost).origin);
    }
  });

  it('parses frame-ancestors out of a longer policy', () => {
    expect(parseFrameAncestors("default-src 'self'; frame-ancestors a.example b.example")).toEqual([
      'a.example',
      'b.example',
    ]);
    expect(parseFrameAncestors("default-src 'self'")).toEqual([]);
  });
});

describe.each(Object.keys(READERS))('assets/hosting/%s', (file) => {
  async function headers(): Promise<Headers> {
    return READERS[file]!(await readFile(`${HOSTING}${file}`, 'utf8'));
  }

  it('sends exactly the frame-ancestors list of manifest/csp.ts', async () => {
    const csp = (await headers())['Content-Security-Policy'] ?? '';
    expect(parseFrameAncestors(csp)).toEqual([...FRAME_ANCESTORS]);
    expect(csp).toBe(contentSecurityPolicy());
  });

  it('sends HSTS and nosniff exactly as manifest/csp.ts defines them, and nothing else', async () => {
    expect(await headers()).toEqual(securityHeaders());
    expect(securityHeaders()['Strict-Transport-Security']).toBe(STRICT_TRANSPORT_SECURITY);
  });
});

describe('HTTPS only', () => {
  it('nginx redirects plain HTTP to HTTPS', async () => {
    const text = await readFile(`${HOSTING}nginx.conf`, 'utf8');
    expect(text).toMatch(/listen 80;[\s\S]*return 301 https:\/\/\$host\$request_uri;/);
  });

  it('IIS redirects plain HTTP to HTTPS', async () => {
    const text = await readFile(`${HOSTING}web.config`, 'utf8');
    expect(text).toMatch(/<add input="\{HTTPS\}" pattern="\^OFF\$" \/>/);
    expect(text).toMatch(/<action type="Redirect" url="https:\/\/\{HTTP_HOST\}\/\{R:1\}"/);
  });
});
