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
import { AuthError, GRAPH_SCOPES } from '../ports/auth';
import type { HostTheme, TeamsHost } from '../ports/host-context';
import { ReportLoaded } from '../features/shared/ReportLoaded';
import { ServicesProvider, type AppServices } from '../features/shared/services-context';
import { AppRoot } from '../shell/AppRoot';
import { channelAccess } from './channel-access';
import { createLocalServices } from './local-services';
import { createPersonalServices, isPersonalTab } from './personal-services';
import { STORE_SCOPES, type TeamsEnv } from './teams-services';
import {
  authFailure,
  LOAD_GUARD_MS,
  createLoadGuard,
  messageOf,
  needsUser,
  settlingHost,
  startTeamsMode,
  type Failure,
  type Phase,
} from './teams-startup';

const TabConfigPage = lazy(() =>
  import('../shell/TabConfigPage').then((m) => ({ default: m.TabConfigPage })),
);
const PersonalPage = lazy(() =>
  import('../features/personal/PersonalPage').then((m) => ({ default: m.PersonalPage })),
);

const env = import.meta.env as TeamsEnv;

const THEMES: Record<HostTheme, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  page: {
    maxWidth: '720px',
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
});

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

  // The personal tab has no team, hence no store: it reads every team the user is in instead.
  // Made once: the context object changes with the theme, and a new directory would read again.
  const [personal] = useState(() =>
    'failure' in setup || !isPersonalTab(context)
      ? null
      : createPersonalServices(setup.auth, appHost),
  );

  const services = useMemo<AppServices | null>(() => {
    if (phase.kind !== 'ready' || !phase.store) return null;
    const channel =
      'auth' in setup ? channelAccess(context, setup.channel, setup.auth, env) : undefined;
    return {
      ...createLocalServices(phase.store),
      userName: () => context.user.loginHint ?? 'Teams user',
      currentUser: () => ({
        name: context.user.loginHint ?? 'Teams user',
        upn: context.user.loginHint,
      }),
      host: appHost,
      ...(channel && { channel }),
      // Sign-in lost mid-session: a fresh token, so a token Graph refused is not handed back.
      ...('auth' in setup && {
        signIn: () =>
          setup.auth
            .getToken(STORE_SCOPES, { interactive: true, forceRefresh: true })
            .then(() => undefined),
      }),
      ...('auth' in setup &&
        setup.planner &&
        context.team?.groupId && {
          planner: {
            tasks: setup.planner,
            groupId: context.team.groupId,
            allow: () =>
              setup.auth
                .getToken(GRAPH_SCOPES.syncPlanner, { interactive: true })
                .then(() => undefined),
          },
        }),
    };
  }, [phase, context, appHost, setup]);

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
  } else if (!services && personal) {
    body = (
      <Suspense fallback={<Spinner label="Loading…" />}>
        <PersonalPage services={personal} />
      </Suspense>
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

/** A tab in a chat without a team: no team site to read engagements from. */
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
