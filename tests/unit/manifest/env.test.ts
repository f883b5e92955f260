import { describe, expect, it } from 'vitest';
import { isTunnelHost, tabDomainProblem } from '../../../manifest/domains';
import { PackageError, parsePackageEnv } from '../../../manifest/env';

const GOOD = {
  TEAMS_APP_ID: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  AAD_APP_CLIENT_ID: '8c1b7f52-2b1e-4d6a-9f0e-5a4c3d2e1f00',
  TAB_DOMAIN: 'tandem.contoso.com',
};

function problemsFor(env: Record<string, string | undefined>): readonly string[] {
  try {
    parsePackageEnv(env, '0.1.0');
  } catch (error) {
    if (error instanceof PackageError) return error.problems;
    throw error;
  }
  return [];
}

describe('parsePackageEnv', () => {
  it('accepts good values, trims and lower-cases them, and defaults the version', () => {
    expect(
      parsePackageEnv(
        {
          TEAMS_APP_ID: ` ${GOOD.TEAMS_APP_ID.toUpperCase()} `,
          AAD_APP_CLIENT_ID: GOOD.AAD_APP_CLIENT_ID,
          TAB_DOMAIN: 'Tandem.Contoso.COM',
        },
        '0.1.0',
      ),
    ).toEqual({ ...GOOD, APP_VERSION: '0.1.0' });
  });

  it('takes APP_VERSION when set', () => {
    expect(parsePackageEnv({ ...GOOD, APP_VERSION: '1.2.3' }, '0.1.0').APP_VERSION).toBe('1.2.3');
  });

  it('lists every missing value at once, each with what to set', () => {
    const problems = problemsFor({});
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^TEAMS_APP_ID is not set: choose a new GUID/);
    expect(problems[1]).toMatch(/^AAD_APP_CLIENT_ID is not set: use the Application \(client\) ID/);
    expect(problems[2]).toMatch(/^TAB_DOMAIN is not set/);
  });

  it.each([
    ['not-a-guid'],
    ['3f2504e0-4f89-41d3-9a0c-0305e82c330'],
    ['{3f2504e0-4f89-41d3-9a0c-0305e82c3301}'],
    ['3f2504e04f8941d39a0c0305e82c3301'],
    ['3f2504e0-4f89-41d3-9a0c-0305e82c33zz'],
  ])('rejects the bad GUID %s', (value) => {
    expect(problemsFor({ ...GOOD, TEAMS_APP_ID: value })).toEqual([
      expect.stringMatching(/^TEAMS_APP_ID ".*" is not a GUID/),
    ]);
    expect(problemsFor({ ...GOOD, AAD_APP_CLIENT_ID: value })).toEqual([
      expect.stringMatching(/^AAD_APP_CLIENT_ID ".*" is not a GUID/),
    ]);
  });

  it('rejects the all-zero placeholder GUID', () => {
    expect(
      problemsFor({ ...GOOD, AAD_APP_CLIENT_ID: '00000000-0000-0000-0000-000000000000' }),
    ).toEqual([expect.stringMatching(/all-zero placeholder/)]);
  });

  it.each([['1.0'], ['v1.0.0'], ['1.0.0-beta'], ['01.0.0']])('rejects APP_VERSION %s', (value) => {
    expect(problemsFor({ ...GOOD, APP_VERSION: value })).toEqual([
      expect.stringMatching(/^APP_VERSION ".*" is not major\.minor\.patch/),
    ]);
  });

  it.each([
    ['abc-5173.euw.devtunnels.ms'],
    ['1234.ngrok-free.app'],
    ['tandem.ngrok.io'],
    ['my-ngrok-host.example.com'],
    ['quiet-fox.trycloudflare.com'],
    ['tandem.loca.lt'],
  ])('rejects the tunnel domain %s, saying why', (domain) => {
    expect(problemsFor({ ...GOOD, TAB_DOMAIN: domain })).toEqual([
      expect.stringContaining('is a tunnelling service: Teams store validation rejects'),
    ]);
  });

  it.each([
    ['https://tandem.contoso.com', /not a URL.*"tandem\.contoso\.com"/],
    ['tandem.contoso.com/app', /must not contain a path/],
    ['*.contoso.com', /must not contain wildcards/],
    ['tandem.contoso.com:8443', /must not contain a port/],
    ['localhost', /not a public host name/],
    ['10.0.0.12', /not an IP address/],
    ['tandem_app.contoso.com', /not a valid host name \(label "tandem_app"/],
    ['-tandem.contoso.com', /not a valid host name/],
    ['tandem.contoso.123', /top-level domain is numeric/],
    ['', /TAB_DOMAIN is empty/],
  ])('rejects TAB_DOMAIN=%s', (domain, message) => {
    expect(problemsFor({ ...GOOD, TAB_DOMAIN: domain })).toEqual([expect.stringMatching(message)]);
  });
});

describe('tab domains', () => {
  it('accepts organisation-controlled host names', () => {
    for (const host of [
      'tandem.contoso.com',
      'apps.fabrikam.co.uk',
      'tandem-prod.azurestaticapps.net',
    ]) {
      expect(tabDomainProblem(host)).toBeNull();
    }
  });

  it('knows tunnels by suffix only, not by look-alike names', () => {
    expect(isTunnelHost('devtunnels.ms')).toBe(true);
    expect(isTunnelHost('x.devtunnels.ms')).toBe(true);
    expect(isTunnelHost('mydevtunnels.ms')).toBe(false);
    expect(isTunnelHost('tandem.contoso.com')).toBe(false);
  });

  it('names the field it checks', () => {
    expect(tabDomainProblem('*.contoso.com', 'validDomains[0]')).toMatch(/^validDomains\[0\] /);
  });
});
