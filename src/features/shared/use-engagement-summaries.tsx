import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import {
  StoreError,
  type EngagementStore,
  type EngagementSummary,
} from '../../ports/engagement-store';

/**
 * The store's engagements, loaded on mount and again on `reload()`; a failure keeps its message for
 * `LoadErrorBar`. `onLoaded` runs with each fresh list (e.g. to open the form when there are none).
 */
export function useEngagementSummaries(
  store: EngagementStore,
  failureMessage: string,
  onLoaded?: (list: EngagementSummary[]) => void,
) {
  const [summaries, setSummaries] = useState<EngagementSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  // The latest callback, without making every render reload the list.
  const loaded = useRef(onLoaded);
  useEffect(() => {
    loaded.current = onLoaded;
  });

  useEffect(() => {
    let live = true;
    store.listEngagements().then(
      (list) => {
        if (!live) return;
        setSummaries(list);
        loaded.current?.(list);
      },
      (cause: unknown) =>
        live && setError(cause instanceof StoreError ? cause.message : failureMessage),
    );
    return () => {
      live = false;
    };
  }, [store, generation, failureMessage]);

  const reload = useCallback(() => {
    setError(null);
    setGeneration((count) => count + 1);
  }, []);

  return { summaries, error, reload };
}

export function LoadErrorBar({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>{message}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>Try again</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
