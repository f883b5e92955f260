/** What a health check reports: one problem, how severe, and which records it concerns. */

export type Severity = 'critical' | 'warning' | 'info';

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Info',
};

export type HealthCheckId =
  | 'vague-matrix'
  | 'joint-without-tie-breaker'
  | 'unowned-function'
  | 'scope-creep'
  | 'tooling-overlap'
  | 'tool-past-retirement'
  | 'communication-fatigue'
  | 'day90-not-routine'
  | 'day90-review-overdue'
  | 'quarterly-review-overdue'
  | 'empty-matrix';

export interface Finding {
  /** Stable for the same problem, so the UI can key and link it. */
  readonly id: string;
  readonly check: HealthCheckId;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  readonly rowIds: readonly string[];
  readonly toolIds: readonly string[];
  readonly channelIds: readonly string[];
}
