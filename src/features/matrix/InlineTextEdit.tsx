import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Button, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: { position: 'relative', width: '100%' },
  display: {
    width: '100%',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  text: {
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  },
  placeholder: { color: tokens.colorNeutralForeground4 },
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

export interface InlineTextEditProps {
  readonly value: string;
  /** Accessible name of the button that starts editing, e.g. "Rename Backup". */
  readonly editLabel: string;
  /** Accessible name of the text box while editing, e.g. "New name for Backup". */
  readonly inputLabel: string;
  /** Shown (dimmed) when the value is empty. */
  readonly placeholder?: string;
  /** A message when the draft cannot be saved; the draft is kept as typed. */
  readonly validate?: (draft: string) => string | null;
  readonly onCommit: (draft: string) => void;
  /** Id of a `<datalist>` with suggestions. */
  readonly listId?: string;
}

/**
 * Text shown as a button; activating it edits in place. Enter or leaving the box saves when the
 * text is valid, Escape cancels. While invalid the message stays next to the box and nothing is
 * saved, so the user can fix what they typed instead of losing it.
 */
export function InlineTextEdit(props: InlineTextEditProps) {
  const { value, editLabel, inputLabel, placeholder, validate, onCommit, listId } = props;
  const styles = useStyles();
  const messageId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editingRef = useRef(false);
  const refocusRef = useRef(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (draft === null && refocusRef.current) {
      refocusRef.current = false;
      buttonRef.current?.focus();
    }
  }, [draft]);

  const start = () => {
    editingRef.current = true;
    setDraft(value);
    setError(null);
  };
  const finish = (refocus: boolean) => {
    editingRef.current = false;
    refocusRef.current = refocus;
    setDraft(null);
    setError(null);
  };
  const commit = (text: string, refocus: boolean) => {
    if (!editingRef.current) return;
    const message = validate?.(text) ?? null;
    if (message) {
      setError(message);
      return;
    }
    if (text.trim() !== value.trim()) onCommit(text);
    finish(refocus);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(event.currentTarget.value, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(true);
    }
  };

  if (draft === null) {
    return (
      <Button
        ref={buttonRef}
        appearance="transparent"
        className={styles.display}
        aria-label={editLabel}
        title={value || undefined}
        onClick={start}
      >
        <span className={mergeClasses(styles.text, !value && styles.placeholder)}>
          {value || placeholder}
        </span>
      </Button>
    );
  }
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
        onChange={(_, data) => {
          setDraft(data.value);
          setError(validate?.(data.value) ?? null);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => commit(event.currentTarget.value, false)}
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
