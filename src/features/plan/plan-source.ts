import type { Engagement } from '../../domain/engagement/engagement';
import type { PlanState } from '../../domain/plan/plan';
import type { PlanChange } from '../../domain/plan/plan-edits';

/**
 * What the 90-day tracker needs from whoever holds the plan: in the app, the engagement session
 * (`useStoredPlanSource`), which turns each `PlanChange` into one saved action (`put`/`delete` of
 * one milestone record, or a `put` of the day-90 check record); in tests, plain React state.
 */
export interface PlanSource {
  /** The engagement the plan belongs to: its start date, leads and tool register. */
  readonly engagement: Engagement;
  readonly plan: PlanState;
  /** ISO date `YYYY-MM-DD`, from the app's clock. */
  readonly today: string;
  /**
   * Apply one change: show it at once and keep it. `label` says what it was ("Removed “X”"),
   * for the sync indicator and the Undo toast. Must not throw.
   */
  readonly onChange: (change: PlanChange, label: string) => void;
}
