import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { askPersistentStorage, type Persistence } from '../adapters/local/storage-persistence';

/** Local mode: says so when the browser did not make Tandem's storage persistent. */
export function PersistenceNotice({
  ask = askPersistentStorage,
}: {
  readonly ask?: () => Promise<Persistence>;
}) {
  const [answer, setAnswer] = useState<Persistence | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    let live = true;
    void ask().then((result) => live && setAnswer(result));
    return () => {
      live = false;
    };
  }, [ask]);
  if (answer !== 'refused' || dismissed) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        This browser did not give Tandem persistent storage, so it may clear the engagements kept
        here when space runs low. To keep a copy, use Engagements → Publish to a team, or export the
        matrix.
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => setDismissed(true)}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
