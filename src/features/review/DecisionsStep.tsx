import { useState, type FormEvent } from 'react';
import {
  Body1,
  Button,
  Field,
  Input,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { frozenReason } from '../../domain/review/review';
import { type Review } from '../../domain/review/review-record';
import { DecisionList } from './DecisionList';
import { DecisionFields, type OwnerChoice } from './DecisionFields';
import { EditableDecisions } from './EditableDecisions';
import { useReviewActions } from './use-review-actions';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '40rem',
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

/** Step 3: the decisions taken and the next review date (read-only once anyone signed). */
export function DecisionsStep({ review }: { readonly review: Review }) {
  const styles = useStyles();
  const actions = useReviewActions();
  const signed = frozenReason(review) !== null;
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<OwnerChoice>('none');
  const [decisionError, setDecisionError] = useState<string | null>(null);
  const [nextDate, setNextDate] = useState(review.nextReviewDate);
  const [dateError, setDateError] = useState<string | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const result = actions.addDecision(review, text, owner === 'none' ? null : owner);
    setDecisionError(result.ok ? null : result.error.message);
    if (result.ok) {
      setText('');
      setOwner('none');
    }
  };
  const saveDate = (event: FormEvent) => {
    event.preventDefault();
    const result = actions.setNextReviewDate(review, nextDate);
    setDateError(result.ok ? null : result.error.message);
  };

  return (
    <div className={styles.step}>
      <Subtitle1 as="h3">Decisions</Subtitle1>
      {signed ? (
        <DecisionList decisions={review.decisions} />
      ) : (
        <EditableDecisions review={review} />
      )}
      {!signed && (
        <form className={styles.form} onSubmit={add} noValidate aria-label="Add a decision">
          <DecisionFields
            text={text}
            owner={owner}
            error={decisionError}
            onTextChange={setText}
            onOwnerChange={setOwner}
            rowClassName={styles.row}
          >
            <Button type="submit">Add decision</Button>
          </DecisionFields>
        </form>
      )}
      <Subtitle1 as="h3">Next review</Subtitle1>
      {signed ? (
        <Body1>Next review on {review.nextReviewDate}.</Body1>
      ) : (
        <form
          className={styles.row}
          onSubmit={saveDate}
          noValidate
          aria-label="Set the next review date"
        >
          <Field
            label="Next review date"
            validationMessage={dateError}
            validationState={dateError ? 'error' : 'none'}
          >
            <Input type="date" value={nextDate} onChange={(_, data) => setNextDate(data.value)} />
          </Field>
          <Button type="submit" disabled={nextDate === review.nextReviewDate}>
            Set date
          </Button>
        </form>
      )}
    </div>
  );
}
