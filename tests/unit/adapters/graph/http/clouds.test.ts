import { describe, expect, it } from 'vitest';
import { graphCloud } from '../../../../../src/adapters/graph/http/clouds';

describe('graphCloud', () => {
  it('defaults to the worldwide cloud and pairs each Graph endpoint with its sign-in host', () => {
    expect(graphCloud(undefined)).toEqual({
      baseUrl: 'https://graph.microsoft.com',
      authorityHost: 'https://login.microsoftonline.com',
    });
    expect(graphCloud('usGovL5').baseUrl).toBe('https://dod-graph.microsoft.us');
    expect(graphCloud('china').authorityHost).toBe('https://login.chinacloudapi.cn');
  });

  it('refuses an unknown cloud with the names it accepts', () => {
    expect(() => graphCloud('mars')).toThrow(
      /Unknown Microsoft cloud "mars".*global, usGovL4, usGovL5, china/,
    );
  });
});
