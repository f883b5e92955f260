import { Body1, Button, Subtitle1, Title1, makeStyles, tokens } from '@fluentui/react-components';
import type { Review } from '../../domain/review/review-record';
import { SEVERITY_LABELS } from '../../domain/health/finding';
import { useOpenEngagement } from '../shared/engagement-context';
import { useServices } from '../shared/services-context';
import { DecisionList } from './DecisionList';
import { DiffSummary } from './DiffSummary';
import { ReviewFacts } from './ReviewFacts';
import { ScopeCreepList } from './ScopeCreepList';
import { formatTimestamp } from './review-model';
import { REVIEW_PRINT_CSS } from './review-print-css';

const useStyles = makeStyles({
  document: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '50rem',
  },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

interface Props {
  readonly review: Review;
  readonly onClose: () => void;
}

/**
 * The review as a document for a contract appendix: who, which quarter, when it was printed and
 * from which record, the sign-offs, what changed, the findings, the decisions and the next date.
 * Print (or save as PDF) from the browser; the print stylesheet leaves only this document.
 */
export function PrintableReview({ review, onClose }: Props) {
  const styles = useStyles();
  const { engagement } = useOpenEngagement();
  const { now } = useServices();
  const { customer, mspName } = engagement.profile;
  const stored = engagement.reviews.find((record) => record.id === review.id);

  return (
    <article className={styles.document} data-review-print aria-labelledby="print-title">
      <style>{REVIEW_PRINT_CSS}</style>
      <div className={styles.bar} data-print-hidden>
        <Button appearance="primary" onClick={() => window.print()}>
          Print or save as PDF
        </Button>
        <Button onClick={onClose}>Back to the review</Button>
      </div>
      <Title1 as="h2" id="print-title">
        Quarterly responsibility-matrix review — {review.quarter}
      </Title1>
      <Body1>
        <strong>{customer || 'Customer'}</strong> (internal IT) ↔{' '}
        <strong>{mspName || 'MSP'}</strong> (managed service provider)
      </Body1>
      <Body1>
        Review of {review.date} · printed {formatTimestamp(now())} · review {review.id}
        {stored?.version ? `, record version ${stored.version}` : ''}
      </Body1>
      <section className={styles.section}>
        <Subtitle1 as="h3">Review and sign-off</Subtitle1>
        <ReviewFacts review={review} />
      </section>
      <section className={styles.section}>
        <Subtitle1 as="h3">What changed since the previous review</Subtitle1>
        <DiffSummary diff={review.diff} engagementId={null} />
      </section>
      <section className={styles.section}>
        <Subtitle1 as="h3">Scope creep</Subtitle1>
        <ScopeCreepList entries={review.scopeCreep} engagementId={null} />
      </section>
      <section className={styles.section}>
        <Subtitle1 as="h3">Findings on {review.date}</Subtitle1>
        {review.snapshot.findings.length === 0 ? (
          <Body1>None.</Body1>
        ) : (
          <ul className={styles.list}>
            {review.snapshot.findings.map((finding) => (
              <li key={finding.id}>
                <strong>
                  {SEVERITY_LABELS[finding.severity]}: {finding.title}.
                </strong>{' '}
                {finding.message}
                {review.discussedFindingIds?.includes(finding.id) && ' (Discussed.)'}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section}>
        <Subtitle1 as="h3">Decisions</Subtitle1>
        <DecisionList decisions={review.decisions} />
      </section>
      <section className={styles.section}>
        <Subtitle1 as="h3">Next review</Subtitle1>
        <Body1>{review.nextReviewDate}</Body1>
      </section>
    </article>
  );
}
