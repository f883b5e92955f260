import type { Configuration } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import {
  authorityFor,
  msalConfiguration,
  openMsalClient,
  type MsalClientLike,
  type MsalFactories,
} from '../../../../src/adapters/auth/msal-client';

/** Factories that record which one was used, with what configuration. */
function recordingFactories() {
  const used: Array<{ factory: keyof MsalFactories; configuration: Configuration }> = [];
  const client = {} as MsalClientLike;
  const factories: MsalFactories = {
    nestable: async (configuration) => {
      used.push({ factory: 'nestable', configuration });
      return client;
    },
    standard: async (configuration) => {
      used.push({ factory: 'standard', configuration });
      return client;
    },
  };
  return { factories, used, client };
}

describe('MSAL configuration', () => {
  it("signs in at the cloud's authority host, in the Teams tenant or any organisation", () => {
    expect(authorityFor('global', 'tenant-1')).toBe('https://login.microsoftonline.com/tenant-1');
    expect(authorityFor('usGovL4', 'tenant-1')).toBe('https://login.microsoftonline.us/tenant-1');
    expect(authorityFor('usGovL5', null)).toBe('https://login.microsoftonline.us/organizations');
    expect(authorityFor('china', 'tenant-1')).toBe('https://login.chinacloudapi.cn/tenant-1');
  });

  it('keeps the token cache in session storage, never local storage', () => {
    expect(
      msalConfiguration({
        clientId: 'client-id',
        cloud: 'china',
        tenantId: 'tenant-1',
        redirectUri: 'https://tandem.example/auth.html',
      }),
    ).toEqual({
      auth: {
        clientId: 'client-id',
        authority: 'https://login.chinacloudapi.cn/tenant-1',
        redirectUri: 'https://tandem.example/auth.html',
      },
      cache: { cacheLocation: 'sessionStorage' },
    });
  });
});

describe('openMsalClient', () => {
  const configuration = msalConfiguration({
    clientId: 'client-id',
    cloud: 'global',
    tenantId: 'tenant-1',
    redirectUri: 'https://tandem.example/auth.html',
  });

  it('uses the nestable client (nested app authentication) inside Teams', async () => {
    const { factories, used, client } = recordingFactories();
    await expect(openMsalClient(configuration, true, factories)).resolves.toBe(client);
    expect(used).toEqual([{ factory: 'nestable', configuration }]);
  });

  it('uses the standard client outside Teams', async () => {
    const { factories, used } = recordingFactories();
    await openMsalClient(configuration, false, factories);
    expect(used.map((use) => use.factory)).toEqual(['standard']);
  });
});
