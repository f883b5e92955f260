import { useState } from 'react';
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { FormDialog } from '../shared/FormDialog';
import { NONE, PRIMARY, roleProblem } from '../../domain/matrix/roles';
import { RoleFields } from './RoleFields';
import { fromRoleDraft, SIDE_LABELS, toRoleDraft } from './role-draft';
import type { RowDraft } from '../shared/use-matrix-actions';
import { rowFieldProblem } from '../../domain/limits';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  roles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

interface Props {
  /** Message for a name that cannot be used, or null. */
  readonly validateName: (name: string) => string | null;
  readonly categoryListId: string;
  readonly onAdd: (draft: RowDraft) => void;
  readonly onClose: () => void;
}

/** A new function: name, category and who does it. New rows go to the end of the matrix. */
export function AddRowDialog({ validateName, categoryListId, onAdd, onClose }: Props) {
  const styles = useStyles();
  const [name, setName] = useState('');
  const [category, setCategory] = useState('');
  const [internal, setInternal] = useState(() => toRoleDraft(PRIMARY));
  const [msp, setMsp] = useState(() => toRoleDraft(NONE));
  const [touched, setTouched] = useState(false);
  const nameError = touched ? validateName(name) : null;
  const categoryError = rowFieldProblem('category', category.trim());
  const internalError = touched ? roleProblem(fromRoleDraft(internal)) : null;
  const mspError = touched ? roleProblem(fromRoleDraft(msp)) : null;

  const submit = () => {
    setTouched(true);
    if (validateName(name) || categoryError) return;
    if (roleProblem(fromRoleDraft(internal)) || roleProblem(fromRoleDraft(msp))) return;
    onAdd({
      name,
      category: category.trim(),
      internal: fromRoleDraft(internal),
      msp: fromRoleDraft(msp),
      tieBreaker: null,
      notes: '',
    });
  };

  return (
    <FormDialog
      title="Add a function"
      submitLabel="Add function"
      onSubmit={submit}
      onCancel={onClose}
      contentClassName={styles.content}
    >
      <Field
        label="Name"
        required
        validationMessage={nameError}
        validationState={nameError ? 'error' : 'none'}
      >
        <Input
          value={name}
          onChange={(_, data) => setName(data.value)}
          onBlur={() => setTouched(true)}
        />
      </Field>
      <Field
        label="Category"
        hint="Pick an existing category or type a new one."
        validationMessage={categoryError ?? undefined}
        validationState={categoryError ? 'error' : 'none'}
      >
        <Input
          value={category}
          list={categoryListId}
          onChange={(_, data) => setCategory(data.value)}
        />
      </Field>
      <div className={styles.roles}>
        <RoleFields
          label={`${SIDE_LABELS.internal} role`}
          value={internal}
          onChange={setInternal}
          error={internalError}
        />
        <RoleFields
          label={`${SIDE_LABELS.msp} role`}
          value={msp}
          onChange={setMsp}
          error={mspError}
        />
      </div>
    </FormDialog>
  );
}
