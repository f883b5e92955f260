/**
 * `npm run package`: builds the Teams app package, dist/teams-app/tandem.zip.
 *
 * Reads TEAMS_APP_ID, AAD_APP_CLIENT_ID, TAB_DOMAIN (and optionally APP_VERSION) from the
 * environment, fills manifest/manifest.template.json, validates the manifest and the localization
 * files offline against the vendored official schemas plus Tandem's rules (manifest/validate.ts),
 * and zips manifest.json, the icons from assets/icons/ and the localization files, all at the zip
 * root under the names the manifest uses. Nothing is written when anything is wrong.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { PackageError, parsePackageEnv, type PackageEnv } from './env';
import { fillTemplate } from './template';
import { appPackageProblems, referencedFiles } from './validate';

export const MANIFEST_DIR = fileURLToPath(new URL('./', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const ICONS_DIR = `${REPO_ROOT}assets/icons/`;
export const TEMPLATE_FILE = `${MANIFEST_DIR}manifest.template.json`;
export const DEFAULT_OUT_FILE = `${REPO_ROOT}dist/teams-app/tandem.zip`;

/** A fixed timestamp for every zip entry, so the same inputs give the same zip. */
const ENTRY_DATE = new Date(2000, 0, 1);

export async function packageJsonVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(`${REPO_ROOT}package.json`, 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? '';
}

/** The manifest for these settings (not yet validated). */
export async function renderManifest(env: PackageEnv): Promise<unknown> {
  return fillTemplate(await readFile(TEMPLATE_FILE, 'utf8'), { ...env });
}

async function readIfPresent(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The files the manifest names, by zip-root name: icons from assets/icons/, languages from manifest/. */
export async function collectPackageFiles(manifest: unknown): Promise<Map<string, Uint8Array>> {
  const { icons, languages } = referencedFiles(manifest);
  const sources: [string, string][] = [
    ...icons.map((name): [string, string] => [name, `${ICONS_DIR}${name}`]),
    ...languages.map((name): [string, string] => [name, `${MANIFEST_DIR}${name}`]),
  ];
  const files = new Map<string, Uint8Array>();
  for (const [name, path] of sources) {
    if (/[/\\]/.test(name)) continue; // reported by appPackageProblems: not at the zip root
    const bytes = await readIfPresent(path);
    if (bytes) files.set(name, bytes);
  }
  return files;
}

export interface AppPackage {
  readonly outFile: string;
  readonly manifest: unknown;
  /** Zip entry names, manifest.json first. */
  readonly entries: readonly string[];
}

/**
 * Builds, validates and writes the app package.
 * @throws PackageError with every problem found (schema errors, rule violations, missing files).
 */
export async function createAppPackage(
  env: PackageEnv,
  outFile: string = DEFAULT_OUT_FILE,
): Promise<AppPackage> {
  const manifest = await renderManifest(env);
  const files = await collectPackageFiles(manifest);
  const problems = await appPackageProblems(manifest, files);
  if (problems.length > 0) throw new PackageError(problems);

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: ENTRY_DATE });
  for (const [name, bytes] of files) zip.file(name, bytes, { date: ENTRY_DATE });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, bytes);
  return { outFile, manifest, entries: ['manifest.json', ...files.keys()] };
}

async function main(): Promise<void> {
  try {
    const env = parsePackageEnv(process.env, await packageJsonVersion());
    const result = await createAppPackage(env);
    console.log(`Teams app package: ${result.outFile}`);
    console.log(`  contains ${result.entries.join(', ')}`);
    console.log(
      `  app id ${env.TEAMS_APP_ID}, version ${env.APP_VERSION}, tab on https://${env.TAB_DOMAIN}/`,
    );
    console.log('Upload it in Teams: Apps → Manage your apps → Upload an app.');
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error('Cannot build the Teams app package:');
    for (const problem of error.problems) console.error(`  - ${problem}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
