import { useId } from 'react';
import { Badge, Body1, Subtitle2, Text, Title3 } from '@fluentui/react-components';
import type { Side } from '../../domain/matrix/roles';
import type { EngagementView } from './personal-model';
import { OwnedRowsTable } from './OwnedRowsTable';
import { usePersonalStyles } from './personal.styles';

function leadLabel(sides: readonly Side[]): string {
  if (sides.length === 2) return 'You lead both sides';
  return sides[0] === 'msp' ? 'You lead the MSP side' : 'You lead the internal side';
}

const countLabel = (count: number) => (count === 1 ? '1 row you own' : `${count} rows you own`);

/** One engagement: who it is with, the user's part in it, and the rows they own. */
export function EngagementItem({ engagement }: { readonly engagement: EngagementView }) {
  const styles = usePersonalStyles();
  const customer = engagement.customer || 'Untitled engagement';
  const headingId = useId();
  const leads = engagement.ledSides.length > 0;
  return (
    <article
      className={styles.engagement}
      aria-labelledby={headingId}
      data-engagement-id={engagement.id}
    >
      <Title3 as="h3" id={headingId} className={styles.engagementHeading}>
        {customer}
      </Title3>
      <div className={styles.facts}>
        {engagement.mspName && <Text>with {engagement.mspName}</Text>}
        {leads && (
          <Badge appearance="outline" shape="rounded" color="brand">
            {leadLabel(engagement.ledSides)}
          </Badge>
        )}
        {leads && <Text weight="semibold">{countLabel(engagement.ownedRows.length)}</Text>}
      </div>
      {!leads ? (
        <Body1 as="p" className={styles.note}>
          You&apos;re not a lead on this engagement.
        </Body1>
      ) : engagement.ownedRows.length === 0 ? (
        <Body1 as="p" className={styles.note}>
          No rows are owned by your side yet.
        </Body1>
      ) : (
        <>
          <Subtitle2 as="h4" className={styles.rowsHeading}>
            Rows you own
          </Subtitle2>
          <OwnedRowsTable rows={engagement.ownedRows} label={`Rows you own in ${customer}`} />
        </>
      )}
    </article>
  );
}
