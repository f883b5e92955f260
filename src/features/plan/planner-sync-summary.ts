import type { PlannerSyncSummary } from '../../application/planner/planner-sync-run';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence for the sync's outcome: what was written and what came back from Planner. */
export function describeSync(summary: PlannerSyncSummary): string {
  const parts = [
    summary.created > 0 && `${count(summary.created, 'task', 'tasks')} created`,
    summary.linkedExisting > 0 &&
      `${count(summary.linkedExisting, 'existing task', 'existing tasks')} linked`,
    summary.updated > 0 && `${count(summary.updated, 'task', 'tasks')} updated`,
    summary.progressPulled > 0 &&
      `progress of ${count(summary.progressPulled, 'milestone', 'milestones')} taken from Planner`,
  ].filter((part): part is string => typeof part === 'string');
  const what = parts.length > 0 ? parts.join(', ') : 'nothing to change';
  return `Synced with “${summary.planTitle}”: ${what}.`;
}
