import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { ProfileErrors } from '../../domain/validation';
import type { ProfileFormValues } from './profile-form-state';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

interface Props {
  values: ProfileFormValues;
  errors: ProfileErrors;
  onChange: (values: ProfileFormValues) => void;
}

type TextKey = keyof ProfileFormValues;

const FIELDS: {
  key: TextKey;
  label: string;
  error?: keyof ProfileErrors;
  type?: 'number' | 'date' | 'email';
  required?: boolean;
  hint?: string;
}[] = [
  { key: 'customer', label: 'Customer', error: 'customer', required: true },
  { key: 'mspName', label: 'MSP', error: 'mspName' },
  { key: 'employeeCount', label: 'Employees', error: 'employeeCount', type: 'number' },
  {
    key: 'internalItHeadcount',
    label: 'Internal IT headcount',
    error: 'internalItHeadcount',
    type: 'number',
  },
  {
    key: 'startDate',
    label: 'Engagement start date',
    error: 'startDate',
    type: 'date',
    required: true,
  },
  {
    key: 'jointRowThreshold',
    label: 'Joint rows allowed',
    error: 'jointRowThreshold',
    type: 'number',
    hint: 'More joint rows than this is flagged as a vague matrix.',
  },
  { key: 'internalLeadName', label: 'Internal IT lead', error: 'internalLeadName' },
  {
    key: 'internalLeadUpn',
    label: 'Internal IT lead e-mail',
    error: 'internalLeadUpn',
    type: 'email',
  },
  { key: 'mspLeadName', label: 'MSP engagement manager', error: 'mspLeadName' },
  { key: 'mspLeadUpn', label: 'MSP engagement manager e-mail', error: 'mspLeadUpn', type: 'email' },
];

/** The engagement profile's inputs, each with its own inline message. */
export function ProfileFields({ values, errors, onChange }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      {FIELDS.map((field) => {
        const message = field.error ? errors[field.error] : undefined;
        return (
          <Field
            key={field.key}
            label={field.label}
            required={field.required}
            validationMessage={message}
            validationState={message ? 'error' : 'none'}
            hint={field.hint}
          >
            <Input
              type={field.type ?? 'text'}
              value={values[field.key]}
              onChange={(_, data) => onChange({ ...values, [field.key]: data.value })}
            />
          </Field>
        );
      })}
    </div>
  );
}
