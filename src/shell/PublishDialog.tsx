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
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { writeEngagementFile } from '../application/engagement-file';
import { plainEngagement, type StoredEngagement } from '../ports/engagement-store';
import { downloadFile } from '../features/shared/download-file';

const useStyles = makeStyles({
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

interface Props {
  readonly engagement: StoredEngagement;
  readonly now: () => string;
  readonly onClose: () => void;
}

/**
 * "Publish to a team" in local mode: the engagement goes to the team as a file, because this
 * browser's storage and the Teams tab's are kept apart (application/engagement-file.ts).
 */
export function PublishDialog({ engagement, now, onClose }: Props) {
  const styles = useStyles();
  const [saved, setSaved] = useState<string | null>(null);
  const download = () => {
    const file = writeEngagementFile(plainEngagement(engagement), now());
    downloadFile(file.name, new Blob([file.text], { type: 'application/json' }));
    setSaved(file.name);
  };
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Publish to a team</DialogTitle>
          <DialogContent>
            <Body1 as="p">
              In a team, both leads work on the same engagement, stored in the team&apos;s
              SharePoint site. Everything comes along: the matrix, the plan, reviews with their
              signatures and the change log.
            </Body1>
            <ol className={styles.steps}>
              <li>
                <Body1>Download the engagement file.</Body1>
              </li>
              <li>
                <Body1>
                  In Microsoft Teams, add Tandem to the team&apos;s channel (or open its tab),
                  choose “New engagement…” if the team has one already, and pick “Open an engagement
                  file…”.
                </Body1>
              </li>
            </ol>
            <Body1 as="p">
              Publishing the same file again later brings the team&apos;s copy up to date and never
              overwrites a change made there: a record changed in both places is reported.
            </Body1>
            {saved && (
              <MessageBar intent="success">
                <MessageBarBody>
                  Downloaded “{saved}”. Keep it until it is published.
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={download}>
              Download engagement file
            </Button>
            <Button onClick={onClose}>Close</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
