import { useState, type FormEvent } from 'react';
import {
  Body1,
  Button,
  Field,
  Input,
  Select,
  Subtitle1,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { frozenReason } from '../../domain/review/review';
import { type Review } from '../../domain/review/review-record';
import type { Side } from '../../domain/matrix/roles';
import { DecisionList } from './DecisionList';
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

type OwnerChoice = Side | 'none';

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
          <Field
            label="Decision"
            validationMessage={decisionError}
            validationState={decisionError ? 'error' : 'none'}
          >
            <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" />
          </Field>
          <div className={styles.row}>
            <Field label="Carried out by">
              <Select value={owner} onChange={(_, data) => setOwner(data.value as OwnerChoice)}>
                <option value="none">Nobody in particular</option>
                <option value="internal">Internal IT</option>
                <option value="msp">MSP</option>
              </Select>
            </Field>
            <Button type="submit">Add decision</Button>
          </div>
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
