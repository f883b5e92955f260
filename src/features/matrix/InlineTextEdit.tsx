import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { onDemand, useOnDemand } from '../shared/on-demand';
import { useCellTriggerStyles } from './cell-trigger.styles';

/** The text box (Fluent's Input) arrives on the first edit, or after the first board is painted. */
export const inlineEditBoxPart = onDemand(() => import('./InlineEditBox'));

const useStyles = makeStyles({
  wrap: { overflowWrap: 'anywhere' },
  placeholder: { color: tokens.colorNeutralForeground4 },
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
 * saved, so the user can fix what they typed instead of losing it. Should the text box's code not be
 * here yet, the text stays on screen until it is, then the box opens with focus.
 */
export function InlineTextEdit(props: InlineTextEditProps) {
  const { value, editLabel, inputLabel, placeholder, validate, onCommit, listId } = props;
  const styles = useStyles();
  const cell = useCellTriggerStyles();
  const EditBox = useOnDemand(inlineEditBoxPart)?.InlineEditBox;
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
    inlineEditBoxPart.load().catch(() => finish(true));
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

  if (draft === null || !EditBox) {
    return (
      <Button
        ref={buttonRef}
        appearance="transparent"
        className={cell.trigger}
        aria-label={editLabel}
        title={value || undefined}
        onClick={start}
      >
        <span className={mergeClasses(cell.text, styles.wrap, !value && styles.placeholder)}>
          {value || placeholder}
        </span>
      </Button>
    );
  }
  return (
    <EditBox
      draft={draft}
      error={error}
      inputLabel={inputLabel}
      listId={listId}
      onDraftChange={(text) => {
        setDraft(text);
        setError(validate?.(text) ?? null);
      }}
      onKeyDown={onKeyDown}
      onBlur={(text) => commit(text, false)}
    />
  );
}
