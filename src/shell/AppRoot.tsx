import { lazy, Suspense } from 'react';
import { Spinner } from '@fluentui/react-components';
import { LoadErrorBar, useEngagementSummaries } from '../features/shared/use-engagement-summaries';
import { useServices } from '../features/shared/services-context';
import { EngagementShell } from './EngagementShell';
import { useHashRoute } from '../features/shared/use-hash-route';

// Only new users and "New engagement" need the form: it is its own chunk.
const FirstRun = lazy(() =>
  import('../features/first-run/FirstRun').then((m) => ({ default: m.FirstRun })),
);

/** Decides between first run, the new-engagement form and an open engagement. */
export function AppRoot() {
  const { store } = useServices();
  const [route, navigate] = useHashRoute();
  const {
    summaries,
    error,
    reload: refresh,
  } = useEngagementSummaries(store, 'The engagements could not be read.');

  if (error) return <LoadErrorBar message={error} onRetry={refresh} />;
  if (!summaries) return <Spinner label="Loading Tandem…" />;

  const openId = route.engagementId ?? summaries[0]?.id ?? null;
  if (route.creating || !openId) {
    return (
      <Suspense fallback={<Spinner label="Loading…" />}>
        <FirstRun
          onCreated={(id) => {
            refresh();
            navigate({ engagementId: id, view: 'matrix' });
          }}
          onCancel={
            summaries.length > 0
              ? () => navigate({ engagementId: summaries[0]?.id ?? null })
              : undefined
          }
        />
      </Suspense>
    );
  }
  return (
    <EngagementShell
      key={openId}
      engagementId={openId}
      route={route}
      summaries={summaries}
      navigate={navigate}
    />
  );
}
