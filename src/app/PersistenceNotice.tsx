import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { askPersistentStorage, type Persistence } from '../adapters/local/storage-persistence';

const DISMISSED_KEY = 'tandem.persistenceNoticeDismissed';

/** Whether the user dismissed the notice in this browser (blocked storage: not dismissed). */
function wasDismissed(): boolean {
  try {
    return window.localStorage.getItem(DISMISSED_KEY) === 'yes';
  } catch {
    return false;
  }
}

function rememberDismissed(): void {
  try {
    window.localStorage.setItem(DISMISSED_KEY, 'yes');
  } catch {
    // Storage blocked: the notice comes back on the next load, which is the safe side.
  }
}

/**
 * Local mode: says so when the browser did not make Tandem's storage persistent. Browsers often
 * refuse on the first visits, so a dismissal is remembered: the notice would otherwise greet every
 * load.
 */
export function PersistenceNotice({
  ask = askPersistentStorage,
}: {
  readonly ask?: () => Promise<Persistence>;
}) {
  const [answer, setAnswer] = useState<Persistence | null>(null);
  const [dismissed, setDismissed] = useState(wasDismissed);
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
        <Button
          size="small"
          onClick={() => {
            rememberDismissed();
            setDismissed(true);
          }}
        >
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
