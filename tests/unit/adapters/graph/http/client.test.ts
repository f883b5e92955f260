import { describe, expect, it } from 'vitest';
import { splitGraphUrl } from '../../../../../src/adapters/graph/http/client';

describe('splitGraphUrl', () => {
  it('keeps a cloud base URL and uses v1.0', () => {
    expect(splitGraphUrl('https://graph.microsoft.com')).toEqual({
      baseUrl: 'https://graph.microsoft.com/',
      version: 'v1.0',
    });
  });

  it('takes the version from an emulator URL (with or without a trailing slash)', () => {
    expect(splitGraphUrl('https://localhost:4433/v1.0')).toEqual({
      baseUrl: 'https://localhost:4433/',
      version: 'v1.0',
    });
    expect(splitGraphUrl('https://localhost:4433/beta/')).toEqual({
      baseUrl: 'https://localhost:4433/',
      version: 'beta',
    });
  });

  it('keeps a path prefix before the version', () => {
    expect(splitGraphUrl('https://proxy.example/graph/v1.0')).toEqual({
      baseUrl: 'https://proxy.example/graph/',
      version: 'v1.0',
    });
  });
});
