import { useId } from 'react';
import { Body1, Subtitle1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { FitResult } from '../../domain/fit/fit-assessment';
import { questionLabel } from './fit-questions';

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
export function FitResultCard({ result }: { readonly result: FitResult }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section
      className={styles.card}
      aria-labelledby={headingId}
      aria-live="polite"
      data-testid="fit-result"
      data-recommendation={result.recommendation}
    >
      <Subtitle1 as="h3" id={headingId}>
        Recommendation
      </Subtitle1>
      <Title3 as="p">{result.headline}</Title3>
      <Body1 as="p">{result.recommendation === 'not-answered' ? result.reasons[0] : 'Why:'}</Body1>
      {result.recommendation === 'not-answered' ? (
        result.remaining.length > 0 && (
          <ul className={styles.reasons} aria-label="Still to answer">
            {result.remaining.map((key) => (
              <li key={key}>
                <Body1>{questionLabel(key)}</Body1>
              </li>
            ))}
          </ul>
        )
      ) : (
        <ul className={styles.reasons} aria-label="Reasons">
          {result.reasons.map((reason) => (
            <li key={reason}>
              <Body1>{reason}</Body1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
