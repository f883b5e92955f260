import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
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
import { engagementTitle } from '../domain/engagement/profile';
import {
  deleteAction,
  restoreAction,
  restoreEngagement,
  restoreFailureMessage,
} from '../application/engagement-lifecycle';
import { EngagementProvider } from '../features/shared/engagement-context';
import { useEngagementSession } from '../features/shared/use-engagement-session';
import { AppToaster, toasterPart } from '../features/shared/AppToaster';
import { PrefetchWhenIdle } from '../features/shared/on-demand';
import { ReportLoaded } from '../features/shared/ReportLoaded';
import { useServices } from '../features/shared/services-context';
import { engagementSwitcherPart, LazyEngagementSwitcher } from './LazyEngagementSwitcher';
import { DeletedEngagementNotice } from './DeletedEngagementNotice';
import { ModeBadge } from './ModeBadge';
import { NotSavedBar } from './NotSavedBar';
import { retryingLabel, SyncIndicator } from './SyncIndicator';
import { VIEWS, type Route, type ViewId } from '../features/shared/use-hash-route';
import { VIEW_COMPONENTS, VIEW_LABELS } from './views';

// Not needed for the first paint: the conflict dialog loads only when a conflict happens; the
// switcher's menu and the toaster are fetched once the first view is painted (or on first use), and
// until then render a stand-in button and nothing.
const ConflictDialog = lazy(() =>
  import('./ConflictDialog').then((m) => ({ default: m.ConflictDialog })),
);
const DeleteEngagementDialog = lazy(() =>
  import('./DeleteEngagementDialog').then((m) => ({ default: m.DeleteEngagementDialog })),
);
const PublishDialog = lazy(() =>
  import('./PublishDialog').then((m) => ({ default: m.PublishDialog })),
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
  /** The engagements in use, and those in "Recently deleted". */
  summaries: readonly EngagementSummary[];
  deleted: readonly EngagementSummary[];
  /** The list of engagements changed (one was deleted or restored): list them again. */
  onListChanged: () => void;
  navigate: (next: Partial<Route>, options?: { replace?: boolean }) => void;
}

/** One open engagement: header (name, switcher, mode, sync), view tabs and the current view. */
export function EngagementShell(props: Props) {
  const { engagementId, route, summaries, deleted, onListChanged, navigate } = props;
  const styles = useStyles();
  const { store, now, outbox } = useServices();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [restoreFailure, setRestoreFailure] = useState<string | null>(null);
  const session = useEngagementSession(store, engagementId, outbox);
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
        {/* Settled: the page says what happened and offers Try again (Teams keeps it). */}
        <ReportLoaded />
      </MessageBar>
    );
  }

  const { profile } = open.engagement;
  const title = engagementTitle(profile);
  const failedToRestore = (error: unknown) => setRestoreFailure(restoreFailureMessage(error));
  const restoreOther = (id: string) => {
    setRestoreFailure(null);
    restoreEngagement(store, id).then(() => {
      onListChanged();
      navigate({ engagementId: id, view: 'matrix' });
    }, failedToRestore);
  };
  const header = (
    <header className={styles.header}>
      <Title3 as="h1" className={styles.title}>
        {profile.customer || 'Untitled engagement'}
      </Title3>
      <ModeBadge kind={store.kind} />
      <SyncIndicator sync={open.sync} backend={state.backend} onRetry={session.retry} />
      <LazyEngagementSwitcher
        currentId={engagementId}
        summaries={summaries}
        deleted={deleted}
        onOpen={(id) => navigate({ engagementId: id, view: 'matrix' })}
        onCreate={() => navigate({ creating: true })}
        onDelete={profile.deletedAt ? undefined : () => setConfirmingDelete(true)}
        onRestore={restoreOther}
        onPublish={store.kind === 'local' ? () => setPublishing(true) : undefined}
      />
    </header>
  );
  const restoreBar = restoreFailure && (
    <MessageBar intent="error">
      <MessageBarBody>{restoreFailure}</MessageBarBody>
    </MessageBar>
  );

  if (profile.deletedAt) {
    return (
      <EngagementProvider value={open}>
        {header}
        <main className={styles.main} aria-label="Deleted engagement">
          {restoreBar}
          <DeletedEngagementNotice
            title={title}
            deletedAt={profile.deletedAt}
            other={summaries.find((summary) => summary.id !== engagementId) ?? null}
            onRestore={() =>
              session.commit(restoreAction(profile)).then(onListChanged, failedToRestore)
            }
            onOpen={(id) => navigate({ engagementId: id, view: 'matrix' })}
            onCreate={() => navigate({ creating: true })}
          />
          <ReportLoaded />
        </main>
      </EngagementProvider>
    );
  }

  const View = VIEW_COMPONENTS[route.view];
  return (
    <EngagementProvider value={open}>
      {header}
      {restoreBar}
      <NotSavedBar
        items={state.notSaved}
        onRetry={session.retryNotSaved}
        onDiscard={session.discardNotSaved}
        onFix={session.fixNotSaved}
      />
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
        {publishing && (
          <PublishDialog
            engagement={open.engagement}
            now={now}
            onClose={() => setPublishing(false)}
          />
        )}
        {confirmingDelete && (
          <DeleteEngagementDialog
            title={title}
            onClose={() => setConfirmingDelete(false)}
            onConfirm={async () => {
              await session.commit(deleteAction(profile, now()));
              setConfirmingDelete(false);
              onListChanged();
            }}
          />
        )}
        {open.sync.status === 'conflict' && (
          <ConflictDialog sync={open.sync} onResolve={session.resolveConflict} />
        )}
      </Suspense>
      <AppToaster />
    </EngagementProvider>
  );
}
