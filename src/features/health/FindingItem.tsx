import { useId } from 'react';
import { Body1, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Engagement } from '../../domain/engagement/engagement';
import type { Finding } from '../../domain/health/finding';
import { formatRoute } from '../shared/use-hash-route';
import { SeverityLabel } from '../shared/SeverityLabel';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
});

interface Props {
  readonly finding: Finding;
  readonly engagement: Engagement;
  readonly openRow: (rowId: string) => void;
}

/** One finding: what is wrong, why it matters, and links to where it is fixed. */
export function FindingItem({ finding, engagement, openRow }: Props) {
  const styles = useStyles();
  const titleId = useId();
  const rows = finding.rowIds.flatMap((id) => engagement.rows.filter((row) => row.id === id));
  const tools = finding.toolIds.flatMap((id) => engagement.tools.filter((tool) => tool.id === id));
  const channels = finding.channelIds.flatMap((id) =>
    engagement.channels.filter((channel) => channel.id === id),
  );
  const viewHref = (view: 'tools' | 'channels' | 'reviews') =>
    formatRoute({ engagementId: engagement.id, view });

  return (
    <article
      className={styles.card}
      aria-labelledby={titleId}
      data-testid="finding"
      data-check={finding.check}
    >
      <div className={styles.heading}>
        <SeverityLabel severity={finding.severity} />
        <Subtitle2 as="h4" id={titleId}>
          {finding.title}
        </Subtitle2>
      </div>
      <Body1 as="p">{finding.message}</Body1>
      {rows.length > 0 && (
        <ul className={styles.links} aria-label="Functions concerned">
          {rows.map((row) => (
            <li key={row.id}>
              <Link onClick={() => openRow(row.id)}>{row.name}</Link>
            </li>
          ))}
        </ul>
      )}
      {tools.length > 0 && (
        <Body1 as="p">
          Tools: {tools.map((tool) => tool.name).join(', ')} ·{' '}
          <Link href={viewHref('tools')}>Open the tool register</Link>
        </Body1>
      )}
      {channels.length > 0 && (
        <Body1 as="p">
          Channels: {channels.map((channel) => channel.name || channel.kind).join(', ')} ·{' '}
          <Link href={viewHref('channels')}>Open the channels</Link>
        </Body1>
      )}
      {finding.check === 'quarterly-review-overdue' && (
        <Body1 as="p">
          <Link href={viewHref('reviews')}>Open the quarterly reviews</Link>
        </Body1>
      )}
    </article>
  );
}
