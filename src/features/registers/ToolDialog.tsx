import { useState } from 'react';
import { Field, Input, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { FormDialog } from '../shared/FormDialog';
import {
  DECISION_LABELS,
  OPERATED_BY_LABELS,
  TOOL_CATEGORIES,
  TOOL_DECISIONS,
  type ToolCategory,
} from '../../domain/registers/tool-register';
import { needsRetireBy, validateToolForm, type ToolFormValues } from './tool-form';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface Props {
  readonly title: string;
  readonly submitLabel: string;
  readonly initial: ToolFormValues;
  readonly onSubmit: (values: ToolFormValues) => void;
  readonly onCancel: () => void;
}

const OPERATORS = Object.keys(OPERATED_BY_LABELS) as (keyof typeof OPERATED_BY_LABELS)[];

/** Add or edit one tool. Messages appear after the first attempt to save; what was typed stays. */
export function ToolDialog({ title, submitLabel, initial, onSubmit, onCancel }: Props) {
  const styles = useStyles();
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const errors = tried ? validateToolForm(values) : {};
  const set = (patch: Partial<ToolFormValues>) =>
    setValues((current) => ({ ...current, ...patch }));

  const submit = () => {
    setTried(true);
    if (Object.keys(validateToolForm(values)).length === 0) onSubmit(values);
  };

  return (
    <FormDialog
      title={title}
      submitLabel={submitLabel}
      onSubmit={submit}
      onCancel={onCancel}
      contentClassName={styles.fields}
    >
      <Field
        label="Name"
        required
        validationMessage={errors.name}
        validationState={errors.name ? 'error' : 'none'}
      >
        <Input value={values.name} onChange={(_, data) => set({ name: data.value })} />
      </Field>
      <Field label="Category">
        <Select
          value={values.category}
          onChange={(_, data) => set({ category: data.value as ToolCategory })}
        >
          {TOOL_CATEGORIES.map((category) => (
            <option key={category}>{category}</option>
          ))}
        </Select>
      </Field>
      <Field label="Operated by">
        <Select
          value={values.operatedBy}
          onChange={(_, data) => set({ operatedBy: data.value as ToolFormValues['operatedBy'] })}
        >
          {OPERATORS.map((side) => (
            <option key={side} value={side}>
              {OPERATED_BY_LABELS[side]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Decision" hint="Decide deliberately which to keep and which to replace.">
        <Select
          value={values.decision}
          onChange={(_, data) => set({ decision: data.value as ToolFormValues['decision'] })}
        >
          {TOOL_DECISIONS.map((decision) => (
            <option key={decision} value={decision}>
              {DECISION_LABELS[decision]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Retire by"
        required={needsRetireBy(values.decision)}
        hint="The date by which a replaced or retired tool is gone."
        validationMessage={errors.retireBy}
        validationState={errors.retireBy ? 'error' : 'none'}
      >
        <Input
          type="date"
          value={values.retireBy}
          onChange={(_, data) => set({ retireBy: data.value })}
        />
      </Field>
      <Switch
        checked={values.active}
        onChange={(_, data) => set({ active: data.checked })}
        label="Still running in the environment"
      />
    </FormDialog>
  );
}
