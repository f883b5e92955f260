import { useId, useState } from 'react';
import {
  Body1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { assessFit, type FitAnswers, type FitQuestionKey } from '../../domain/fit/fit-assessment';
import { validateProfile, validateWholeNumber } from '../../domain/validation';
import { withoutVersion } from '../../ports/engagement-store';
import { useOpenEngagement } from '../shared/engagement-context';
import type { ViewProps } from '../shared/view-props';
import { FitResultCard } from './FitResultCard';
import { DOES_NOT_FIT_WHEN, FITS_WHEN, type FitQuestion } from './fit-questions';

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
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  headcount: { maxWidth: '320px' },
});

type Answer = 'yes' | 'no' | '';
const toAnswer = (value: boolean | undefined): Answer =>
  value === undefined ? '' : value ? 'yes' : 'no';

/**
 * "When co-managed makes sense (and when it doesn't)" as a questionnaire. Each answer is saved
 * with the engagement as it is given, so the other lead sees the same answers; the headcount is
 * the profile's, saved when the field is left with a valid number.
 */
export function FitView(_props: ViewProps) {
  const styles = useStyles();
  const titleId = useId();
  const { engagement, save } = useOpenEngagement();
  const profile = withoutVersion(engagement.profile);
  const answers: FitAnswers = profile.fitAnswers ?? {};
  const [headcount, setHeadcount] = useState(() => String(profile.internalItHeadcount));
  const count = headcount.trim() === '' ? Number.NaN : Number(headcount);
  const headcountError =
    validateWholeNumber(count, 'The number of internal IT people', 0, 10_000) ??
    validateProfile({ ...profile, internalItHeadcount: count }).internalItHeadcount ??
    null;
  const result = assessFit(headcountError ? null : count, answers);

  const answer = (key: FitQuestionKey, value: boolean) =>
    save({
      label: 'Answered the fit questionnaire',
      intents: [
        { kind: 'put-profile', profile: { ...profile, fitAnswers: { ...answers, [key]: value } } },
      ],
    });

  const saveHeadcount = () => {
    if (headcountError || count === profile.internalItHeadcount) return;
    save({
      label: 'Updated the internal IT headcount',
      intents: [{ kind: 'put-profile', profile: { ...profile, internalItHeadcount: count } }],
    });
  };

  const group = (legend: string, questions: readonly FitQuestion[]) => (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {questions.map((question) => (
        <Field key={question.key} label={question.label}>
          <RadioGroup
            layout="horizontal"
            value={toAnswer(answers[question.key])}
            onChange={(_, data) => answer(question.key, data.value === 'yes')}
          >
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </RadioGroup>
        </Field>
      ))}
    </fieldset>
  );

  return (
    <section className={styles.page} aria-labelledby={titleId}>
      <Title2 as="h2" id={titleId}>
        Does co-managed IT fit?
      </Title2>
      <Body1 as="p">
        Answer for the customer as it is today. The recommendation updates as you go, and the
        answers are saved with the engagement.
      </Body1>
      <Field
        className={styles.headcount}
        label="How many internal IT people do you have?"
        hint="The engagement profile's headcount; saved when you leave the field."
        validationMessage={headcountError ?? undefined}
        validationState={headcountError ? 'error' : 'none'}
      >
        <Input
          type="number"
          min={0}
          value={headcount}
          onChange={(_, data) => setHeadcount(data.value)}
          onBlur={saveHeadcount}
          onKeyDown={(event) => {
            if (event.key === 'Enter') saveHeadcount();
          }}
        />
      </Field>
      {group('Co-managed fits when…', FITS_WHEN)}
      {group("Co-managed doesn't fit when…", DOES_NOT_FIT_WHEN)}
      <FitResultCard result={result} />
    </section>
  );
}
