import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { Lead } from '../../domain/engagement';

interface Props {
  readonly lead: Lead;
  readonly sideLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Local mode has no sign-in: say so before recording a signature in a lead's name. */
export function LocalSignDialog({ lead, sideLabel, onConfirm, onCancel }: Props) {
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Sign as {lead.name || lead.upn}?</DialogTitle>
          <DialogContent>
            Tandem is in local mode, where nobody signs in, so it cannot verify who is signing. The
            signature is recorded as {lead.name || 'the lead'} ({lead.upn}) for the {sideLabel}{' '}
            side. Sign only if you are that person, or they asked you to sign for them.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Sign as {lead.name || lead.upn}
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
