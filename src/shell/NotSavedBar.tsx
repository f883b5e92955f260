import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { NotSaved } from '../application/session/engagement-session';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface Props {
  readonly items: readonly NotSaved[];
  readonly onRetry: (id: number) => void;
  readonly onDiscard: (id: number) => void;
}

/**
 * The changes the store refused, each with its reason, kept until the user tries again or discards
 * it; the changes made after them were saved (application/session/engagement-session.ts).
 */
export function NotSavedBar({ items, onRetry, onDiscard }: Props) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section className={styles.list} aria-label="Changes not saved">
      {items.map((item) => (
        <MessageBar key={item.id} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not saved: {item.action.label}.</MessageBarTitle>
            {item.message} Your other changes were saved.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => onRetry(item.id)}>
              Try again
            </Button>
            <Button size="small" onClick={() => onDiscard(item.id)}>
              Discard
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </section>
  );
}
