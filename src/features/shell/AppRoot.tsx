import { useCallback, useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { StoreError, type EngagementSummary } from '../../ports/engagement-store';
import { FirstRun } from '../first-run/FirstRun';
import { useServices } from '../shared/services-context';
import { EngagementShell } from './EngagementShell';
import { useHashRoute } from './use-hash-route';

/** Decides between first run, the new-engagement form and an open engagement. */
export function AppRoot() {
  const { store } = useServices();
  const [route, navigate] = useHashRoute();
  const [summaries, setSummaries] = useState<EngagementSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    setError(null);
    store.listEngagements().then(setSummaries, (cause: unknown) =>
      setError(cause instanceof StoreError ? cause.message : 'The engagements could not be read.'),
    );
  }, [store]);
  useEffect(refresh, [refresh]);

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
      <FirstRun
        onCreated={(id) => {
          refresh();
          navigate({ engagementId: id, view: 'matrix' });
        }}
        onCancel={summaries.length > 0 ? () => navigate({ engagementId: summaries[0]?.id ?? null }) : undefined}
      />
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
