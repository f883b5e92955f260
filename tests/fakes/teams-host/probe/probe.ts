/**
 * Browser entry for the adapter's end-to-end test: connects with the real teams-js through
 * src/adapters/teams/connect-to-host.ts and exposes the outcome as `window.tandemProbe`, so the
 * test can drive it from Playwright without the app's composition root. `?timeout=` sets timeoutMs.
 *
 * Bundled on the fly by Vite's build() in the test (see probe-build.ts).
 */
import { connectToHost } from '../../../../src/adapters/teams/connect-to-host';
import type {
  HostContext,
  HostTheme,
  TabConfig,
  TeamsHost,
} from '../../../../src/ports/host-context';

export interface ProbeSummary {
  readonly mode: 'teams' | 'local';
  readonly reason: string | null;
  readonly context: HostContext | null;
  readonly elapsedMs: number;
}

export interface TandemProbe {
  /** The connection's outcome, serialisable for Playwright. */
  readonly connection: Promise<ProbeSummary>;
  /** The connected host (undefined until and unless mode is 'teams'). */
  host?: TeamsHost;
  /** Themes seen by two independent listeners, and by one that unsubscribed at once. */
  readonly themes: { first: HostTheme[]; second: HostTheme[]; unsubscribed: HostTheme[] };
  /** Registers a Save handler that answers `config`, or throws `failWith`. */
  handleSave(outcome: { config: TabConfig } | { failWith: string }): void;
}

const timeout = new URLSearchParams(location.search).get('timeout');
const started = performance.now();
const themes: TandemProbe['themes'] = { first: [], second: [], unsubscribed: [] };

const probe: TandemProbe = {
  themes,
  connection: connectToHost(timeout ? { timeoutMs: Number(timeout) } : {}).then((connection) => {
    const elapsedMs = Math.round(performance.now() - started);
    if (connection.mode === 'local') {
      return { mode: 'local', reason: connection.reason, context: null, elapsedMs };
    }
    const { host } = connection;
    probe.host = host;
    host.onThemeChange((theme) => themes.first.push(theme));
    host.onThemeChange((theme) => themes.second.push(theme));
    host.onThemeChange((theme) => themes.unsubscribed.push(theme))();
    return { mode: 'teams', reason: null, context: host.context, elapsedMs };
  }),
  handleSave(outcome) {
    if (!probe.host) throw new Error('Not connected to a Teams host.');
    probe.host.onConfigSave(async () => {
      if ('failWith' in outcome) throw new Error(outcome.failWith);
      return outcome.config;
    });
  },
};

Object.assign(window, { tandemProbe: probe });
