import type { Milestone } from '../../domain/plan/plan';
import { formatFingerprint, parseFingerprint, type SyncFingerprint } from './planner-fingerprint';
import type { PlannerLink, PlannerTaskLink } from '../../domain/plan/planner-link';
import type { PlannerSyncPlan, PlannerTaskRef } from './planner-sync-plan';
import type { PlannerWriteOutcome } from '../../domain/plan/planner-task';

/**
 * After the writes: the PlannerLink to store, the milestones that changed (progress taken from
 * Planner, the task id of a new task) and the report the UI shows. Pure, like planner-sync.ts.
 *
 * A write that failed leaves its task's link entry as the reads left it, so the next sync tries
 * again (or reports the same conflict); nothing is recorded as synced that Planner did not accept.
 */

/** One line of the report: a milestone (or `null` for the plan's labels) and what happened. */
export interface PlannerSyncIssue {
  readonly milestoneId: string | null;
  readonly taskId: string | null;
  /** The milestone's name, or the task's title when the milestone is gone. */
  readonly title: string;
  /** Why Planner refused, in words (refusals only). */
  readonly reason?: string;
  /** Planner's limit code, e.g. `MaximumTasksInProject` (limit refusals only). */
  readonly limit?: string | null;
}

export interface PlannerSyncReport {
  readonly created: number;
  readonly updated: number;
  readonly progressPulled: number;
  /** Changed in Tandem and in Planner: nothing written; the user decides. */
  readonly conflicts: readonly PlannerSyncIssue[];
  /** Deleted in Planner: not recreated unless the user asks. */
  readonly deletedInPlanner: readonly PlannerSyncIssue[];
  readonly refused: readonly PlannerSyncIssue[];
  /** Changed only in Planner (title, dates, bucket, assignees, labels): kept as Planner has it. */
  readonly keptPlannerEdits: readonly PlannerSyncIssue[];
  /** Milestones removed in Tandem whose tasks stay in Planner. */
  readonly leftInPlanner: readonly PlannerSyncIssue[];
  /** Tasks already in the plan that were linked instead of created again. */
  readonly linkedExisting: number;
  readonly unknownLeads: readonly string[];
  /** Writes sent to Planner. */
  readonly writes: number;
}

export interface PlannerSyncResult {
  readonly link: PlannerLink;
  /** Only the milestones that changed. */
  readonly milestones: readonly Milestone[];
  readonly report: PlannerSyncReport;
}

const issue = (ref: PlannerTaskRef): PlannerSyncIssue => ({
  milestoneId: ref.milestoneId,
  taskId: ref.taskId,
  title: ref.title,
});

export function settlePlannerSync(
  plan: PlannerSyncPlan,
  milestones: readonly Milestone[],
  outcomes: readonly PlannerWriteOutcome[],
): PlannerSyncResult {
  const tasks: Record<string, PlannerTaskLink> = { ...plan.link.tasks };
  const names = new Map(milestones.map((m) => [m.id, m.name]));
  const conflicts = plan.conflicts.map(issue);
  const deletedInPlanner = plan.deletedInPlanner.map(issue);
  const refused: PlannerSyncIssue[] = [];
  const updated = new Set<string>();
  let created = 0;

  plan.writes.forEach(({ write, settles }, index) => {
    const outcome: PlannerWriteOutcome = outcomes[index] ?? {
      kind: 'refused',
      reason: 'Planner gave no answer for this change.',
      limit: null,
    };
    const milestoneId = write.kind === 'label-categories' ? null : write.milestoneId;
    const entry = milestoneId === null ? undefined : tasks[milestoneId];
    const line: PlannerSyncIssue = {
      milestoneId,
      taskId:
        write.kind === 'update-task' || write.kind === 'update-checklist' ? write.taskId : null,
      title: milestoneId === null ? 'Category labels' : (names.get(milestoneId) ?? ''),
    };
    switch (outcome.kind) {
      case 'created':
        if (milestoneId === null) break;
        created += 1;
        tasks[milestoneId] = {
          taskId: outcome.taskId,
          etag: outcome.etag,
          detailsEtag: null,
          // A checklist not written counts as changed, so the next sync reads and writes it.
          fingerprint: formatFingerprint({
            ...(settles as SyncFingerprint),
            ...(outcome.checklistMissing ? { checklist: '' } : {}),
          }),
        };
        break;
      case 'updated': {
        if (!entry || milestoneId === null) break;
        const fingerprint = formatFingerprint({
          ...parseFingerprint(entry.fingerprint),
          ...settles,
        });
        tasks[milestoneId] =
          write.kind === 'update-checklist'
            ? { ...entry, detailsEtag: outcome.etag ?? entry.detailsEtag, fingerprint }
            : { ...entry, etag: outcome.etag ?? entry.etag, fingerprint };
        updated.add(milestoneId);
        break;
      }
      case 'conflict':
        conflicts.push(line);
        break;
      case 'not-found':
        deletedInPlanner.push(line);
        break;
      case 'refused':
        refused.push({ ...line, reason: outcome.reason, limit: outcome.limit });
        break;
    }
  });

  let progressPulled = 0;
  const changed: Milestone[] = [];
  for (const milestone of milestones) {
    const pulled = plan.progress[milestone.id];
    const percentComplete = pulled ?? milestone.percentComplete;
    const plannerTaskId = tasks[milestone.id]?.taskId ?? null;
    if (pulled !== undefined && pulled !== milestone.percentComplete) progressPulled += 1;
    if (
      percentComplete !== milestone.percentComplete ||
      plannerTaskId !== (milestone.plannerTaskId ?? null)
    ) {
      changed.push({ ...milestone, percentComplete, plannerTaskId });
    }
  }

  return {
    link: { ...plan.link, tasks },
    milestones: changed,
    report: {
      created,
      updated: updated.size,
      progressPulled,
      conflicts: dedupe(conflicts),
      deletedInPlanner: dedupe(deletedInPlanner),
      refused,
      keptPlannerEdits: plan.keptPlannerEdits.map(issue),
      leftInPlanner: plan.leftInPlanner.map(issue),
      linkedExisting: plan.adopted.length,
      unknownLeads: plan.unknownLeads,
      writes: plan.writes.length,
    },
  };
}

/** A milestone whose task and checklist writes both failed is reported once. */
function dedupe(issues: readonly PlannerSyncIssue[]): PlannerSyncIssue[] {
  const seen = new Set<string>();
  return issues.filter((line) => {
    const key = `${line.milestoneId ?? ''}/${line.taskId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Same plan, buckets and task entries, whatever order their keys were written in. */
export function samePlannerLink(a: PlannerLink, b: PlannerLink): boolean {
  const sameRecord = <T>(
    x: Readonly<Record<string, T>>,
    y: Readonly<Record<string, T>>,
    eq: (p: T, q: T) => boolean,
  ) => {
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((k) => k in y && eq(x[k]!, y[k]!));
  };
  return (
    a.id === b.id &&
    a.planId === b.planId &&
    a.planTitle === b.planTitle &&
    sameRecord(a.bucketIds, b.bucketIds, (p, q) => p === q) &&
    sameRecord(
      a.tasks,
      b.tasks,
      (p, q) =>
        p.taskId === q.taskId &&
        p.etag === q.etag &&
        p.detailsEtag === q.detailsEtag &&
        p.fingerprint === q.fingerprint,
    )
  );
}
