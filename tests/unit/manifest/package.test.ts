/** `npm run package`: the zip Teams gets, built into a temporary directory. */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackageError, type PackageEnv } from '../../../manifest/env';
import { collectPackageFiles, createAppPackage, renderManifest } from '../../../manifest/package';
import {
  appPackageProblems,
  loadSchema,
  MANIFEST_SCHEMA_FILE,
  schemaErrors,
} from '../../../manifest/validate';

const ENV: PackageEnv = {
  TEAMS_APP_ID: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  AAD_APP_CLIENT_ID: '8c1b7f52-2b1e-4d6a-9f0e-5a4c3d2e1f00',
  TAB_DOMAIN: 'tandem.contoso.com',
  APP_VERSION: '1.0.0',
};

let dir: string;
let zip: JSZip;
let zipBytes: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-package-'));
  const result = await createAppPackage(ENV, join(dir, 'tandem.zip'));
  zipBytes = await readFile(result.outFile);
  zip = await JSZip.loadAsync(zipBytes);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function zippedManifest(): Promise<{
  icons: { color: string; outline: string };
  localizationInfo: { additionalLanguages: { file: string }[] };
}> {
  const text = await zip.file('manifest.json')?.async('string');
  return JSON.parse(text ?? 'null') as Awaited<ReturnType<typeof zippedManifest>>;
}

describe('the app package', () => {
  it('holds exactly manifest.json, the two icons and the localization file, at the zip root', () => {
    const entries = Object.values(zip.files);
    expect(entries.filter((entry) => entry.dir)).toEqual([]);
    expect(entries.map((entry) => entry.name).sort()).toEqual(
      ['color.png', 'de.json', 'manifest.json', 'outline.png'].sort(),
    );
  });

  it('names the icons and the language file exactly as they are in the zip', async () => {
    const manifest = await zippedManifest();
    expect(zip.file(manifest.icons.color)).not.toBeNull();
    expect(zip.file(manifest.icons.outline)).not.toBeNull();
    for (const { file } of manifest.localizationInfo.additionalLanguages) {
      expect(zip.file(file)).not.toBeNull();
    }
  });

  it('carries a manifest that validates against the official schema', async () => {
    expect(
      await schemaErrors(await zippedManifest(), await loadSchema(MANIFEST_SCHEMA_FILE)),
    ).toEqual([]);
  });

  it('carries the committed icons and localization file byte for byte', async () => {
    const committed = await collectPackageFiles(await renderManifest(ENV));
    for (const [name, bytes] of committed) {
      expect(Buffer.from(await zip.file(name)!.async('uint8array'))).toEqual(Buffer.from(bytes));
    }
  });

  it('is reproducible: the same settings give the same bytes', async () => {
    const again = await createAppPackage(ENV, join(dir, 'again.zip'));
    expect(await readFile(again.outFile)).toEqual(zipBytes);
  });

  it('is not written when validation fails', async () => {
    const outFile = join(dir, 'broken.zip');
    const failure = createAppPackage({ ...ENV, TAB_DOMAIN: 'x.devtunnels.ms' }, outFile);
    await expect(failure).rejects.toBeInstanceOf(PackageError);
    await expect(failure).rejects.toThrow(/tunnelling service/);
    await expect(stat(outFile)).rejects.toThrow(/ENOENT/);
  });
});

describe('package validation', () => {
  it('reports icons and language files the package does not have', async () => {
    const manifest = (await renderManifest(ENV)) as { icons: Record<string, string> };
    manifest.icons['color'] = 'colour.png';
    const files = await collectPackageFiles(manifest);
    expect(await appPackageProblems(manifest, files)).toEqual([
      'manifest.json names "colour.png" but the package has no such file at its root.',
    ]);
  });

  it('reports file names that are paths, not names at the root', async () => {
    const manifest = (await renderManifest(ENV)) as { icons: Record<string, string> };
    manifest.icons['outline'] = 'assets/icons/outline.png';
    const files = await collectPackageFiles(manifest);
    expect(await appPackageProblems(manifest, files)).toEqual([
      'manifest.json: "assets/icons/outline.png" must be a file name at the package root, not a path.',
    ]);
  });

  it('reports icons of the wrong size', async () => {
    const manifest = await renderManifest(ENV);
    const files = await collectPackageFiles(manifest);
    const color = files.get('color.png')!;
    files.set('color.png', files.get('outline.png')!);
    files.set('outline.png', color);
    expect(await appPackageProblems(manifest, files)).toEqual([
      'color.png is 32×32; the color icon must be 192×192.',
      'outline.png is 192×192; the outline icon must be 32×32.',
    ]);
  });

  it('validates the localization files it carries', async () => {
    const manifest = await renderManifest(ENV);
    const files = await collectPackageFiles(manifest);
    files.set('de.json', new TextEncoder().encode(JSON.stringify({ 'name.short': 'Tandem' })));
    expect(await appPackageProblems(manifest, files)).toEqual([
      expect.stringMatching(/^de\.json: schema: .*'description\.short'/),
      expect.stringMatching(/^de\.json: schema: .*'description\.full'/),
      expect.stringMatching(
        /^de\.json: \$schema must be https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v1\.30\/MicrosoftTeams\.Localization\.schema\.json/,
      ),
    ]);
  });
});
