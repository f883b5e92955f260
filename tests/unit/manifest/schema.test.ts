/**
 * The generated manifest and the localization file against the official Teams schemas vendored in
 * manifest/schema/, through @microsoft/app-manifest's own validator, plus Tandem's extra rules.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { GRAPH_SCOPES } from '../../../src/ports/auth';
import type { PackageEnv } from '../../../manifest/env';
import { MANIFEST_DIR, renderManifest, TEMPLATE_FILE } from '../../../manifest/package';
import { placeholdersIn } from '../../../manifest/template';
import {
  LOCALIZATION_SCHEMA_FILE,
  MANIFEST_SCHEMA_FILE,
  SCHEMA_DIR,
  loadSchema,
  manifestPolicyProblems,
  repairLocalizationSchema,
  schemaErrors,
} from '../../../manifest/validate';

const ENV: PackageEnv = {
  TEAMS_APP_ID: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  AAD_APP_CLIENT_ID: '8c1b7f52-2b1e-4d6a-9f0e-5a4c3d2e1f00',
  TAB_DOMAIN: 'tandem.contoso.com',
  APP_VERSION: '1.0.0',
};

/** The schema version the manifest targets: the newest GA one @microsoft/app-manifest bundles. */
const VERSION = '1.30';

type Json = Record<string, unknown>;

async function manifest(): Promise<Json> {
  return (await renderManifest(ENV)) as Json;
}

async function localization(): Promise<Json> {
  return JSON.parse(await readFile(`${MANIFEST_DIR}de.json`, 'utf8')) as Json;
}

describe('the vendored schemas', () => {
  it.each([MANIFEST_SCHEMA_FILE, LOCALIZATION_SCHEMA_FILE])(
    '%s is the exact copy @microsoft/app-manifest bundles for v1.30',
    async (file) => {
      const require = createRequire(import.meta.url);
      const bundled = require.resolve(
        `@microsoft/app-manifest/build/json-schemas/teams/v${VERSION}/${file}`,
      );
      expect(await readFile(`${SCHEMA_DIR}${file}`, 'utf8')).toBe(await readFile(bundled, 'utf8'));
    },
  );

  it('is the manifest version the template declares', async () => {
    const schema = (await loadSchema(MANIFEST_SCHEMA_FILE)) as Json;
    const properties = schema['properties'] as Record<string, { const?: string }>;
    expect(properties['manifestVersion']?.const).toBe(VERSION);
    const filled = await manifest();
    expect(filled['manifestVersion']).toBe(VERSION);
    expect(filled['$schema']).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${VERSION}/MicrosoftTeams.schema.json`,
    );
  });

  it('has its two broken localization patterns repaired on load, and nothing else changed', async () => {
    const raw = JSON.parse(
      await readFile(`${SCHEMA_DIR}${LOCALIZATION_SCHEMA_FILE}`, 'utf8'),
    ) as Json;
    const { schema, repaired } = repairLocalizationSchema(raw);
    expect(repaired).toBe(2);
    const patterns = Object.keys(schema['patternProperties'] as Json);
    expect(patterns).toHaveLength(Object.keys(raw['patternProperties'] as Json).length);
    for (const pattern of patterns) expect(() => new RegExp(pattern, 'u')).not.toThrow();
    expect(
      patterns.some(
        (p) =>
          p.includes('activityTypes') &&
          new RegExp(p, 'u').test('activities.activityTypes[12].description'),
      ),
    ).toBe(true);
  });
});

describe('the generated manifest', () => {
  it('validates against the official v1.30 schema with no errors', async () => {
    expect(await schemaErrors(await manifest(), await loadSchema(MANIFEST_SCHEMA_FILE))).toEqual(
      [],
    );
  });

  it("passes Tandem's own rules (no wildcard or tunnel domains, tab URLs on the tab domain)", async () => {
    expect(manifestPolicyProblems(await manifest())).toEqual([]);
  });

  it('uses exactly the four placeholders package.ts fills', async () => {
    expect(placeholdersIn(await readFile(TEMPLATE_FILE, 'utf8')).sort()).toEqual([
      'AAD_APP_CLIENT_ID',
      'APP_VERSION',
      'TAB_DOMAIN',
      'TEAMS_APP_ID',
    ]);
  });

  it('declares the tabs, domain and identity the app expects', async () => {
    const m = await manifest();
    expect(m['id']).toBe(ENV.TEAMS_APP_ID);
    expect(m['validDomains']).toEqual(['tandem.contoso.com']);
    expect(m['showLoadingIndicator']).toBe(true);
    expect(m['configurableTabs']).toEqual([
      {
        configurationUrl: 'https://tandem.contoso.com/index.html#/config',
        canUpdateConfiguration: true,
        // Channels only: a chat has no team site to keep an engagement in (issue 14 item 7).
        scopes: ['team'],
        context: ['channelTab'],
      },
    ]);
    expect(m['staticTabs']).toEqual([
      expect.objectContaining({
        entityId: 'engagements',
        contentUrl: 'https://tandem.contoso.com/index.html#/personal',
        scopes: ['personal'],
      }),
    ]);
    expect(m['webApplicationInfo']).toEqual({
      id: ENV.AAD_APP_CLIENT_ID,
      resource: `api://tandem.contoso.com/${ENV.AAD_APP_CLIENT_ID}`,
      nestedAppAuthInfo: [
        {
          redirectUri: 'brk-multihub://tandem.contoso.com',
          // The channel tab's first token (issue 14 item 4): prefetched, it is there when asked for.
          scopes: [...GRAPH_SCOPES.writeSites, ...GRAPH_SCOPES.manageLists],
        },
      ],
    });
  });

  it('keeps the description within the store limits', async () => {
    const { short, full } = (await manifest())['description'] as { short: string; full: string };
    expect(short.length).toBeLessThanOrEqual(80);
    expect(full.length).toBeLessThanOrEqual(4000);
  });
});

describe('a broken manifest is rejected', () => {
  async function errorsWith(change: (m: Json) => void): Promise<string[]> {
    const m = await manifest();
    change(m);
    return [
      ...(await schemaErrors(m, await loadSchema(MANIFEST_SCHEMA_FILE))),
      ...manifestPolicyProblems(m),
    ];
  }

  it('without an id', async () => {
    expect(await errorsWith((m) => delete m['id'])).toEqual([
      expect.stringContaining("must have required property 'id'"),
    ]);
  });

  it('with an id that is not a GUID', async () => {
    expect(await errorsWith((m) => (m['id'] = 'tandem'))).toEqual([
      expect.stringMatching(/^\/id must match pattern/),
    ]);
  });

  it('with another manifest version than the schema', async () => {
    expect(await errorsWith((m) => (m['manifestVersion'] = '1.29'))).toEqual([
      expect.stringMatching(/^\/manifestVersion must be equal to constant/),
    ]);
  });

  it('with an unknown property', async () => {
    expect(await errorsWith((m) => (m['tabs'] = []))).toEqual([
      expect.stringContaining('must NOT have additional properties'),
    ]);
  });

  it('with a wildcard domain (the schema allows it; the store does not)', async () => {
    expect(await errorsWith((m) => (m['validDomains'] = ['*.contoso.com']))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^validDomains\[0\] must not contain wildcards/),
      ]),
    );
  });

  it('with a tunnel domain', async () => {
    expect(
      await errorsWith((m) => (m['validDomains'] = ['tandem.contoso.com', 'x.devtunnels.ms'])),
    ).toEqual([
      expect.stringMatching(/^validDomains\[1\] "x\.devtunnels\.ms" is a tunnelling service/),
    ]);
  });

  it('with a tab on another domain, or over plain HTTP', async () => {
    const errors = await errorsWith((m) => {
      const [tab] = m['staticTabs'] as Json[];
      if (tab) tab['contentUrl'] = 'https://evil.example.com/index.html';
      const [config] = m['configurableTabs'] as Json[];
      if (config) config['configurationUrl'] = 'http://tandem.contoso.com/index.html#/config';
    });
    expect(errors).toEqual([
      expect.stringMatching(/^configurableTabs\[0\]\.configurationUrl must use https/),
      expect.stringMatching(/^staticTabs\[0\]\.contentUrl is not on a domain in validDomains/),
    ]);
  });

  it('with an NAA redirect URI that has a path or another host', async () => {
    const errors = await errorsWith((m) => {
      const app = m['webApplicationInfo'] as { nestedAppAuthInfo: Json[] };
      app.nestedAppAuthInfo = [
        { redirectUri: 'brk-multihub://tandem.contoso.com/auth', scopes: [] },
        { redirectUri: 'brk-multihub://other.example.com', scopes: [] },
      ];
    });
    expect(errors).toEqual([
      expect.stringMatching(/^webApplicationInfo\.nestedAppAuthInfo\[0\]\.redirectUri must be/),
      expect.stringMatching(/^webApplicationInfo\.nestedAppAuthInfo\[1\]\.redirectUri must be/),
    ]);
  });

  it('with a placeholder left unfilled', async () => {
    expect(await errorsWith((m) => (m['version'] = '${{APP_VERSION}}'))).toEqual([
      'The manifest still contains ${{…}} placeholders.',
    ]);
  });
});

describe('the German localization file', () => {
  it('validates against the official v1.30 localization schema', async () => {
    expect(
      await schemaErrors(await localization(), await loadSchema(LOCALIZATION_SCHEMA_FILE)),
    ).toEqual([]);
  });

  it('is the one the manifest names, for the same schema version', async () => {
    const m = await manifest();
    expect(m['localizationInfo']).toEqual({
      defaultLanguageTag: 'en-us',
      additionalLanguages: [{ languageTag: 'de', file: 'de.json' }],
    });
    expect((await localization())['$schema']).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${VERSION}/MicrosoftTeams.Localization.schema.json`,
    );
  });

  it('translates the fields the manifest has, and only those', async () => {
    const keys = Object.keys(await localization()).filter((key) => key !== '$schema');
    expect(keys.sort()).toEqual(
      [
        'description.full',
        'description.short',
        'name.full',
        'name.short',
        'staticTabs[0].name',
      ].sort(),
    );
  });

  it('is rejected when a string is too long or a key is unknown', async () => {
    const broken = { ...(await localization()), 'name.short': 'x'.repeat(31), 'name.long': 'x' };
    const errors = await schemaErrors(broken, await loadSchema(LOCALIZATION_SCHEMA_FILE));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/name\.short must NOT have more than 30 characters/),
        expect.stringContaining('must NOT have additional properties'),
      ]),
    );
  });
});
