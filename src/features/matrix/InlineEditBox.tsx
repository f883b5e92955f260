import { useId, type KeyboardEvent } from 'react';
import { Input, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: { position: 'relative', width: '100%' },
  input: { width: '100%' },
  // The message overlays the row below rather than growing the fixed-height row.
  message: {
    position: 'absolute',
    top: '100%',
    left: 0,
    right: 0,
    zIndex: 2,
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    padding: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow8,
    fontSize: tokens.fontSizeBase200,
  },
});

interface Props {
  readonly draft: string;
  readonly error: string | null;
  readonly inputLabel: string;
  readonly listId?: string;
  readonly onDraftChange: (draft: string) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly onBlur: (text: string) => void;
}

/**
 * The text box of an in-place edit with its message. Its own chunk: the matrix shows text until a
 * cell is edited, so Fluent's Input loads after the first paint (or on the first edit).
 */
export function InlineEditBox(props: Props) {
  const { draft, error, inputLabel, listId, onDraftChange, onKeyDown, onBlur } = props;
  const styles = useStyles();
  const messageId = useId();
  return (
    <div className={styles.root}>
      <Input
        className={styles.input}
        autoFocus
        value={draft}
        list={listId}
        aria-label={inputLabel}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? messageId : undefined}
        onChange={(_, data) => onDraftChange(data.value)}
        onKeyDown={onKeyDown}
        onBlur={(event) => onBlur(event.currentTarget.value)}
      />
      <div aria-live="polite">
        {error && (
          <div id={messageId} className={styles.message}>
            <ErrorCircle12Filled aria-hidden />
            {error}
          </div>
        )}
      </div>
    </div>
  );
}
