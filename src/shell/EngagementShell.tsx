import { lazy, Suspense, useCallback, useMemo } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarActions,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { EngagementSummary } from '../ports/engagement-store';
import { EngagementProvider } from '../features/shared/engagement-context';
import { useEngagementSession } from '../features/shared/use-engagement-session';
import { AppToaster, toasterPart } from '../features/shared/AppToaster';
import { PrefetchWhenIdle } from '../features/shared/on-demand';
import { ReportLoaded } from '../features/shared/ReportLoaded';
import { useServices } from '../features/shared/services-context';
import { engagementSwitcherPart, LazyEngagementSwitcher } from './LazyEngagementSwitcher';
import { ModeBadge } from './ModeBadge';
import { retryingLabel, SyncIndicator } from './SyncIndicator';
import { VIEWS, type Route, type ViewId } from '../features/shared/use-hash-route';
import { VIEW_COMPONENTS, VIEW_LABELS } from './views';

// Not needed for the first paint: the conflict dialog loads only when a conflict happens; the
// switcher's menu and the toaster are fetched once the first view is painted (or on first use), and
// until then render a stand-in button and nothing.
const ConflictDialog = lazy(() =>
  import('./ConflictDialog').then((m) => ({ default: m.ConflictDialog })),
);
const AFTER_FIRST_VIEW = [engagementSwitcherPart, toasterPart];

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { marginRight: 'auto' },
  main: { padding: tokens.spacingHorizontalL },
  centered: { padding: tokens.spacingVerticalXXL, display: 'flex', justifyContent: 'center' },
});

interface Props {
  engagementId: string;
  route: Route;
  summaries: readonly EngagementSummary[];
  navigate: (next: Partial<Route>, options?: { replace?: boolean }) => void;
}

/** One open engagement: header (name, switcher, mode, sync), view tabs and the current view. */
export function EngagementShell({ engagementId, route, summaries, navigate }: Props) {
  const styles = useStyles();
  const { store } = useServices();
  const session = useEngagementSession(store, engagementId);
  const { state } = session;
  const openRow = useCallback(
    (rowId: string) => navigate({ engagementId, view: 'matrix', rowId }),
    [engagementId, navigate],
  );
  const navigateHere = useCallback(
    (next: Partial<Route>, options?: { replace?: boolean }) =>
      navigate({ ...next, engagementId }, options),
    [engagementId, navigate],
  );
  const open = useMemo(
    () =>
      state.status === 'ready'
        ? { engagement: state.engagement, sync: state.sync, save: session.save, session }
        : null,
    [state, session],
  );

  if (state.status === 'loading') {
    return (
      <div className={styles.centered}>
        <Spinner label={retryingLabel(state.backend) ?? 'Opening the engagement…'} />
      </div>
    );
  }
  if (state.status === 'error' || !open) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {state.status === 'error' ? state.message : 'The engagement could not be opened.'}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={session.reload}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  const View = VIEW_COMPONENTS[route.view];
  return (
    <EngagementProvider value={open}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {open.engagement.profile.customer || 'Untitled engagement'}
        </Title3>
        <ModeBadge kind={store.kind} />
        <SyncIndicator sync={open.sync} backend={state.backend} onRetry={session.retry} />
        <LazyEngagementSwitcher
          currentId={engagementId}
          summaries={summaries}
          onOpen={(id) => navigate({ engagementId: id, view: 'matrix' })}
          onCreate={() => navigate({ creating: true })}
        />
      </header>
      <nav aria-label="Engagement views">
        <TabList
          selectedValue={route.view}
          onTabSelect={(_, data) => navigate({ engagementId, view: data.value as ViewId })}
        >
          {VIEWS.map((view) => (
            <Tab key={view} value={view}>
              {VIEW_LABELS[view]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main} aria-label={VIEW_LABELS[route.view]}>
        <Suspense fallback={<Spinner label={`Loading ${VIEW_LABELS[route.view]}…`} />}>
          <View focusRowId={route.rowId} openRow={openRow} route={route} navigate={navigateHere} />
          <ReportLoaded />
          <PrefetchWhenIdle parts={AFTER_FIRST_VIEW} />
        </Suspense>
      </main>
      <Suspense fallback={null}>
        {open.sync.status === 'conflict' && (
          <ConflictDialog sync={open.sync} onResolve={session.resolveConflict} />
        )}
      </Suspense>
      <AppToaster />
    </EngagementProvider>
  );
}
