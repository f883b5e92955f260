import type { ReactNode } from 'react';
import { Field, Select, Textarea } from '@fluentui/react-components';
import type { Side } from '../../domain/matrix/roles';

export type OwnerChoice = Side | 'none';

/** A decision's text and the side that carries it out, for adding or editing one. */
export function DecisionFields({
  text,
  owner,
  error,
  onTextChange,
  onOwnerChange,
  children,
  rowClassName,
}: {
  readonly text: string;
  readonly owner: OwnerChoice;
  readonly error: string | null;
  readonly onTextChange: (text: string) => void;
  readonly onOwnerChange: (owner: OwnerChoice) => void;
  /** The form's buttons, beside the owner. */
  readonly children: ReactNode;
  readonly rowClassName: string;
}) {
  return (
    <>
      <Field label="Decision" validationMessage={error} validationState={error ? 'error' : 'none'}>
        <Textarea value={text} onChange={(_, data) => onTextChange(data.value)} resize="vertical" />
      </Field>
      <div className={rowClassName}>
        <Field label="Carried out by">
          <Select value={owner} onChange={(_, data) => onOwnerChange(data.value as OwnerChoice)}>
            <option value="none">Nobody in particular</option>
            <option value="internal">Internal IT</option>
            <option value="msp">MSP</option>
          </Select>
        </Field>
        {children}
      </div>
    </>
  );
}
