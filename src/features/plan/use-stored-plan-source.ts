import { useCallback, useMemo } from 'react';
import { UNANSWERED_DAY_90, type PlanState } from '../../domain/plan/plan';
import type { PlanChange } from '../../domain/plan/plan-edits';
import type { EditIntent } from '../../application/session/edit-intent';
import { useOpenEngagement } from '../shared/engagement-context';
import type { PlanSource } from './plan-source';

function intentOf(change: PlanChange): EditIntent {
  switch (change.kind) {
    case 'put-milestone':
      return { kind: 'put', collection: 'milestones', record: change.milestone };
    case 'delete-milestone':
      return { kind: 'delete', collection: 'milestones', id: change.id };
    case 'put-day90-check':
      return { kind: 'put', collection: 'day90Checks', record: change.check };
  }
}

/**
 * The open engagement's plan, as the store keeps it: each change is one saved action of the
 * engagement session (shown at once, queued, retried, conflicts asked), like every other edit.
 */
export function useStoredPlanSource(today: string): PlanSource {
  const { engagement, save } = useOpenEngagement();
  const plan = useMemo<PlanState>(
    () => ({
      milestones: engagement.milestones,
      day90Check: engagement.day90Checks[0] ?? UNANSWERED_DAY_90,
    }),
    [engagement.milestones, engagement.day90Checks],
  );
  const onChange = useCallback(
    (change: PlanChange, label: string) => save({ label, intents: [intentOf(change)] }),
    [save],
  );
  return useMemo(
    () => ({ engagement, plan, today, onChange }),
    [engagement, plan, today, onChange],
  );
}
