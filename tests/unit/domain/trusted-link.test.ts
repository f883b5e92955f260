import { describe, expect, it } from 'vitest';
import { isTrustedLink } from '../../../src/domain/trusted-link';

describe('issue 13 item 6: links read back from lists', () => {
  it.each([
    'https://teams.microsoft.com/l/message/19%3Ageneral%40thread.tacv2/1700000000000',
    'https://teams.cloud.microsoft/l/entity/app/tab',
    'https://contoso.sharepoint.com/sites/IT/Lists/Tandem',
    'https://contoso-my.sharepoint.com/personal/megan',
    'https://gov.teams.microsoft.us/l/message/x',
  ])('trusts %s', (url) => expect(isTrustedLink(url)).toBe(true));

  it.each([
    'https://evil.example/phish',
    'http://teams.microsoft.com/l/message/x',
    'javascript:alert(1)',
    'https://teams.microsoft.com.evil.example/l',
    'https://evilsharepoint.com/x',
    'https://user:pass@teams.microsoft.com/l',
    'https://contoso.sharepoint.com.evil.example/',
    'not a url',
  ])('does not trust %s', (url) => expect(isTrustedLink(url)).toBe(false));
});
