import { useCallback, useMemo, useState } from 'react';
import type { Engagement } from '../../src/domain/engagement/engagement';
import type { PlanState } from '../../src/domain/plan/plan';
import { applyPlanChange, type PlanChange } from '../../src/domain/plan/plan-edits';
import type { PlanSource } from '../../src/features/plan/plan-source';

/**
 * A plan held in React state only, for rendering the tracker without an engagement session:
 * every change shows at once, nothing is stored.
 */
export function useLocalPlanSource(
  engagement: Engagement,
  today: string,
  initial: PlanState | (() => PlanState),
): PlanSource {
  const [plan, setPlan] = useState(initial);
  const onChange = useCallback((change: PlanChange, _label: string) => {
    setPlan((current) => applyPlanChange(current, change));
  }, []);
  return useMemo(
    () => ({ engagement, plan, today, onChange }),
    [engagement, plan, today, onChange],
  );
}
