import { lazy, Suspense, useEffect } from 'react';
import { Spinner } from '@fluentui/react-components';
import { LoadErrorBar, useEngagementSummaries } from '../features/shared/use-engagement-summaries';
import { useServices } from '../features/shared/services-context';
import { EngagementShell } from './EngagementShell';
import { ReportLoaded } from '../features/shared/ReportLoaded';
import { useHashRoute } from '../features/shared/use-hash-route';
import { inUse, purgeExpired, recentlyDeleted } from '../application/engagement-lifecycle';

// Only new users and "New engagement" need the form: it is its own chunk.
const FirstRun = lazy(() =>
  import('../features/first-run/FirstRun').then((m) => ({ default: m.FirstRun })),
);

/** Decides between first run, the new-engagement form and an open engagement. */
export function AppRoot() {
  const { store, now } = useServices();
  const [route, navigate] = useHashRoute();
  const {
    summaries,
    error,
    reload: refresh,
  } = useEngagementSummaries(store, 'The engagements could not be read.');

  // Engagements past their recycle period are removed for good when the list is read. A failure
  // leaves them for the next time; they are not offered for restoring either way.
  useEffect(() => {
    if (!summaries) return;
    purgeExpired(store, summaries, now()).then(
      (removed) => removed > 0 && refresh(),
      () => undefined,
    );
  }, [summaries, store, now, refresh]);

  if (error) {
    return (
      <>
        <LoadErrorBar message={error} onRetry={refresh} />
        {/* Settled: the page says what happened and offers Try again (Teams keeps it). */}
        <ReportLoaded />
      </>
    );
  }
  if (!summaries) return <Spinner label="Loading Tandem…" />;

  const active = inUse(summaries);
  const deleted = recentlyDeleted(summaries, now());
  // In this browser's store, an address naming an engagement the store does not hold (storage
  // was cleared, or the link came from another browser) starts clean instead of failing. A team's
  // store says what became of it on the engagement's own page.
  const known = summaries.some((summary) => summary.id === route.engagementId);
  const routed = store.kind === 'local' && !known ? null : route.engagementId;
  const openId = routed ?? active[0]?.id ?? null;
  if (route.creating || !openId) {
    return (
      <Suspense fallback={<Spinner label="Loading…" />}>
        <FirstRun
          onCreated={(id) => {
            refresh();
            navigate({ engagementId: id, view: 'matrix' });
          }}
          onCancel={
            active.length > 0 ? () => navigate({ engagementId: active[0]?.id ?? null }) : undefined
          }
          deleted={deleted}
          onRestored={(id) => {
            refresh();
            navigate({ engagementId: id, view: 'matrix' });
          }}
        />
      </Suspense>
    );
  }
  return (
    <EngagementShell
      key={openId}
      engagementId={openId}
      route={route}
      summaries={active}
      deleted={deleted}
      onListChanged={refresh}
      navigate={navigate}
    />
  );
}
