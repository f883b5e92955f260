import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

interface Props {
  readonly channelName: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** A second post is a second message in the channel: ask first. */
export function PostAgainDialog({ channelName, onConfirm, onCancel }: Props) {
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Post the summary again?</DialogTitle>
          <DialogContent>
            The summary is already in {channelName}. Posting again adds a second message; the first
            one stays.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Post again
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
