import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Regular } from '@fluentui/react-icons';
import { useServices } from '../features/shared/services-context';

const useStyles = makeStyles({
  error: { color: tokens.colorStatusDangerForeground1 },
});

const kept = (pending: number) => `(${pending} change${pending === 1 ? '' : 's'} kept)`;

/**
 * The sync indicator when the store's sign-in is gone: the unsaved changes stay queued and on
 * screen; "Sign in again" signs in from the click (a sign-in window may only open right after one),
 * then sends the queue. A failed sign-in says why and leaves everything as it was.
 */
export function SignInAgain({
  pending,
  message,
  onSignedIn,
}: {
  pending: number;
  /** The store's own words, shown only where the app cannot sign in (no `signIn` service). */
  message: string;
  /** Called once signed in: send the queued changes again. */
  onSignedIn: () => void;
}) {
  const styles = useStyles();
  const { signIn } = useServices();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (!signIn) {
    return (
      <>
        <ErrorCircle16Regular aria-hidden className={styles.error} />
        <Text size={200} className={styles.error}>
          Not saved: {message} {kept(pending)}
        </Text>
        <Button size="small" onClick={onSignedIn}>
          Retry
        </Button>
      </>
    );
  }

  const click = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await signIn();
      setBusy(false);
      onSignedIn();
    } catch (error) {
      setBusy(false);
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <ErrorCircle16Regular aria-hidden className={styles.error} />
      <Text size={200} className={styles.error}>
        Your Microsoft 365 sign-in has expired —
      </Text>
      <Button size="small" appearance="primary" disabled={busy} onClick={() => void click()}>
        {busy ? 'Signing in…' : 'Sign in again'}
      </Button>
      <Text size={200}>{kept(pending)}</Text>
      {problem && (
        <Text size={200} className={styles.error}>
          {problem}
        </Text>
      )}
    </>
  );
}
