import type { MilestoneStatus } from '../../domain/plan/plan-status';
import type { ToolDeploymentState } from '../../domain/plan/tool-deployment';

export const STATUS_LABELS: Record<MilestoneStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  overdue: 'Overdue',
};

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "Due today", "3 days left", "Overdue by 2 days": how a milestone not yet done stands. */
export function describeDaysLeft(status: MilestoneStatus, daysLeft: number): string {
  if (status === 'done') return STATUS_LABELS.done;
  if (daysLeft < 0) return `Overdue by ${days(-daysLeft)}`;
  if (daysLeft === 0) return 'Due today';
  return `${days(daysLeft)} left`;
}

/** Planner shows 0, 50 and 100 as not started, in progress and completed. */
export const PROGRESS_OPTIONS: readonly { value: number; label: string }[] = [
  { value: 0, label: 'Not started (0 %)' },
  { value: 50, label: 'In progress (50 %)' },
  { value: 100, label: 'Done (100 %)' },
];

export const TOOL_STATE_LABELS: Record<ToolDeploymentState, string> = {
  decide: 'Decide: keep, replace or retire',
  deploy: 'Kept — deploy and tune it',
  running: 'Kept — deployed and running',
  'phase-out': 'Being phased out',
  'past-retirement': 'Still running past its retire-by date',
  gone: 'Phased out — gone',
};

export const percent = (fraction: number) => `${Math.round(fraction * 100)} %`;
