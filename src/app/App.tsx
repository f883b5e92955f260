import { lazy, Suspense, useEffect, useState } from 'react';
import type { HostConnection, TeamsHost } from '../ports/host-context';
import type { BuildEnv } from './build-env';
import { LocalApp } from './LocalApp';
import { ConnectingToHost, HostUnreached } from './HostUnreached';

// Teams mode (teams-js, MSAL, graph-client) is its own chunk: local mode never loads it.
const TeamsMode = lazy(() => import('./TeamsMode').then((m) => ({ default: m.TeamsMode })));

/** Same test as adapters/teams/is-framed.ts, inlined so local mode loads no Teams code at all. */
function framed(): boolean {
  try {
    return window.parent !== window || Boolean(window.opener);
  } catch {
    return true;
  }
}

/** One handshake per page, even when React runs the effect twice (StrictMode). */
let connecting: Promise<HostConnection> | null = null;
function connect(): Promise<HostConnection> {
  connecting ??= import('../adapters/teams/connect-to-host').then(({ connectToHost }) =>
    connectToHost(),
  );
  return connecting;
}

type Mode =
  | { kind: 'connecting' }
  | { kind: 'local' }
  /** Framed, and no Teams host answered: the user chooses (never local without asking). */
  | { kind: 'unreached' }
  | { kind: 'teams'; host: TeamsHost };

/**
 * Picks the mode (compose-local.ts and compose-teams.ts pick the adapters). Top level (not framed)
 * → local mode at once. Framed → ask the Teams host, as long as Teams waits (30 s), showing how
 * long it takes; a host → Teams mode (SharePoint store, host theme, loading protocol); none → a page
 * that says so and offers this browser's storage as a choice, never silently.
 */
export function App({ env }: { env: BuildEnv }) {
  const [mode, setMode] = useState<Mode>(() =>
    framed() ? { kind: 'connecting' } : { kind: 'local' },
  );
  useEffect(() => {
    if (mode.kind !== 'connecting') return;
    let live = true;
    connect().then(
      (connection) => {
        if (!live) return;
        setMode(
          connection.mode === 'teams'
            ? { kind: 'teams', host: connection.host }
            : { kind: 'unreached' },
        );
      },
      () => live && setMode({ kind: 'unreached' }),
    );
    return () => {
      live = false;
    };
  }, [mode.kind]);

  if (mode.kind === 'local') return <LocalApp />;
  if (mode.kind === 'connecting') return <ConnectingToHost />;
  if (mode.kind === 'unreached')
    return <HostUnreached onLocal={() => setMode({ kind: 'local' })} />;
  return (
    <Suspense fallback={<p style={{ padding: 24 }}>Loading Tandem…</p>}>
      <TeamsMode host={mode.host} env={env} />
    </Suspense>
  );
}
