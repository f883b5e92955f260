import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReviewDecision } from '../../domain/review/review-record';
import { SIDE_LABELS } from './review-model';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** The decisions of a review, each with the side that carries it out. */
export function DecisionList({ decisions }: { readonly decisions: readonly ReviewDecision[] }) {
  const styles = useStyles();
  if (decisions.length === 0) return <Body1>No decisions recorded.</Body1>;
  return (
    <ol className={styles.list} aria-label="Decisions">
      {decisions.map((decision) => (
        <li key={decision.id} data-testid="review-decision">
          {decision.text}
          {decision.owner && <> — {SIDE_LABELS[decision.owner]}</>}
        </li>
      ))}
    </ol>
  );
}
