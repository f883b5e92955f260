import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { NotSaved } from '../application/session/engagement-session';
import type { SaveAction } from '../application/session/edit-intent';
import { FixNotSavedDialog } from './FixNotSavedDialog';
import { fixableFields } from './fix-not-saved';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface Props {
  readonly items: readonly NotSaved[];
  readonly onRetry: (id: number) => void;
  readonly onDiscard: (id: number) => void;
  readonly onFix: (id: number, fixed: SaveAction) => void;
}

/**
 * The changes the store refused, each with its reason, kept until the user tries again or discards
 * it; the changes made after them were saved (application/session/engagement-session.ts).
 */
export function NotSavedBar({ items, onRetry, onDiscard, onFix }: Props) {
  const styles = useStyles();
  const [fixing, setFixing] = useState<NotSaved | null>(null);
  if (items.length === 0) return null;
  return (
    <section className={styles.list} aria-label="Changes not saved">
      {items.map((item) => {
        const fields = fixableFields(item.action);
        // Sent unchanged, text over its limit would be refused the same way: only Fix helps.
        const overLimit = fields.some((field) => field.problem !== null);
        return (
          <MessageBar key={item.id} intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Not saved: {item.action.label}.</MessageBarTitle>
              {item.message} Your other changes were saved.
            </MessageBarBody>
            <MessageBarActions>
              {fields.length > 0 && (
                <Button size="small" appearance="primary" onClick={() => setFixing(item)}>
                  Fix
                </Button>
              )}
              {!overLimit && (
                <Button size="small" onClick={() => onRetry(item.id)}>
                  Try again
                </Button>
              )}
              <Button size="small" onClick={() => onDiscard(item.id)}>
                Discard
              </Button>
            </MessageBarActions>
          </MessageBar>
        );
      })}
      {fixing && (
        <FixNotSavedDialog
          item={fixing}
          onCancel={() => setFixing(null)}
          onSave={(fixed) => {
            setFixing(null);
            onFix(fixing.id, fixed);
          }}
        />
      )}
    </section>
  );
}
