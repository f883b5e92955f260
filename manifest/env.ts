/**
 * The values `npm run package` fills into manifest/manifest.template.json, read from the
 * environment and checked before anything is written, so a typo fails with a sentence instead of
 * an app package Teams rejects later.
 */
import { tabDomainProblem } from './domains';

export interface PackageEnv {
  /** The Teams app's id (`id` in the manifest): a GUID you choose once and keep. */
  readonly TEAMS_APP_ID: string;
  /** The Entra app registration's Application (client) id (`webApplicationInfo.id`). */
  readonly AAD_APP_CLIENT_ID: string;
  /** The host the built tab is served from over HTTPS, e.g. `tandem.contoso.com`. */
  readonly TAB_DOMAIN: string;
  /** The app package version, `major.minor.patch`; defaults to package.json's version. */
  readonly APP_VERSION: string;
}

/** A package that cannot be built: every problem found, one sentence each. */
export class PackageError extends Error {
  override readonly name = 'PackageError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

/** The manifest schema's GUID pattern (`definitions.guid`). */
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
/** The manifest schema's `definitions.semver`: Teams app versions are `major.minor.patch`. */
const SEMVER = /^([0-9]|[1-9]+[0-9]*)\.([0-9]|[1-9]+[0-9]*)\.([0-9]|[1-9]+[0-9]*)$/;
const NIL_GUID = '00000000-0000-0000-0000-000000000000';

function guidProblem(name: string, value: string | undefined, where: string): string | null {
  if (value === undefined || value === '') return `${name} is not set: ${where}.`;
  if (!GUID.test(value)) {
    return `${name} "${value}" is not a GUID (expected 8-4-4-4-12 hexadecimal digits, e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301).`;
  }
  if (value === NIL_GUID) return `${name} is the all-zero placeholder GUID: ${where}.`;
  return null;
}

/**
 * Reads and checks the package settings.
 * @param defaultVersion used when APP_VERSION is not set (package.json's version).
 * @throws PackageError listing every missing or invalid value.
 */
export function parsePackageEnv(
  env: Readonly<Record<string, string | undefined>>,
  defaultVersion: string,
): PackageEnv {
  const read = (name: string): string | undefined => env[name]?.trim();
  const teamsAppId = read('TEAMS_APP_ID')?.toLowerCase();
  const clientId = read('AAD_APP_CLIENT_ID')?.toLowerCase();
  const tabDomain = read('TAB_DOMAIN')?.toLowerCase();
  const version = read('APP_VERSION') || defaultVersion;

  const problems = [
    guidProblem(
      'TEAMS_APP_ID',
      teamsAppId,
      'choose a new GUID once for this app (e.g. `node -e "console.log(crypto.randomUUID())"`) and keep it for every version',
    ),
    guidProblem(
      'AAD_APP_CLIENT_ID',
      clientId,
      'use the Application (client) ID of the Entra app registration (Entra admin center → App registrations → Tandem → Overview)',
    ),
    tabDomain === undefined
      ? 'TAB_DOMAIN is not set: set the host name the built tab is served from over HTTPS (e.g. TAB_DOMAIN=tandem.contoso.com).'
      : tabDomainProblem(tabDomain),
    SEMVER.test(version)
      ? null
      : `APP_VERSION "${version}" is not major.minor.patch (e.g. 1.0.3); raise it for every package you upload.`,
  ].filter((problem): problem is string => problem !== null);
  if (problems.length > 0) throw new PackageError(problems);

  return {
    TEAMS_APP_ID: teamsAppId ?? '',
    AAD_APP_CLIENT_ID: clientId ?? '',
    TAB_DOMAIN: tabDomain ?? '',
    APP_VERSION: version,
  };
}
