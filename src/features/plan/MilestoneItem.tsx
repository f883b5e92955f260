import { useId } from 'react';
import {
  MessageBar,
  MessageBarBody,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Select,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { Delete20Regular, Edit20Regular } from '@fluentui/react-icons';
import type { EngagementProfile } from '../../domain/engagement/profile';
import { milestoneAssignees } from '../../domain/plan/plan';
import type { MilestoneProgress } from '../../domain/plan/plan-status';
import { OwnerBadge } from '../shared/OwnerBadge';
import { MilestoneStatusLabel } from './MilestoneStatusLabel';
import { PROGRESS_OPTIONS } from './plan-labels';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  overdue: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusDangerBorder2}`,
  },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  name: { margin: 0, overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  checklist: { margin: 0, padding: 0, listStyleType: 'none' },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, marginLeft: 'auto' },
});

interface Props {
  readonly item: MilestoneProgress;
  readonly leads: Pick<EngagementProfile, 'internalLead' | 'mspLead'>;
  readonly onProgress: (percent: number) => void;
  readonly onTick: (itemId: string, done: boolean) => void;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
}

/** One milestone: who owns it, when it is due, where it stands, its checklist and its actions. */
export function MilestoneItem({ item, leads, onProgress, onTick, onEdit, onRemove }: Props) {
  const styles = useStyles();
  const titleId = useId();
  const { milestone, status } = item;
  const assignees = milestoneAssignees(milestone.owner, leads)
    .map((lead) => lead.name.trim() || lead.upn)
    .join(' and ');
  const options = PROGRESS_OPTIONS.some((option) => option.value === milestone.percentComplete)
    ? PROGRESS_OPTIONS
    : [
        ...PROGRESS_OPTIONS,
        {
          value: milestone.percentComplete,
          label: `${milestone.percentComplete} % (from Planner)`,
        },
      ].sort((a, b) => a.value - b.value);

  return (
    <article
      className={mergeClasses(styles.card, status === 'overdue' && styles.overdue)}
      aria-labelledby={titleId}
      data-testid="milestone"
      data-status={status}
    >
      <div className={styles.heading}>
        <Subtitle2 as="h4" id={titleId} className={styles.name}>
          {milestone.name}
        </Subtitle2>
        <OwnerBadge owner={milestone.owner} />
        {assignees && <Caption1>{assignees}</Caption1>}
      </div>
      <div className={styles.meta}>
        <Body1>
          Days {milestone.startDay}–{milestone.dueDay}:{' '}
          <time dateTime={item.startDate}>{item.startDate}</time> to{' '}
          <time dateTime={item.dueDate}>{item.dueDate}</time>
        </Body1>
        <MilestoneStatusLabel status={status} daysLeft={item.daysLeft} />
      </div>
      {milestone.damage && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{milestone.damage}</MessageBarBody>
        </MessageBar>
      )}
      {milestone.checklist.length > 0 && (
        <ul
          className={styles.checklist}
          aria-label={`Checklist, ${item.checklistDone} of ${milestone.checklist.length} done`}
        >
          {milestone.checklist.map((entry) => (
            <li key={entry.id}>
              <Checkbox
                checked={entry.done}
                label={entry.title}
                onChange={(_, data) => onTick(entry.id, data.checked === true)}
              />
            </li>
          ))}
        </ul>
      )}
      <div className={styles.footer}>
        <Field label="Progress">
          <Select
            value={String(milestone.percentComplete)}
            onChange={(_, data) => onProgress(Number(data.value))}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button icon={<Edit20Regular />} onClick={onEdit} aria-label={`Edit ${milestone.name}`}>
            Edit
          </Button>
          <Button
            icon={<Delete20Regular />}
            onClick={onRemove}
            aria-label={`Remove ${milestone.name}`}
          >
            Remove
          </Button>
        </div>
      </div>
    </article>
  );
}
