import { useId, useState } from 'react';
import {
  Body1,
  Caption1,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../../domain/health/finding';
import type { Day90Check, RoutineAnswer } from '../../domain/plan/plan';
import type { Day90Answer } from '../../domain/plan/plan-edits';
import { RegisterFindings } from '../shared/RegisterFindings';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  flush: { margin: 0 },
});

interface Props {
  readonly check: Day90Check;
  /** ISO date of engagement day 90, and how many days away it is (negative once past). */
  readonly day90: string;
  readonly daysToGo: number;
  readonly findings: readonly Finding[];
  readonly onAnswer: (answer: Day90Answer) => void;
}

const ANSWERS: readonly { value: RoutineAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes — it feels routine' },
  { value: 'no', label: 'No — something needs to be renegotiated' },
  { value: 'unanswered', label: 'Not answered yet' },
];

function when(day90: string, daysToGo: number): string {
  if (daysToGo > 0) return `Day 90 is ${day90}, in ${daysToGo} ${daysToGo === 1 ? 'day' : 'days'}.`;
  if (daysToGo === 0) return `Day 90 is today (${day90}).`;
  return `Day 90 was ${day90}.`;
}

/** The seed: "By day 90, the engagement should feel routine. If it doesn't, something needs to be renegotiated." */
export function Day90CheckCard({ check, day90, daysToGo, findings, onAnswer }: Props) {
  const styles = useStyles();
  const titleId = useId();
  const [note, setNote] = useState(check.note);
  const answer = (patch: Partial<Day90Answer>) =>
    onAnswer({
      routine: check.routine,
      renegotiationPlanned: check.renegotiationPlanned,
      note,
      ...patch,
    });

  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId} className={styles.flush}>
        Day-90 check
      </Subtitle2>
      <Body1 as="p" className={styles.flush}>
        {when(day90, daysToGo)}
      </Body1>
      <RegisterFindings findings={findings} label="Day-90 findings" />
      <Field label="Does the engagement feel routine?">
        <RadioGroup
          value={check.routine}
          onChange={(_, data) => answer({ routine: data.value as RoutineAnswer })}
        >
          {ANSWERS.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} />
          ))}
        </RadioGroup>
      </Field>
      {check.routine === 'no' && (
        <Checkbox
          checked={check.renegotiationPlanned}
          label="A renegotiation is planned with both leads"
          onChange={(_, data) => answer({ renegotiationPlanned: data.checked === true })}
        />
      )}
      {check.routine !== 'unanswered' && (
        <Field label="What needs to change (optional)">
          <Textarea
            value={note}
            resize="vertical"
            onChange={(_, data) => setNote(data.value)}
            onBlur={() => note.trim() !== check.note && answer({ note })}
          />
        </Field>
      )}
      {check.answeredOn && (
        <Caption1>
          Answered on <time dateTime={check.answeredOn}>{check.answeredOn}</time>
          {check.answeredBy ? ` by ${check.answeredBy}` : ''}.
        </Caption1>
      )}
    </section>
  );
}
