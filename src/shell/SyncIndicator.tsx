import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Regular, ErrorCircle16Regular } from '@fluentui/react-icons';
import type { StoreStatus } from '../ports/engagement-store';
import type { SyncState } from '../application/session/engagement-session';
import { SignInAgain } from './SignInAgain';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorStatusDangerForeground1 },
});

/** What the sync indicator says while SharePoint is throttling, or null when it is not. */
export function retryingLabel(backend: StoreStatus): string | null {
  if (backend.kind !== 'retrying') return null;
  return `SharePoint is busy — retrying in ${Math.ceil(backend.waitSeconds)} s (attempt ${backend.attempt})…`;
}

/**
 * Saved / saving / failed with Retry / signed out with "Sign in again". Announced politely to
 * screen readers.
 */
export function SyncIndicator({
  sync,
  backend,
  onRetry,
}: {
  sync: SyncState;
  backend: StoreStatus;
  onRetry: () => void;
}) {
  const styles = useStyles();
  return (
    <div
      className={styles.root}
      role="status"
      aria-live="polite"
      data-testid="sync-state"
      data-sync={sync.status}
    >
      {sync.status === 'saved' && (
        <>
          <CheckmarkCircle16Regular aria-hidden />
          <Text size={200}>
            {sync.recovered
              ? `Saved — the ${sync.recovered === 1 ? 'change that' : `${sync.recovered} changes that`} had failed ${sync.recovered === 1 ? 'is' : 'are'} stored now`
              : 'Saved'}
          </Text>
        </>
      )}
      {sync.status === 'saving' && backend.kind === 'retrying' && (
        <Spinner size="extra-tiny" label={retryingLabel(backend)} labelPosition="after" />
      )}
      {sync.status === 'saving' && backend.kind !== 'retrying' && (
        <Spinner size="extra-tiny" label="Saving…" labelPosition="after" />
      )}
      {sync.status === 'failed' && (
        <>
          <ErrorCircle16Regular aria-hidden className={styles.error} />
          <Text size={200} className={styles.error}>
            Not saved: {sync.message} ({sync.pending} change{sync.pending === 1 ? '' : 's'} kept)
          </Text>
          <Button size="small" onClick={onRetry}>
            Retry
          </Button>
        </>
      )}
      {sync.status === 'signed-out' && (
        <SignInAgain pending={sync.pending} message={sync.message} onSignedIn={onRetry} />
      )}
      {sync.status === 'conflict' && (
        <Text size={200} className={styles.error}>
          Someone else changed this — choose which version to keep.
        </Text>
      )}
    </div>
  );
}
