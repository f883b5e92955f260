import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { defaultPlan } from '../../domain/plan/plan-template';
import { useOpenEngagement } from '../shared/engagement-context';
import { useServices } from '../shared/services-context';
import type { ViewProps } from '../shared/view-props';
import { PlannerSyncPanel } from './PlannerSyncPanel';
import { PlanTracker } from './PlanTracker';
import { useStoredPlanSource } from './use-stored-plan-source';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  start: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    alignItems: 'flex-start',
    maxWidth: '640px',
  },
});

/** The 90-day tracker as a shell view: the stored plan, and Planner beside it. */
export function PlanView(_props: ViewProps) {
  const styles = useStyles();
  const { today } = useServices();
  const source = useStoredPlanSource(today());
  if (source.plan.milestones.length === 0) return <StartPlan />;
  return (
    <div className={styles.view}>
      <PlannerSyncPanel />
      <PlanTracker source={source} />
    </div>
  );
}

/** An engagement without a plan (made before plans existed, or emptied): start from the guide. */
function StartPlan() {
  const styles = useStyles();
  const { save } = useOpenEngagement();
  const create = () => {
    const { milestones } = defaultPlan();
    save({
      label: 'Started the 90-day plan',
      intents: milestones.map((record) => ({ kind: 'put', collection: 'milestones', record })),
    });
  };
  return (
    <section className={styles.start} aria-label="First 90 days">
      <Body1 as="p">
        The guide's first 90 days: discovery and documentation (days 1–14), tool deployment (14–45),
        stabilisation and refinement (45–90), with a milestone for each step and a day-90 check.
      </Body1>
      <Button appearance="primary" onClick={create}>
        Start the 90-day plan
      </Button>
    </section>
  );
}

export default PlanView;
