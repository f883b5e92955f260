import { useState, type FormEvent } from 'react';
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Review, ReviewDecision } from '../../domain/review/review-record';
import { DecisionFields, type OwnerChoice } from './DecisionFields';
import { SIDE_LABELS } from './review-model';
import { useReviewActions } from './use-review-actions';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  item: { paddingBlock: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The decisions of a draft nobody signed yet: each can be edited in place or removed (with Undo). */
export function EditableDecisions({ review }: { readonly review: Review }) {
  const styles = useStyles();
  const [editing, setEditing] = useState<string | null>(null);
  if (review.decisions.length === 0) return <Body1>No decisions recorded.</Body1>;
  return (
    <ol className={styles.list} aria-label="Decisions">
      {review.decisions.map((decision) => (
        <li key={decision.id} data-testid="review-decision" className={styles.item}>
          {editing === decision.id ? (
            <DecisionEditor review={review} decision={decision} onDone={() => setEditing(null)} />
          ) : (
            <DecisionLine
              review={review}
              decision={decision}
              onEdit={() => setEditing(decision.id)}
            />
          )}
        </li>
      ))}
    </ol>
  );
}

function DecisionLine({
  review,
  decision,
  onEdit,
}: {
  readonly review: Review;
  readonly decision: ReviewDecision;
  readonly onEdit: () => void;
}) {
  const styles = useStyles();
  const actions = useReviewActions();
  return (
    <div className={styles.row}>
      <Body1>
        {decision.text}
        {decision.owner && <> — {SIDE_LABELS[decision.owner]}</>}
      </Body1>
      <Button size="small" onClick={onEdit} aria-label={`Edit the decision “${decision.text}”`}>
        Edit
      </Button>
      <Button
        size="small"
        onClick={() => actions.removeDecision(review, decision.id)}
        aria-label={`Remove the decision “${decision.text}”`}
      >
        Remove
      </Button>
    </div>
  );
}

function DecisionEditor({
  review,
  decision,
  onDone,
}: {
  readonly review: Review;
  readonly decision: ReviewDecision;
  readonly onDone: () => void;
}) {
  const styles = useStyles();
  const actions = useReviewActions();
  const [text, setText] = useState(decision.text);
  const [owner, setOwner] = useState<OwnerChoice>(decision.owner ?? 'none');
  const [error, setError] = useState<string | null>(null);
  const save = (event: FormEvent) => {
    event.preventDefault();
    const result = actions.editDecision(review, decision.id, text, owner === 'none' ? null : owner);
    if (result.ok) onDone();
    else setError(result.error.message);
  };
  return (
    <form className={styles.form} onSubmit={save} noValidate aria-label="Edit the decision">
      <DecisionFields
        text={text}
        owner={owner}
        error={error}
        onTextChange={setText}
        onOwnerChange={setOwner}
        rowClassName={styles.row}
      >
        <Button type="submit" appearance="primary">
          Save decision
        </Button>
        <Button type="button" onClick={onDone}>
          Cancel
        </Button>
      </DecisionFields>
    </form>
  );
}
