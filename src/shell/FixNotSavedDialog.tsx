import { useState } from 'react';
import { Field, Input, Textarea, Text, makeStyles, tokens } from '@fluentui/react-components';
import { lengthProblem } from '../domain/limits';
import type { NotSaved } from '../application/session/engagement-session';
import type { SaveAction } from '../application/session/edit-intent';
import { FormDialog } from '../features/shared/FormDialog';
import { fixableFields, fixedAction } from './fix-not-saved';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface Props {
  readonly item: NotSaved;
  readonly onSave: (fixed: SaveAction) => void;
  readonly onCancel: () => void;
}

/**
 * Correct the text of a change the store refused, then send it: each field says what is wrong
 * with it as the user types, and nothing is sent while one is still too long.
 */
export function FixNotSavedDialog({ item, onSave, onCancel }: Props) {
  const styles = useStyles();
  const fields = fixableFields(item.action);
  const [values, setValues] = useState(
    () => new Map(fields.map((field) => [field.key, field.value])),
  );
  const problems = fields.map((field) =>
    lengthProblem(values.get(field.key) ?? '', field.label, field.kind),
  );
  const submit = () => {
    if (problems.some((problem) => problem !== null)) return;
    onSave(fixedAction(item.action, values));
  };
  return (
    <FormDialog
      title={`Fix: ${item.action.label}`}
      submitLabel="Save"
      onSubmit={submit}
      onCancel={onCancel}
      contentClassName={styles.content}
    >
      <Text>{item.message}</Text>
      {fields.map((field, index) => {
        const value = values.get(field.key) ?? '';
        const set = (next: string) => setValues(new Map(values).set(field.key, next));
        const problem = problems[index];
        const shown = problem ?? undefined;
        return (
          <Field
            key={field.key}
            label={fields.length > 1 ? `${field.label} (${field.record})` : field.label}
            validationState={shown ? 'error' : 'none'}
            validationMessage={shown}
            hint={`${value.length.toLocaleString('en')} characters`}
          >
            {field.kind === 'note' || value.length > 80 ? (
              <Textarea value={value} resize="vertical" onChange={(_, data) => set(data.value)} />
            ) : (
              <Input value={value} onChange={(_, data) => set(data.value)} />
            )}
          </Field>
        );
      })}
    </FormDialog>
  );
}
