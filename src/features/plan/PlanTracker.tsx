import { useId, useState } from 'react';
import { Body1, Button, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { checkDay90Routine } from '../../domain/health/health';
import { ROUTINE_DAY } from '../../domain/plan/plan';
import { dateOfDay, daysBetween } from '../../domain/plan/plan-dates';
import {
  describeMilestones,
  planProgress,
  timelineLastDay,
  todayMarker,
  type TodayMarker,
} from '../../domain/plan/plan-status';
import { toolDeploymentChecklist } from '../../domain/plan/tool-deployment';
import { formatRoute } from '../shared/use-hash-route';
import { Day90CheckCard } from './Day90CheckCard';
import { MilestoneDialog } from './MilestoneDialog';
import { MilestoneList } from './MilestoneList';
import { PhaseTimeline } from './PhaseTimeline';
import { ToolDeploymentList } from './ToolDeploymentList';
import { emptyMilestoneForm, toMilestoneForm } from './milestone-form';
import type { PlanSource } from './plan-source';
import { usePlanActions } from './use-plan-actions';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  overdue: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM },
});

/** Which dialog is open: none, a new milestone, or the milestone with this id. */
type Editing = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; id: string };

function whereWeAre(marker: TodayMarker, startDate: string, today: string): string {
  if (marker.day < 1)
    return `The engagement starts on ${startDate}, in ${1 - marker.day} ${marker.day === 0 ? 'day' : 'days'}.`;
  if (marker.day <= ROUTINE_DAY) return `Today (${today}) is day ${marker.day} of ${ROUTINE_DAY}.`;
  return `Today (${today}) is day ${marker.day}: the first ${ROUTINE_DAY} days ended on ${dateOfDay(startDate, ROUTINE_DAY)}.`;
}

/**
 * The seed's first 90 days: the phases on a timeline with today marked, every milestone with its
 * owner and status (overdue ones stand out), the tool-deployment checklist and the day-90 check.
 * Everything shown is derived from `source.plan`, the start date and `source.today`.
 */
export function PlanTracker({ source }: { readonly source: PlanSource }) {
  const styles = useStyles();
  const titleId = useId();
  const { engagement, plan, today } = source;
  const { startDate } = engagement.profile;
  const actions = usePlanActions(source);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const milestones = describeMilestones(plan.milestones, startDate, today);
  const phases = planProgress(plan.milestones, startDate, today);
  const lastDay = timelineLastDay(plan.milestones);
  const marker = todayMarker(startDate, today, lastDay);
  const overdue = milestones.filter((item) => item.status === 'overdue').length;
  const day90 = dateOfDay(startDate, ROUTINE_DAY);
  const edited = editing.mode === 'edit' ? plan.milestones.find((m) => m.id === editing.id) : null;
  // New milestones go to the phase under way; after the 90 days, to the last phase.
  const currentPhase = (
    phases.find((phase) => phase.state === 'current') ??
    phases.findLast((phase) => phase.state === 'finished')
  )?.phase.id;
  const close = () => setEditing({ mode: 'closed' });

  return (
    <section className={styles.page} aria-labelledby={titleId}>
      <Title2 as="h2" id={titleId}>
        First 90 days
      </Title2>
      <Body1 as="p" data-testid="plan-summary">
        {whereWeAre(marker, startDate, today)}{' '}
        {overdue > 0 ? (
          <span className={styles.overdue}>
            {overdue} {overdue === 1 ? 'milestone is' : 'milestones are'} overdue.
          </span>
        ) : (
          'No milestone is overdue.'
        )}
      </Body1>
      <PhaseTimeline phases={phases} marker={marker} lastDay={lastDay} />
      <Day90CheckCard
        check={plan.day90Check}
        day90={day90}
        daysToGo={daysBetween(today, day90)}
        findings={checkDay90Routine({ engagement, today, plan })}
        onAnswer={actions.answerDay90}
      />
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          icon={<Add20Regular />}
          onClick={() => setEditing({ mode: 'add' })}
        >
          Add milestone
        </Button>
      </div>
      <MilestoneList
        phases={phases}
        milestones={milestones}
        leads={engagement.profile}
        onProgress={actions.setProgress}
        onTick={actions.tick}
        onEdit={(id) => setEditing({ mode: 'edit', id })}
        onRemove={actions.remove}
      />
      <ToolDeploymentList
        checklist={toolDeploymentChecklist(engagement.tools, today)}
        registerHref={formatRoute({ engagementId: engagement.id, view: 'tools' })}
      />
      {editing.mode === 'add' && (
        <MilestoneDialog
          title="Add a milestone"
          submitLabel="Add milestone"
          initial={emptyMilestoneForm(currentPhase)}
          milestones={plan.milestones}
          ownId={null}
          startDate={startDate}
          onCancel={close}
          onSubmit={(values) => {
            if (!actions.add(values)) close();
          }}
        />
      )}
      {edited && (
        <MilestoneDialog
          title={`Edit ${edited.name}`}
          submitLabel="Save milestone"
          initial={toMilestoneForm(edited)}
          milestones={plan.milestones}
          ownId={edited.id}
          startDate={startDate}
          onCancel={close}
          onSubmit={(values) => {
            if (!actions.update(edited.id, values)) close();
          }}
        />
      )}
    </section>
  );
}
