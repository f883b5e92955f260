/**
 * Offline validation of the app package: the manifest and each localization file against the
 * official schemas vendored in manifest/schema/ (copied unchanged from @microsoft/app-manifest's
 * bundled json-schemas/teams/v1.30/), through the toolkit's own
 * `AppManifestUtils.validateAgainstSchema(document, schema)` (Ajv, draft-04), then Tandem's rules the
 * schema cannot express (store guidelines: no wildcard or tunnel domains; every tab URL on a valid
 * domain over HTTPS; the files the manifest names are in the package; icon sizes).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AppManifest, AppManifestUtils } from '@microsoft/app-manifest';
import { tabDomainProblem } from './domains';
import { PackageError } from './env';
import { colorIconProblems, outlineIconProblems } from './icon-rules';

export const SCHEMA_DIR = fileURLToPath(new URL('./schema/', import.meta.url));
export const MANIFEST_SCHEMA_FILE = 'MicrosoftTeams.schema.json';
export const LOCALIZATION_SCHEMA_FILE = 'MicrosoftTeams.Localization.schema.json';

type JsonSchema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1] & object;

/**
 * The official localization schemas (v1.8 to v1.30 and devPreview) write two patternProperties keys
 * as `…\b]\.description$` with an unescaped `]`, which JavaScript rejects in Unicode mode (Ajv's
 * default): "Lone quantifier brackets" (MicrosoftDocs/msteams-docs#8858). Escaping it keeps the
 * meaning (a literal `]`). Returns the repaired schema and how many keys were repaired.
 */
export function repairLocalizationSchema(schema: Record<string, unknown>): {
  schema: Record<string, unknown>;
  repaired: number;
} {
  const patterns = schema['patternProperties'];
  if (typeof patterns !== 'object' || patterns === null) return { schema, repaired: 0 };
  let repaired = 0;
  const fixed = Object.fromEntries(
    Object.entries(patterns).map(([key, value]) => {
      const fixedKey = key.replace(/\\b\](?=\\\.)/g, '\\b\\]');
      if (fixedKey !== key) repaired++;
      return [fixedKey, value];
    }),
  );
  return { schema: { ...schema, patternProperties: fixed }, repaired };
}

/** Reads a vendored schema; the localization schema comes back repaired (see above). */
export async function loadSchema(file: string): Promise<JsonSchema> {
  const schema = JSON.parse(await readFile(`${SCHEMA_DIR}${file}`, 'utf8')) as Record<
    string,
    unknown
  >;
  return (
    file === LOCALIZATION_SCHEMA_FILE ? repairLocalizationSchema(schema).schema : schema
  ) as JsonSchema;
}

async function loadAppManifestUtils(): Promise<typeof AppManifestUtils> {
  try {
    return (await import('@microsoft/app-manifest')).AppManifestUtils;
  } catch (error) {
    if (error instanceof Error && /Cannot find module 'fs-extra'/.test(error.message)) {
      throw new PackageError([
        "@microsoft/app-manifest loads 'fs-extra' but does not declare it as a dependency (1.1.2); " +
          'install it: npm install --save-dev fs-extra',
      ]);
    }
    throw error;
  }
}

/** Schema errors (`/path message. Details: {...}`), empty when `document` is valid. */
export async function schemaErrors(document: unknown, schema: JsonSchema): Promise<string[]> {
  const utils = await loadAppManifestUtils();
  return utils.validateAgainstSchema(document as AppManifest, schema);
}

/** The parts of a manifest the rules below read; everything optional, as the input may be broken. */
interface ManifestView {
  $schema?: unknown;
  icons?: { color?: unknown; outline?: unknown };
  developer?: Record<string, unknown>;
  localizationInfo?: { additionalLanguages?: { file?: unknown }[] };
  configurableTabs?: { configurationUrl?: unknown }[];
  staticTabs?: { contentUrl?: unknown; websiteUrl?: unknown }[];
  validDomains?: unknown[];
  webApplicationInfo?: {
    id?: unknown;
    resource?: unknown;
    nestedAppAuthInfo?: { redirectUri?: unknown }[];
  };
}

function asView(manifest: unknown): ManifestView {
  return typeof manifest === 'object' && manifest !== null ? (manifest as ManifestView) : {};
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Tandem's rules beyond the schema, on the manifest alone. */
export function manifestPolicyProblems(manifest: unknown): string[] {
  const view = asView(manifest);
  const problems: string[] = [];
  if (JSON.stringify(manifest).includes('${{')) {
    problems.push('The manifest still contains ${{…}} placeholders.');
  }

  const domains = (view.validDomains ?? []).filter((d): d is string => typeof d === 'string');
  if (domains.length === 0) problems.push('validDomains must list the tab domain.');
  domains.forEach((domain, i) => {
    const problem = tabDomainProblem(domain, `validDomains[${i}]`);
    if (problem) problems.push(problem);
  });

  const tabUrls: [string, unknown][] = [
    ...(view.configurableTabs ?? []).map((tab, i): [string, unknown] => [
      `configurableTabs[${i}].configurationUrl`,
      tab.configurationUrl,
    ]),
    ...(view.staticTabs ?? []).flatMap((tab, i): [string, unknown][] => [
      [`staticTabs[${i}].contentUrl`, tab.contentUrl],
      [`staticTabs[${i}].websiteUrl`, tab.websiteUrl],
    ]),
  ];
  for (const [where, url] of tabUrls) {
    if (typeof url !== 'string') continue;
    const host = hostOf(url);
    if (!url.startsWith('https://')) problems.push(`${where} must use https:// ("${url}").`);
    else if (host === null || !domains.includes(host)) {
      problems.push(`${where} is not on a domain in validDomains ("${url}").`);
    }
  }
  for (const [key, url] of Object.entries(view.developer ?? {})) {
    if (key.endsWith('Url') && typeof url === 'string' && !url.startsWith('https://')) {
      problems.push(`developer.${key} must use https:// ("${url}").`);
    }
  }

  const app = view.webApplicationInfo;
  (app?.nestedAppAuthInfo ?? []).forEach((info, i) => {
    const uri = info.redirectUri;
    const match = typeof uri === 'string' ? /^brk-multihub:\/\/([^/]+)$/.exec(uri) : null;
    if (!match || !domains.includes(match[1] ?? '')) {
      problems.push(
        `webApplicationInfo.nestedAppAuthInfo[${i}].redirectUri must be brk-multihub://<a domain in validDomains>, with no path ("${String(uri)}").`,
      );
    }
  });
  if (app?.resource !== undefined) {
    const expected = domains.map((domain) => `api://${domain}/${String(app.id)}`);
    if (!expected.includes(String(app.resource))) {
      problems.push(
        `webApplicationInfo.resource must be api://<tab domain>/<client id> ("${String(app.resource)}"); it must match the Application ID URI of the Entra app.`,
      );
    }
  }
  return problems;
}

/** The files the manifest names, which must sit beside manifest.json at the package root. */
export function referencedFiles(manifest: unknown): { icons: string[]; languages: string[] } {
  const view = asView(manifest);
  const strings = (values: unknown[]) => values.filter((v): v is string => typeof v === 'string');
  return {
    icons: strings([view.icons?.color, view.icons?.outline]),
    languages: strings((view.localizationInfo?.additionalLanguages ?? []).map((l) => l.file)),
  };
}

/**
 * Validates a whole app package: `manifest` plus the other files by their names at the zip root.
 * Returns every problem, each prefixed with the file it is about; empty when the package is good.
 */
export async function appPackageProblems(
  manifest: unknown,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<string[]> {
  const problems: string[] = [];
  const [manifestSchema, localizationSchema] = await Promise.all([
    loadSchema(MANIFEST_SCHEMA_FILE),
    loadSchema(LOCALIZATION_SCHEMA_FILE),
  ]);
  for (const error of await schemaErrors(manifest, manifestSchema)) {
    problems.push(`manifest.json: schema: ${error}`);
  }
  for (const problem of manifestPolicyProblems(manifest))
    problems.push(`manifest.json: ${problem}`);

  const { icons, languages } = referencedFiles(manifest);
  const view = asView(manifest);
  const checks: [unknown, (name: string, bytes: Uint8Array) => string[]][] = [
    [view.icons?.color, colorIconProblems],
    [view.icons?.outline, outlineIconProblems],
  ];
  for (const [name, check] of checks) {
    if (typeof name !== 'string') continue;
    const bytes = files.get(name);
    if (bytes) problems.push(...check(name, bytes));
  }
  for (const name of [...icons, ...languages]) {
    if (/[/\\]/.test(name)) {
      problems.push(
        `manifest.json: "${name}" must be a file name at the package root, not a path.`,
      );
    } else if (!files.has(name)) {
      problems.push(`manifest.json names "${name}" but the package has no such file at its root.`);
    }
  }

  for (const name of languages) {
    const bytes = files.get(name);
    if (!bytes) continue;
    let localization: unknown;
    try {
      localization = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      problems.push(
        `${name}: not JSON (${error instanceof Error ? error.message : String(error)}).`,
      );
      continue;
    }
    for (const error of await schemaErrors(localization, localizationSchema)) {
      problems.push(`${name}: schema: ${error}`);
    }
    const schemaUrl = (localization as { $schema?: unknown }).$schema;
    const expected = String(view.$schema).replace(
      'MicrosoftTeams.schema.json',
      'MicrosoftTeams.Localization.schema.json',
    );
    if (schemaUrl !== expected) {
      problems.push(`${name}: $schema must be ${expected} (the manifest's version).`);
    }
  }
  return problems;
}
