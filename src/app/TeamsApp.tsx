import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import {
  Body1,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title2,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { AuthError, type Auth } from '../ports/auth';
import type { EngagementStore } from '../ports/engagement-store';
import type { HostContext, HostTheme, LoadFailureReason, TeamsHost } from '../ports/host-context';
import { ReportLoaded } from '../features/shared/ReportLoaded';
import { ServicesProvider, type AppServices } from '../features/shared/services-context';
import { AppRoot } from '../features/shell/AppRoot';
import { formatRoute, parseRoute } from '../features/shell/use-hash-route';
import { createLocalServices } from './local-services';
import { createTeamsAuth, createTeamsStore, STORE_SCOPES, type TeamsEnv } from './teams-services';

const TabConfigPage = lazy(() =>
  import('../features/tab-config/TabConfigPage').then((m) => ({ default: m.TabConfigPage })),
);

const THEMES: Record<HostTheme, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Teams shows its own error if the tab reports nothing within 30 s (§5.1); we give up at 15 s. */
export const LOAD_GUARD_MS = 15_000;

/** The personal app's entity id (manifest `staticTabs`): the list of engagements. */
const PERSONAL_ENTITY_ID = 'engagements';

const useStyles = makeStyles({
  page: {
    maxWidth: '720px',
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
});

interface Failure {
  readonly reason: LoadFailureReason;
  readonly title: string;
  readonly detail: string;
  readonly tips: readonly string[];
  readonly canRetry: boolean;
}

type Phase =
  | { readonly kind: 'starting' }
  | {
      readonly kind: 'sign-in';
      readonly auth: Auth;
      readonly store: EngagementStore;
      readonly message: string | null;
      readonly busy: boolean;
    }
  | { readonly kind: 'ready'; readonly store: EngagementStore | null }
  | { readonly kind: 'failed'; readonly failure: Failure };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The host as features see it: `notifySuccess`/`notifyFailure` go out at most once (together),
 * and either one stops the load guard.
 */
function settlingHost(host: TeamsHost, onSettled: () => void): TeamsHost {
  let settled = false;
  const settle = () => {
    if (settled) return false;
    settled = true;
    onSettled();
    return true;
  };
  return {
    get context() {
      return host.context;
    },
    onThemeChange: (listener) => host.onThemeChange(listener),
    notifyAppLoaded: () => host.notifyAppLoaded(),
    notifySuccess: () => {
      if (settle()) host.notifySuccess();
    },
    notifyFailure: (reason, message) => {
      if (settle()) host.notifyFailure(reason, message);
    },
    setConfigValid: (valid) => host.setConfigValid(valid),
    onConfigSave: (handler) => host.onConfigSave(handler),
  };
}

function authFailure(error: unknown): Failure {
  if (error instanceof AuthError && error.code === 'wrong-tenant') {
    return {
      reason: 'AuthFailed',
      title: 'You are signed in to a different organisation',
      detail: error.message,
      tips: [
        'Sign out of other Microsoft 365 accounts in this browser or Teams client, then reopen the tab.',
        'Make sure you opened the tab from the team that owns this engagement.',
      ],
      canRetry: false,
    };
  }
  return {
    reason: 'AuthFailed',
    title: "Tandem couldn't get access to Microsoft 365",
    detail: messageOf(error),
    tips: [
      'Reload the tab.',
      'If it keeps failing, ask your Microsoft 365 admin whether Tandem is allowed in your organisation.',
    ],
    canRetry: true,
  };
}

const needsUser = (error: unknown) =>
  error instanceof AuthError &&
  (error.code === 'interaction-required' || error.code === 'consent-required');

/** Points the hash at the tab's engagement (and a deep-linked row) before the shell reads it. */
function routeToEntity(engagementId: string, subPageId: string | null) {
  const current = parseRoute(window.location.hash);
  const same = current.engagementId === engagementId;
  if (same && !subPageId) return;
  const hash = formatRoute({
    engagementId,
    view: subPageId || !same ? 'matrix' : current.view,
    rowId: subPageId ?? current.rowId,
  });
  window.history.replaceState(null, '', hash);
}

type Setup =
  { readonly auth: Auth; readonly store: EngagementStore | null } | { readonly failure: Failure };

/** Picks Teams mode's adapters and points the hash at the tab's engagement. */
function startTeamsMode(context: HostContext): Setup {
  const env = import.meta.env as TeamsEnv;
  try {
    const auth = createTeamsAuth(context, env);
    const store = createTeamsStore(context, auth, env);
    if (
      context.frameContext === 'content' &&
      context.page.id &&
      context.page.id !== PERSONAL_ENTITY_ID
    ) {
      routeToEntity(context.page.id, context.page.subPageId);
    }
    return { auth, store };
  } catch (error) {
    return {
      failure: {
        reason: 'Other',
        title: 'Tandem is not set up correctly',
        detail: messageOf(error),
        tips: ['Ask whoever deployed Tandem to check its configuration.'],
        canRetry: false,
      },
    };
  }
}

/** Fires once after LOAD_GUARD_MS unless stopped (by notifySuccess/notifyFailure). */
function createLoadGuard() {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    start(onTimeout: () => void) {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        onTimeout();
      }, LOAD_GUARD_MS);
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

/** Teams mode: the host's theme, the SharePoint store, the loading protocol and sign-in. */
export function TeamsApp({ host }: { host: TeamsHost }) {
  const styles = useStyles();
  const subscribeTheme = useCallback(
    (onChange: () => void) => host.onThemeChange(() => onChange()),
    [host],
  );
  const hostTheme = useSyncExternalStore(subscribeTheme, () => host.context.theme);
  // Adapters are picked once; a configuration error is the first thing to show.
  const [setup] = useState(() => startTeamsMode(host.context));
  const [phase, setPhase] = useState<Phase>(() =>
    'failure' in setup
      ? { kind: 'failed', failure: setup.failure }
      : setup.store
        ? { kind: 'starting' }
        : { kind: 'ready', store: null },
  );
  const [guard] = useState(createLoadGuard);
  const appHost = useMemo(() => settlingHost(host, guard.stop), [host, guard]);
  const context = host.context;

  const fail = useCallback(
    (failure: Failure) => {
      appHost.notifyFailure(failure.reason, `${failure.title}. ${failure.detail}`);
      setPhase({ kind: 'failed', failure });
    },
    [appHost],
  );

  // The shell is up: the host may hide its loading indicator. Then the guard starts.
  useEffect(() => {
    host.notifyAppLoaded();
    if ('failure' in setup) {
      appHost.notifyFailure(
        setup.failure.reason,
        `${setup.failure.title}. ${setup.failure.detail}`,
      );
      return;
    }
    guard.start(() =>
      fail({
        reason: 'Timeout',
        title: 'Tandem took too long to load',
        detail: `Nothing arrived from the team's SharePoint site within ${LOAD_GUARD_MS / 1000} seconds.`,
        tips: [
          'Check your network connection, then reload the tab.',
          'SharePoint may be busy: wait a minute and try again.',
        ],
        canRetry: true,
      }),
    );
    return guard.stop;
  }, [host, setup, appHost, guard, fail]);

  // Ask silently for a token first, so sign-in problems show before any data call.
  useEffect(() => {
    if ('failure' in setup || !setup.store) return;
    let live = true;
    const { auth, store } = setup;
    auth.getToken(STORE_SCOPES).then(
      () => live && setPhase({ kind: 'ready', store }),
      (error: unknown) => {
        if (!live) return;
        if (needsUser(error)) {
          // The page the user needs is on screen: without this Teams would time out over it.
          appHost.notifySuccess();
          setPhase({ kind: 'sign-in', auth, store, message: null, busy: false });
        } else fail(authFailure(error));
      },
    );
    return () => {
      live = false;
    };
  }, [setup, appHost, fail]);

  const services = useMemo<AppServices | null>(() => {
    if (phase.kind !== 'ready' || !phase.store) return null;
    return {
      ...createLocalServices(phase.store),
      userName: () => context.user.loginHint ?? 'Teams user',
      host: appHost,
    };
  }, [phase, context, appHost]);

  const signIn = async () => {
    if (phase.kind !== 'sign-in') return;
    const { auth, store } = phase;
    setPhase({ ...phase, busy: true, message: null });
    try {
      await auth.getToken(STORE_SCOPES, { interactive: true });
      setPhase({ kind: 'ready', store });
    } catch (error) {
      if (error instanceof AuthError && error.code === 'wrong-tenant') fail(authFailure(error));
      else {
        setPhase({
          kind: 'sign-in',
          auth,
          store,
          busy: false,
          message:
            error instanceof AuthError && error.code === 'cancelled'
              ? 'Sign-in was cancelled. Select Sign in to try again.'
              : messageOf(error),
        });
      }
    }
  };

  let body;
  if (phase.kind === 'starting') body = <Spinner label="Signing in to Microsoft 365…" />;
  else if (phase.kind === 'failed') {
    const { failure } = phase;
    body = (
      <main className={styles.page} role="alert">
        <Title2 as="h1">{failure.title}</Title2>
        <Body1 as="p">{failure.detail}</Body1>
        <Body1 as="p">What to try:</Body1>
        <ul>
          {failure.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
        {failure.canRetry && (
          <div>
            <Button appearance="primary" onClick={() => window.location.reload()}>
              Reload the tab
            </Button>
          </div>
        )}
      </main>
    );
  } else if (phase.kind === 'sign-in') {
    body = (
      <main className={styles.page}>
        <Title2 as="h1">Sign in to see this team&apos;s engagements</Title2>
        <Body1 as="p">
          Tandem keeps engagements in the team&apos;s SharePoint site. Microsoft 365 needs you to
          sign in (or agree to Tandem&apos;s permissions) once.
        </Body1>
        {phase.message && (
          <MessageBar intent="warning">
            <MessageBarBody>{phase.message}</MessageBarBody>
          </MessageBar>
        )}
        <div>
          <Button appearance="primary" disabled={phase.busy} onClick={() => void signIn()}>
            {phase.busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </div>
      </main>
    );
  } else if (!services) {
    body = <NoTeamPage host={appHost} />;
  } else {
    body = (
      <ServicesProvider services={services}>
        {context.frameContext === 'settings' ? (
          <Suspense fallback={<Spinner label="Loading…" />}>
            <TabConfigPage />
          </Suspense>
        ) : context.frameContext === 'content' ? (
          <AppRoot />
        ) : (
          <main className={styles.page}>
            <Body1 as="p">Tandem has nothing to show here. Close this page to continue.</Body1>
            <ReportLoaded />
          </main>
        )}
      </ServicesProvider>
    );
  }

  return (
    <FluentProvider
      theme={THEMES[hostTheme]}
      style={{ minHeight: '100vh' }}
      data-testid="teams-app"
    >
      {body}
    </FluentProvider>
  );
}

/** Personal app or chat: no team, so no team site to read engagements from. */
function NoTeamPage({ host }: { host: TeamsHost }) {
  const styles = useStyles();
  useEffect(() => {
    host.notifySuccess();
  }, [host]);
  return (
    <main className={styles.page}>
      <Title2 as="h1">Your engagements live in your teams</Title2>
      <Body1 as="p">
        Each engagement is stored in a team&apos;s SharePoint site and shown in a channel tab. Open
        the team that works with the customer and select its Tandem tab, or add Tandem to a channel
        with + (Add a tab).
      </Body1>
    </main>
  );
}
