import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { RoleDraft } from './role-draft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  /** e.g. "Internal IT role" */
  readonly label: string;
  /** Names the row in the condition box's label, e.g. "for Backup". */
  readonly context?: string;
  readonly value: RoleDraft;
  readonly onChange: (value: RoleDraft) => void;
  /** Why the role cannot be saved (a secondary role without its condition), shown at the condition. */
  readonly error?: string | null;
}

/** Primary / secondary (with the condition under which the side helps) / none, for one side. */
export function RoleFields({ label, context, value, onChange, error }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label={label}>
        <RadioGroup
          value={value.kind}
          onChange={(_, data) => onChange({ ...value, kind: data.value as RoleDraft['kind'] })}
        >
          <Radio value="primary" label="Primary — owns it" />
          <Radio value="secondary" label="Secondary — helps under a condition" />
          <Radio value="none" label="None" />
        </RadioGroup>
      </Field>
      {value.kind === 'secondary' && (
        <Field
          label={`Condition${context ? ` ${context}` : ''}`}
          hint="For example “Overflow only” or “When internal unavailable”."
          validationMessage={error ?? undefined}
          validationState={error ? 'error' : 'none'}
        >
          <Input
            value={value.condition}
            onChange={(_, data) => onChange({ ...value, condition: data.value })}
          />
        </Field>
      )}
    </div>
  );
}
