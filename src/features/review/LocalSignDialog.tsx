import type { Lead } from '../../domain/engagement/profile';
import { FormDialog } from '../shared/FormDialog';

interface Props {
  readonly lead: Lead;
  readonly sideLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Local mode has no sign-in: say so before recording a signature in a lead's name. */
export function LocalSignDialog({ lead, sideLabel, onConfirm, onCancel }: Props) {
  const who = lead.name || lead.upn;
  return (
    <FormDialog
      title={`Sign as ${who}?`}
      submitLabel={`Sign as ${who}`}
      onSubmit={onConfirm}
      onCancel={onCancel}
    >
      Tandem is in local mode, where nobody signs in, so it cannot verify who is signing. The
      signature is recorded as {lead.name || 'the lead'} ({lead.upn}) for the {sideLabel} side. Sign
      only if you are that person, or they asked you to sign for them.
    </FormDialog>
  );
}
