/**
 * Issue 14 item 8: what the package promises is true. Every SharePoint list and every Graph
 * permission the code uses is named where people read about Tandem — the privacy statement, the
 * README — and the store description names what the app does with them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LISTS } from '../../../src/adapters/graph/sharepoint/schema';
import { GRAPH_SCOPES } from '../../../src/ports/auth';
import { STORE_SCOPES } from '../../../src/app/teams-services';

const text = (path: string) =>
  readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
const privacy = text('src/privacy.html');
const readme = text('README.md');
const manifest = JSON.parse(
  readFileSync(new URL('../../../manifest/manifest.template.json', import.meta.url), 'utf8'),
) as {
  description: { full: string };
  webApplicationInfo: { nestedAppAuthInfo: { scopes: string[] }[] };
};
const german = JSON.parse(
  readFileSync(new URL('../../../manifest/de.json', import.meta.url), 'utf8'),
) as Record<string, string>;

const LIST_NAMES = Object.values(LISTS).map((list) => list.displayName);
const SCOPES = [...new Set(Object.values(GRAPH_SCOPES).flat())];

describe('what the package promises', () => {
  it.each(LIST_NAMES)('names the list “%s” in the privacy statement and the README', (name) => {
    expect(privacy).toContain(name);
    expect(readme).toContain(name);
  });

  it.each(SCOPES)('names the permission %s in the privacy statement and the README', (scope) => {
    expect(privacy).toContain(scope);
    expect(readme).toContain(scope);
  });

  it('says in the privacy statement what goes to Planner and to the channel, and whom to ask', () => {
    expect(privacy).toMatch(/Planner/);
    expect(privacy).toMatch(/posts? .*channel/i);
    expect(privacy).toMatch(/Contact/);
  });

  it('describes reviews, the Planner sync and channel posts in the store description (en, de)', () => {
    for (const words of [/quarterly review/i, /Planner/, /channel/i])
      expect(manifest.description.full).toMatch(words);
    for (const words of [/Quartals/i, /Planner/, /Kanal/i])
      expect(german['description.full']).toMatch(words);
  });

  it('pre-fetches, for nested app auth, the scopes of the first token the tab asks for', () => {
    expect(manifest.webApplicationInfo.nestedAppAuthInfo[0]!.scopes).toEqual([...STORE_SCOPES]);
  });
});
