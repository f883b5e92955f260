import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { StoreError, type EngagementSummary } from '../../ports/engagement-store';
import { useServices } from '../shared/services-context';
import { EngagementShell } from './EngagementShell';
import { useHashRoute } from './use-hash-route';

// Only new users and "New engagement" need the form: it is its own chunk.
const FirstRun = lazy(() => import('../first-run/FirstRun').then((m) => ({ default: m.FirstRun })));

/** Decides between first run, the new-engagement form and an open engagement. */
export function AppRoot() {
  const { store } = useServices();
  const [route, navigate] = useHashRoute();
  const [summaries, setSummaries] = useState<EngagementSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    store.listEngagements().then(
      (list) => live && setSummaries(list),
      (cause: unknown) =>
        live &&
        setError(
          cause instanceof StoreError ? cause.message : 'The engagements could not be read.',
        ),
    );
    return () => {
      live = false;
    };
  }, [store, generation]);
  const refresh = useCallback(() => {
    setError(null);
    setGeneration((count) => count + 1);
  }, []);

  if (error) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{error}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={refresh}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
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
