import { useState } from 'react';
import {
  Body1,
  Button,
  Card,
  CardHeader,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Review } from '../../domain/review/review-record';
import type { Side } from '../../domain/matrix/roles';
import { sameUpn } from '../../domain/matrix/row-ownership';
import { LocalSignDialog } from './LocalSignDialog';
import { formatTimestamp, SIDE_LABELS } from './review-model';

const useStyles = makeStyles({
  card: { width: '20rem', maxWidth: '100%' },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  readonly side: Side;
  readonly review: Review;
  /** The signed-in user's UPN in Teams; null in local mode. */
  readonly signerUpn: string | null;
  readonly onSign: () => void;
}

/** One side's lead and their signature, or the button to sign. */
export function SignOffCard({ side, review, signerUpn, onSign }: Props) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const lead = review.leads[side];
  const signature = review.signOffs[side];
  const leadLabel = lead.upn.trim() ? `${lead.name || 'The lead'} (${lead.upn})` : null;

  const action = () => {
    if (signature) {
      return (
        <Body1>
          Signed by {signature.name} ({signature.upn}) on {formatTimestamp(signature.at)}
          {signature.fingerprint && ` (content ${signature.fingerprint})`}
        </Body1>
      );
    }
    if (!leadLabel) {
      return (
        <Body1 className={styles.muted}>
          No {SIDE_LABELS[side]} lead with a UPN was recorded when this review was made; set one in
          the profile and take a new snapshot.
        </Body1>
      );
    }
    if (signerUpn !== null) {
      const mine = sameUpn(lead.upn, signerUpn);
      return (
        <>
          <Button appearance="primary" disabled={!mine} onClick={onSign}>
            Sign for the {SIDE_LABELS[side]} side
          </Button>
          {!mine && (
            <Body1 className={styles.muted}>
              Only {leadLabel} can sign for the {SIDE_LABELS[side]} side.
            </Body1>
          )}
        </>
      );
    }
    return (
      <Button appearance="primary" onClick={() => setConfirming(true)}>
        Sign as {lead.name || lead.upn}
      </Button>
    );
  };

  return (
    <Card className={styles.card} data-testid={`signoff-${side}`}>
      <CardHeader
        header={<Subtitle2 as="h4">{SIDE_LABELS[side]} lead</Subtitle2>}
        description={<Body1>{leadLabel ?? 'Not set'}</Body1>}
      />
      {action()}
      {confirming && (
        <LocalSignDialog
          lead={lead}
          sideLabel={SIDE_LABELS[side]}
          onConfirm={() => {
            setConfirming(false);
            onSign();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </Card>
  );
}
