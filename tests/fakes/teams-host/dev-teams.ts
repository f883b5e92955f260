/**
 * Tandem in Teams mode without a tenant: the Graph emulator (HTTPS, self-signed) holds the team's
 * SharePoint site, the app is built with `VITE_GRAPH_EMULATOR_URL` pointing at it (so it takes its
 * token from the Teams host — docs/platform.md#nested-app-authentication — and talks to the
 * emulator), and the Teams host fake frames it.
 *
 *   npx tsx tests/fakes/teams-host/dev-teams.ts [--port 4300] [--graph-port 4433]
 *
 * Open the printed URLs in a browser that accepts the emulator's self-signed certificate for
 * https://localhost:<graph port> (Chromium: `--ignore-certificate-errors`, or open the Graph URL
 * once and accept it). The build goes to a temporary folder, so dist/ is left alone.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { createGraphEmulator, type GraphEmulator } from '../graph-emulator/index';
import { serveTeamsHost, type TeamsHostServer } from './serve';
import { contentSecurityPolicy } from '../../../manifest/csp';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const DEV_TEAMS = {
  groupId: '02bd9fd6-8f93-4758-87c3-1fb73740a315',
  tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  loginHint: 'megan@contoso.onmicrosoft.com',
  teamId: '19:team-internal@thread.tacv2',
  teamName: 'Contoso Dental — IT',
  channelId: '19:general@thread.tacv2',
  channelName: 'General',
} as const;

/** The Teams app id the dev build is made with: deep links in channel posts name it. */
export const DEV_TEAMS_APP_ID = '6f0e2c1a-4b7d-4e39-9a58-0c3d2b1e7f44';

/**
 * Context keys Teams sends only inside a team (docs/platform.md#teams-context): pass
 * `omit: TEAM_CONTEXT_KEYS.join(',')` to `hostUrl` for a personal tab or a chat.
 */
export const TEAM_CONTEXT_KEYS = [
  'teamId',
  'groupId',
  'teamName',
  'channelId',
  'channelName',
  'teamSiteUrl',
] as const;

export interface TeamsDev {
  readonly graph: GraphEmulator;
  /** e.g. `https://localhost:4433/v1.0` */
  readonly graphUrl: string;
  readonly server: TeamsHostServer;
  /** The build the host fake serves (with Vite's `.vite/manifest.json`). */
  readonly outDir: string;
  /** Host page URL for the configuration page (`frame: 'settings'`) or a content page. */
  hostUrl(params?: Readonly<Record<string, string>>): string;
  close(): Promise<void>;
}

export async function startTeamsDev(
  options: { port?: number; graphPort?: number; quiet?: boolean } = {},
): Promise<TeamsDev> {
  const graph = createGraphEmulator();
  graph.addGroupSite(DEV_TEAMS.groupId);
  // The signed-in user is a member of the team whose channel the tab is in (the personal tab lists it).
  graph.addJoinedTeam({ id: DEV_TEAMS.groupId, displayName: DEV_TEAMS.teamName });
  // The tab's channel takes posts (review summaries): Graph addresses the team by its group id.
  graph.addChannel(DEV_TEAMS.groupId, {
    id: DEV_TEAMS.channelId,
    displayName: DEV_TEAMS.channelName,
  });
  const served = await graph.serve({ https: true, port: options.graphPort });
  if (served.protocol !== 'https') {
    await served.close();
    throw new Error('The Graph emulator needs openssl to serve HTTPS.');
  }
  const graphUrl = `${served.url}v1.0`;
  const outDir = await mkdtemp(join(tmpdir(), 'tandem-teams-'));
  const buildEnv = { VITE_GRAPH_EMULATOR_URL: graphUrl, VITE_TEAMS_APP_ID: DEV_TEAMS_APP_ID };
  const previous = Object.fromEntries(
    Object.keys(buildEnv).map((key) => [key, process.env[key]] as const),
  );
  Object.assign(process.env, buildEnv);
  try {
    await build({
      configFile: join(REPO_ROOT, 'vite.config.ts'),
      logLevel: options.quiet ? 'silent' : 'warn',
      // The manifest maps source modules to chunks (the bench adds MSAL's, which this build never loads).
      build: { outDir, emptyOutDir: true, sourcemap: false, manifest: true },
    });
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  const server = await serveTeamsHost({
    appRoot: outDir,
    port: options.port,
    // The shipped policy, plus the host fake (same origin) as framer and the emulator as Graph.
    tabPolicy: contentSecurityPolicy({
      extraAncestors: ["'self'"],
      extraConnect: [new URL(graphUrl).origin],
    }),
  });
  return {
    graph,
    graphUrl,
    server,
    outDir,
    // No `token`: the host fake issues a JWT for DEV_TEAMS's user and tenant (host.js).
    hostUrl: (params = {}) => server.hostUrl('/index.html', { ...DEV_TEAMS, ...params }),
    async close() {
      await server.close();
      await served.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

function argument(name: string): number | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dev = await startTeamsDev({
    port: argument('--port'),
    graphPort: argument('--graph-port'),
  });
  console.log(`Graph emulator: ${dev.graphUrl} (self-signed: accept it in the browser first)`);
  console.log(`Configuration page: ${dev.hostUrl({ frame: 'settings' })}`);
  console.log(
    `Content page:       ${dev.hostUrl({ entityId: '<engagement id from the saved config>' })}`,
  );
  console.log('In the host page devtools: tandemHost.pressSave(), tandemHost.pushTheme("dark").');
  const stop = () => void dev.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
