import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Review } from '../../domain/review/review-record';
import type { Side } from '../../domain/matrix/roles';
import { reviewCounts } from '../../domain/review/review-summary';
import { formatTimestamp, SIDE_LABELS } from './review-model';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    ...typographyStyles.body1,
  },
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
});

const SIDES: readonly Side[] = ['internal', 'msp'];

/** A review's key facts as a definition list: dates, sign-offs and counts. */
export function ReviewFacts({ review }: { readonly review: Review }) {
  const styles = useStyles();
  const counts = reviewCounts(review);
  const facts: [string, string][] = [
    ['Review date', review.date],
    ...SIDES.map((side): [string, string] => {
      const signature = review.signOffs[side];
      return [
        `${SIDE_LABELS[side]} sign-off`,
        signature
          ? `${signature.name} (${signature.upn}), ${formatTimestamp(signature.at)}${signature.fingerprint ? `, content ${signature.fingerprint}` : ''}`
          : `Not signed (${review.leads[side].name || 'no lead'})`,
      ];
    }),
    ['Functions', `${counts.activeRows} active, ${counts.joint.after} joint`],
    [
      'Ownership moves',
      counts.first ? 'First review (nothing to compare with)' : String(counts.moves),
    ],
    [
      'Scope creep',
      `${counts.scopeCreep.total} (${counts.scopeCreep.notRenegotiated} not renegotiated)`,
    ],
    ['Tools / channels', `${counts.tools} / ${counts.channels}`],
    ['Findings', String(counts.findings)],
    ['Decisions', String(counts.decisions)],
    ['Next review', review.nextReviewDate],
  ];
  return (
    <dl className={styles.facts}>
      {facts.map(([term, detail]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.detail}>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
