import { useId } from 'react';
import { Body1, Subtitle1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { FitResult } from '../../domain/fit/fit-assessment';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** The recommendation, re-announced politely whenever an answer changes it. */
export function FitResultCard({ result }: { readonly result: FitResult | null }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section
      className={styles.card}
      aria-labelledby={headingId}
      aria-live="polite"
      data-testid="fit-result"
      data-recommendation={result?.recommendation ?? 'none'}
    >
      <Subtitle1 as="h3" id={headingId}>
        Recommendation
      </Subtitle1>
      {result ? (
        <>
          <Title3 as="p">{result.headline}</Title3>
          <Body1 as="p">Why:</Body1>
          <ul className={styles.reasons} aria-label="Reasons">
            {result.reasons.map((reason) => (
              <li key={reason}>
                <Body1>{reason}</Body1>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Body1 as="p">Enter how many internal IT people you have to see a recommendation.</Body1>
      )}
    </section>
  );
}
