import { Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircle20Filled,
  Circle20Regular,
  ErrorCircle20Filled,
  CircleHalfFill20Regular,
} from '@fluentui/react-icons';
import type { MilestoneStatus } from '../../domain/plan/plan-status';
import { STATUS_LABELS, describeDaysLeft } from './plan-labels';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  word: { fontWeight: tokens.fontWeightSemibold },
  overdue: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightBold },
  done: { color: tokens.colorStatusSuccessForeground1 },
  'in-progress': { color: tokens.colorBrandForeground1 },
  'not-started': { color: tokens.colorNeutralForeground3 },
});

const ICONS = {
  'not-started': Circle20Regular,
  'in-progress': CircleHalfFill20Regular,
  done: CheckmarkCircle20Filled,
  overdue: ErrorCircle20Filled,
};

/** Status as an icon, a word and the days left, so it never depends on colour alone. */
export function MilestoneStatusLabel({
  status,
  daysLeft,
}: {
  readonly status: MilestoneStatus;
  readonly daysLeft: number;
}) {
  const styles = useStyles();
  const Icon = ICONS[status];
  return (
    <span className={styles.root} data-testid="milestone-status">
      <Icon aria-hidden className={styles[status]} />
      {status === 'overdue' ? (
        // "Overdue by 3 days" says both the status and how late.
        <Text className={styles.overdue}>{describeDaysLeft(status, daysLeft)}</Text>
      ) : status === 'done' ? (
        <Text className={styles.word}>{STATUS_LABELS.done}</Text>
      ) : (
        <>
          <Text className={styles.word}>{STATUS_LABELS[status]}</Text>
          <Text>· {describeDaysLeft(status, daysLeft)}</Text>
        </>
      )}
    </span>
  );
}
