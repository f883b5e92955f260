import { describe, expect, it } from 'vitest';
import { tabDeepLink } from '../../../../src/adapters/teams/teams-deep-link';

describe('tabDeepLink', () => {
  it('builds the entity link of docs/platform.md with URL-encoded webUrl, label and context', () => {
    const link = tabDeepLink({
      appId: '7a1c0e2e-0000-4000-8000-000000000001',
      entityId: 'tandem-tab',
      subPageId: 'review/rev-2',
      channelId: '19:abc@thread.tacv2',
      webUrl: 'https://tandem.example/#/review/rev-2?x=1&y=2',
      label: 'Review 2026 Q4',
    });
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://teams.microsoft.com/l/entity/7a1c0e2e-0000-4000-8000-000000000001/tandem-tab',
    );
    expect(url.searchParams.get('webUrl')).toBe('https://tandem.example/#/review/rev-2?x=1&y=2');
    expect(url.searchParams.get('label')).toBe('Review 2026 Q4');
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({
      subEntityId: 'review/rev-2',
      channelId: '19:abc@thread.tacv2',
    });
    expect(link).toContain('label=Review%202026%20Q4');
    expect(link).toContain(
      'context=%7B%22subEntityId%22%3A%22review%2Frev-2%22%2C%22channelId%22%3A%2219%3Aabc%40thread.tacv2%22%7D',
    );
  });

  it('leaves out what is not given, and encodes ids in the path', () => {
    const link = tabDeepLink({
      appId: 'app id',
      entityId: 'a/b',
      subPageId: null,
      channelId: null,
      webUrl: null,
      label: 'Tandem',
    });
    expect(link).toBe('https://teams.microsoft.com/l/entity/app%20id/a%2Fb?label=Tandem');
  });

  it('keeps only the parts given in the context', () => {
    const link = tabDeepLink({
      appId: 'app',
      entityId: 'tab',
      subPageId: 'review/1',
      channelId: null,
      webUrl: null,
      label: 'x',
    });
    expect(JSON.parse(new URL(link).searchParams.get('context')!)).toEqual({
      subEntityId: 'review/1',
    });
  });

  it('issue 14 item 5: carries the tenant the tab lives in, so a guest opens it there', () => {
    const link = tabDeepLink({
      appId: 'org-catalog-id',
      entityId: 'tab',
      subPageId: null,
      channelId: null,
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      webUrl: null,
      label: 'Tandem',
    });
    expect(new URL(link).searchParams.get('tenantId')).toBe('72f988bf-86f1-41af-91ab-2d7cd011db47');
    expect(link.startsWith('https://teams.microsoft.com/l/entity/org-catalog-id/tab?')).toBe(true);
  });
});
