import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { defaultPlan } from '../../domain/plan-template';
import { useOpenEngagement } from '../engagement/engagement-context';
import { useServices } from '../shared/services-context';
import type { ViewProps } from '../shell/view-props';
import { PlanTracker } from './PlanTracker';
import { useLocalPlanSource } from './use-local-plan-source';

/**
 * The 90-day tracker as a shell view. Until the store persists plans, the plan starts from the
 * seed's defaults and lives in this view's state; swap `useLocalPlanSource` for a store-backed
 * `PlanSource` to keep it.
 */
export function PlanView(_props: ViewProps) {
  const { engagement } = useOpenEngagement();
  const { today } = useServices();
  const source = useLocalPlanSource(engagement, today(), defaultPlan);
  return (
    <>
      <MessageBar intent="info">
        <MessageBarBody>
          The plan is not saved yet: changes here last until you leave this view.
        </MessageBarBody>
      </MessageBar>
      <PlanTracker source={source} />
    </>
  );
}

export default PlanView;
