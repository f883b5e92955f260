import { useState } from 'react';
import { Checkbox, Field, Textarea } from '@fluentui/react-components';
import { FormDialog } from './FormDialog';
import type { OwnershipReason } from './use-matrix-actions';

interface Props {
  /** e.g. "Move “Backup management and testing” to Internal" */
  readonly title: string;
  readonly onConfirm: (why: OwnershipReason) => void;
  readonly onCancel: () => void;
}

/**
 * Every ownership change is logged with whether both sides agreed to it (seed: scope creep is the
 * MSP "picking up internal-owned items without renegotiation"), so the move asks once, here.
 */
export function OwnershipChangeDialog({ title, onConfirm, onCancel }: Props) {
  const [renegotiated, setRenegotiated] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <FormDialog
      title={title}
      submitLabel="Change owner"
      onSubmit={() => onConfirm({ renegotiated, reason })}
      onCancel={onCancel}
    >
      <Checkbox
        checked={renegotiated}
        onChange={(_, data) => setRenegotiated(data.checked === true)}
        label="Both leads agreed to this change (renegotiated)"
      />
      <Field label="Reason (recorded in the change log)">
        <Textarea value={reason} onChange={(_, data) => setReason(data.value)} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
