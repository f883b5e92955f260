import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { restorableUntil } from '../application/engagement-lifecycle';
import type { EngagementSummary } from '../ports/engagement-store';

interface Props {
  /** "Contoso ↔ Fabrikam IT". */
  readonly title: string;
  readonly deletedAt: string;
  /** Another engagement in use to open instead; null: offer to start one. */
  readonly other: EngagementSummary | null;
  readonly onRestore: () => void;
  readonly onOpen: (id: string) => void;
  readonly onCreate: () => void;
}

/** What the page of a deleted engagement shows (a tab pinned to it, a link): when, until when, Restore. */
export function DeletedEngagementNotice(props: Props) {
  const { title, deletedAt, other, onRestore, onOpen, onCreate } = props;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        “{title}” was deleted on {deletedAt.slice(0, 10)}. It can be restored until{' '}
        {restorableUntil(deletedAt)}, with everything it held.
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onRestore}>
          Restore
        </Button>
        {other ? (
          <Button onClick={() => onOpen(other.id)}>Open {other.customer || 'Untitled'}</Button>
        ) : (
          <Button onClick={onCreate}>Start a new engagement</Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
