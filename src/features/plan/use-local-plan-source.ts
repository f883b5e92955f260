import { useCallback, useMemo, useState } from 'react';
import type { Engagement } from '../../domain/engagement';
import type { PlanState } from '../../domain/plan';
import { applyPlanChange, type PlanChange } from '../../domain/plan-edits';
import type { PlanSource } from './plan-source';

/**
 * A plan held in React state only: every change shows at once, nothing is stored. Stands in for
 * the store until it persists plans (a reload starts again from `initial`).
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
