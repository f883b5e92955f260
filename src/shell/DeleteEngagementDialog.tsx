import { useState } from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { DELETED_KEPT_DAYS } from '../domain/engagement/profile';

interface Props {
  /** "Contoso ↔ Fabrikam IT". */
  readonly title: string;
  readonly onConfirm: () => Promise<void>;
  readonly onClose: () => void;
}

/** "Delete “Contoso ↔ Fabrikam IT”?", naming the way back before anything happens. */
export function DeleteEngagementDialog({ title, onConfirm, onClose }: Props) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'The engagement could not be deleted.');
      setBusy(false);
    }
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && !busy && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete “{title}”?</DialogTitle>
          <DialogContent>
            <Body1 as="p">
              It moves to Recently deleted in the Engagements menu. For {DELETED_KEPT_DAYS} days
              anyone who can open it can restore it, with its matrix, reviews, signatures and change
              log as they are. After that it is removed for good.
            </Body1>
            {failure && (
              <MessageBar intent="error">
                <MessageBarBody>{failure} Nothing was deleted.</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void confirm()} disabled={busy}>
              {busy ? 'Deleting…' : 'Delete'}
            </Button>
            <Button onClick={onClose} disabled={busy}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
