import { Body1, Checkbox, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { frozenReason } from '../../domain/review/review';
import { type Review } from '../../domain/review/review-record';
import { SeverityLabel } from '../shared/SeverityLabel';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
});

interface Props {
  readonly review: Review;
  readonly onDiscussedChange: (id: string, discussed: boolean) => void;
}

/**
 * Step 2: the health findings as they were on the review's day, each ticked "Discussed" as the
 * leads walk through them. The ticks are saved on the review (both leads see them, and a signed
 * review keeps them); the decisions step records what came of them.
 */
export function FindingsStep({ review, onDiscussedChange: toggle }: Props) {
  const styles = useStyles();
  const findings = review.snapshot.findings;
  const discussed = new Set(review.discussedFindingIds ?? []);
  const signed = frozenReason(review) !== null;
  if (findings.length === 0) return <Body1>No health findings on {review.date}.</Body1>;
  return (
    <>
      <Body1>
        {findings.length} finding{findings.length === 1 ? '' : 's'} on {review.date};{' '}
        {discussed.size} discussed.
      </Body1>
      <ul className={styles.list} aria-label="Findings">
        {findings.map((finding) => (
          <li key={finding.id} className={styles.item} data-testid="review-finding">
            <div className={styles.heading}>
              <SeverityLabel severity={finding.severity} />
              <Subtitle2 as="h4">{finding.title}</Subtitle2>
            </div>
            <Body1>{finding.message}</Body1>
            {signed ? (
              discussed.has(finding.id) && <Body1>Discussed.</Body1>
            ) : (
              <Checkbox
                label="Discussed"
                checked={discussed.has(finding.id)}
                onChange={(_, data) => toggle(finding.id, data.checked === true)}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
