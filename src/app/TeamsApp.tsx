import { lazy, Suspense, useCallback, useSyncExternalStore } from 'react';
import {
  Body1,
  FluentProvider,
  Spinner,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { HostTheme, TeamsHost } from '../ports/host-context';
import { ReportLoaded } from '../features/shared/ReportLoaded';
import { ServicesProvider } from '../features/shared/services-context';
import { AppRoot } from '../shell/AppRoot';
import type { TeamsComposition } from './compose-teams';
import { FailurePage, NoTeamPage, SignInPage, TeamsPage } from './TeamsPages';
import { useTeamsStartup } from './use-teams-startup';

const TabConfigPage = lazy(() =>
  import('../shell/TabConfigPage').then((m) => ({ default: m.TabConfigPage })),
);
const PersonalPage = lazy(() =>
  import('../features/personal/PersonalPage').then((m) => ({ default: m.PersonalPage })),
);

const THEMES: Record<HostTheme, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/**
 * Teams mode: the host's theme, live, around the start-up phases (use-teams-startup.ts) — a
 * failure, sign-in, the personal tab, no team, or the app on the composed services.
 */
export function TeamsApp({
  host,
  composition,
}: {
  host: TeamsHost;
  composition: TeamsComposition;
}) {
  const subscribeTheme = useCallback(
    (onChange: () => void) => host.onThemeChange(() => onChange()),
    [host],
  );
  const hostTheme = useSyncExternalStore(subscribeTheme, () => host.context.theme);
  const { phase, appHost, services, personal, signIn } = useTeamsStartup(host, composition);
  const frame = host.context.frameContext;

  let body;
  if (phase.kind === 'starting') body = <Spinner label="Signing in to Microsoft 365…" />;
  else if (phase.kind === 'failed') body = <FailurePage failure={phase.failure} />;
  else if (phase.kind === 'sign-in')
    body = <SignInPage message={phase.message} busy={phase.busy} onSignIn={() => void signIn()} />;
  else if (!services && personal)
    body = (
      <Suspense fallback={<Spinner label="Loading…" />}>
        <PersonalPage services={personal} />
      </Suspense>
    );
  else if (!services) body = <NoTeamPage host={appHost} />;
  else
    body = (
      <ServicesProvider services={services}>
        {frame === 'settings' ? (
          <Suspense fallback={<Spinner label="Loading…" />}>
            <TabConfigPage />
          </Suspense>
        ) : frame === 'content' ? (
          <AppRoot />
        ) : (
          <TeamsPage>
            <Body1 as="p">Tandem has nothing to show here. Close this page to continue.</Body1>
            <ReportLoaded />
          </TeamsPage>
        )}
      </ServicesProvider>
    );

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
