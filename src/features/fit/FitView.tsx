import { useId, useState } from 'react';
import {
  Body1,
  Field,
  Input,
  Switch,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DEFAULT_FIT_INPUTS, assessFit, type FitInputs } from '../../domain/fit/fit-assessment';
import { validateWholeNumber } from '../../domain/validation';
import { useOpenEngagement } from '../shared/engagement-context';
import type { ViewProps } from '../shared/view-props';
import { FitResultCard } from './FitResultCard';
import { DOES_NOT_FIT_WHEN, FITS_WHEN, type FitQuestion, type FitSignal } from './fit-questions';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  headcount: { maxWidth: '320px' },
});

type Signals = Record<FitSignal, boolean>;

/**
 * "When co-managed makes sense (and when it doesn't)" as a questionnaire. The answers are a
 * conversation aid, not engagement data, so they live only in this view.
 */
export function FitView(_props: ViewProps) {
  const styles = useStyles();
  const titleId = useId();
  const { engagement } = useOpenEngagement();
  const [headcount, setHeadcount] = useState(() => String(engagement.profile.internalItHeadcount));
  const [signals, setSignals] = useState<Signals>(() => {
    const { internalItHeadcount: _ignored, ...rest } = DEFAULT_FIT_INPUTS;
    return rest;
  });
  const count = headcount.trim() === '' ? Number.NaN : Number(headcount);
  const headcountError = validateWholeNumber(count, 'The number of internal IT people', 0, 10_000);
  const inputs: FitInputs = { ...signals, internalItHeadcount: count };
  const result = headcountError ? null : assessFit(inputs);

  const group = (legend: string, questions: readonly FitQuestion[]) => (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {questions.map((question) => (
        <Switch
          key={question.key}
          label={question.label}
          checked={signals[question.key]}
          onChange={(_, data) =>
            setSignals((current) => ({ ...current, [question.key]: data.checked }))
          }
        />
      ))}
    </fieldset>
  );

  return (
    <section className={styles.page} aria-labelledby={titleId}>
      <Title2 as="h2" id={titleId}>
        Does co-managed IT fit?
      </Title2>
      <Body1 as="p">
        Answer for the customer as it is today. The recommendation updates as you go; nothing here
        is saved.
      </Body1>
      <Field
        className={styles.headcount}
        label="How many internal IT people do you have?"
        hint="Prefilled from the engagement profile."
        validationMessage={headcountError ?? undefined}
        validationState={headcountError ? 'error' : 'none'}
      >
        <Input
          type="number"
          min={0}
          value={headcount}
          onChange={(_, data) => setHeadcount(data.value)}
        />
      </Field>
      {group('Co-managed fits when…', FITS_WHEN)}
      {group("Co-managed doesn't fit when…", DOES_NOT_FIT_WHEN)}
      <FitResultCard result={result} />
    </section>
  );
}
