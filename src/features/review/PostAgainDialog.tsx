import { FormDialog } from '../shared/FormDialog';

interface Props {
  readonly channelName: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** A second post is a second message in the channel: ask first. */
export function PostAgainDialog({ channelName, onConfirm, onCancel }: Props) {
  return (
    <FormDialog
      title="Post the summary again?"
      submitLabel="Post again"
      onSubmit={onConfirm}
      onCancel={onCancel}
    >
      The summary is already in {channelName}. Posting again adds a second message; the first one
      stays.
    </FormDialog>
  );
}
