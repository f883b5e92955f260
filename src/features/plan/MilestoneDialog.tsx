import { useState } from 'react';
import { Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { PHASES, phaseById, type Milestone, type PhaseId } from '../../domain/plan/plan';
import { dateOfDay } from '../../domain/plan/plan-dates';
import { CHECKLIST_MAX_ITEMS } from '../../domain/plan/plan-edits';
import { FormDialog } from '../shared/FormDialog';
import {
  OWNER_OPTIONS,
  toMilestoneDraft,
  validateMilestoneForm,
  type MilestoneFormValues,
} from './milestone-form';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  days: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

interface Props {
  readonly title: string;
  readonly submitLabel: string;
  readonly initial: MilestoneFormValues;
  /** The plan's milestones (names must be unique) and the one being edited, if any. */
  readonly milestones: readonly Pick<Milestone, 'id' | 'name'>[];
  readonly ownId: string | null;
  readonly startDate: string;
  readonly onSubmit: (values: MilestoneFormValues) => void;
  readonly onCancel: () => void;
}

/** Add or edit a milestone. Messages appear after the first attempt to save; what was typed stays. */
export function MilestoneDialog(props: Props) {
  const { title, submitLabel, initial, milestones, ownId, startDate, onSubmit, onCancel } = props;
  const styles = useStyles();
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const [daysTouched, setDaysTouched] = useState(ownId !== null);
  const errors = tried ? validateMilestoneForm(values, milestones, ownId) : {};
  const draft = toMilestoneDraft(values);
  const set = (patch: Partial<MilestoneFormValues>) =>
    setValues((current) => ({ ...current, ...patch }));
  const dayHint = (day: number) =>
    Number.isInteger(day) && day >= 1 && day <= 365
      ? `Falls on ${dateOfDay(startDate, day)}.`
      : undefined;
  const error = (message: string | undefined) => ({
    validationMessage: message,
    validationState: message ? ('error' as const) : ('none' as const),
  });

  const changePhase = (phase: PhaseId) => {
    // Until the days were typed, a new milestone follows its phase's days.
    const { startDay, endDay } = phaseById(phase);
    set(daysTouched ? { phase } : { phase, startDay: String(startDay), dueDay: String(endDay) });
  };

  const submit = () => {
    setTried(true);
    if (Object.keys(validateMilestoneForm(values, milestones, ownId)).length === 0)
      onSubmit(values);
  };

  return (
    <FormDialog
      title={title}
      submitLabel={submitLabel}
      onSubmit={submit}
      onCancel={onCancel}
      contentClassName={styles.fields}
    >
      <Field label="Name" required {...error(errors.name)}>
        <Input value={values.name} onChange={(_, data) => set({ name: data.value })} />
      </Field>
      <Field label="Phase">
        <Select value={values.phase} onChange={(_, data) => changePhase(data.value as PhaseId)}>
          {PHASES.map((phase) => (
            <option key={phase.id} value={phase.id}>
              {phase.name} (days {phase.startDay}–{phase.endDay})
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Owner">
        <Select
          value={values.owner}
          onChange={(_, data) => set({ owner: data.value as MilestoneFormValues['owner'] })}
        >
          {OWNER_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.days}>
        <Field
          label="Start day"
          required
          hint={dayHint(draft.startDay)}
          {...error(errors.startDay)}
        >
          <Input
            inputMode="numeric"
            value={values.startDay}
            onChange={(_, data) => {
              setDaysTouched(true);
              set({ startDay: data.value });
            }}
          />
        </Field>
        <Field label="Due day" required hint={dayHint(draft.dueDay)} {...error(errors.dueDay)}>
          <Input
            inputMode="numeric"
            value={values.dueDay}
            onChange={(_, data) => {
              setDaysTouched(true);
              set({ dueDay: data.value });
            }}
          />
        </Field>
      </div>
      <Field
        label="Checklist"
        hint={`One item per line, up to ${CHECKLIST_MAX_ITEMS}.`}
        {...error(errors.checklist)}
      >
        <Textarea
          value={values.checklist}
          resize="vertical"
          rows={4}
          onChange={(_, data) => set({ checklist: data.value })}
        />
      </Field>
    </FormDialog>
  );
}
