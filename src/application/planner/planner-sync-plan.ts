import { sortMilestones, type Milestone } from '../../domain/plan/plan';
import {
  checklistKey,
  fieldsKey,
  formatFingerprint,
  parseFingerprint,
  snapshotKey,
  type SyncFingerprint,
} from './planner-fingerprint';
import type { PlannerLink, PlannerTaskLink } from '../../domain/plan/planner-link';
import {
  checklistPatch,
  desiredTask,
  newChecklist,
  taskPatch,
  type SyncLeads,
} from './planner-sync-fields';
import type {
  PlannerChecklistSnapshot,
  PlannerTaskPatch,
  PlannerTaskSnapshot,
  PlannerWrite,
} from '../../domain/plan/planner-task';

/**
 * The Planner sync's decisions, as a pure function: from the milestones, the PlannerLink and what
 * was just read from Planner, which tasks to create or update, what progress to take back, and what
 * to report instead of writing. No clock, no I/O; the caller sends the writes (TaskPlanner port) and
 * hands the outcomes to `settlePlannerSync` (planner-sync-settle.ts).
 *
 * Rules, per milestone (fingerprints: planner-fingerprint.ts):
 * - not in the link → create, unless the plan holds an unlinked task with the same title in the
 *   same bucket (a sync whose bookkeeping was not saved): that task is linked, never duplicated;
 * - in the link, task gone from Planner → reported, never recreated unless the user asks (`recreate`);
 * - changed only in Tandem → update, `If-Match` with the eTag just read, only the fields that differ;
 * - changed only in Planner (title, bucket, dates, assignees, Tandem's labels) → kept, reported;
 * - changed on both sides, differently → a conflict, reported, nothing written (unless `overwrite`);
 * - progress: Planner's percentComplete flows back into the milestone; a progress change made only
 *   in Tandem is sent to Planner; when both moved, Planner's wins;
 * - checklist: items Tandem made are added, renamed or removed as the milestone's checklist
 *   changes (their ticks, and items people add in Planner, are left alone);
 * - a milestone deleted in Tandem: its task is left in Planner (Tandem never deletes Planner data)
 *   and dropped from the link, and reported.
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface PlannerSyncChoices {
  /** Milestones whose task was deleted in Planner and should be created again. */
  readonly recreate?: readonly string[];
  /** Milestones in conflict whose Tandem version should replace Planner's. */
  readonly overwrite?: readonly string[];
}

export interface PlannerSyncInput {
  readonly milestones: readonly Milestone[];
  readonly startDate: string;
  readonly leads: SyncLeads;
  /** Entra user ids by {@link upnKey}; `null`: the directory does not know that UPN. */
  readonly userIds: Readonly<Record<string, string | null>>;
  readonly link: PlannerLink;
  /** Every task of the plan, as just read. */
  readonly tasks: readonly PlannerTaskSnapshot[];
  /** By task id: the checklists read for this sync (see {@link checklistsToRead}). */
  readonly checklists: Readonly<Record<string, PlannerChecklistSnapshot>>;
  readonly choices?: PlannerSyncChoices;
}

/** A write, and the fingerprint parts that hold once it succeeds. */
export interface PlannedWrite {
  readonly write: PlannerWrite;
  readonly settles: Partial<SyncFingerprint>;
}

export interface PlannerTaskRef {
  readonly milestoneId: string;
  readonly taskId: string;
  /** The milestone's name, or the task's title when the milestone is gone. */
  readonly title: string;
}

export interface PlannerSyncPlan {
  /** The link as the reads left it (eTags seen, tasks linked or dropped); writes settle on top. */
  readonly link: PlannerLink;
  /** Creates first (last milestone first, see `newChecklist`), then updates. */
  readonly writes: readonly PlannedWrite[];
  /** By milestone id: the percentComplete to take from Planner. */
  readonly progress: Readonly<Record<string, number>>;
  readonly conflicts: readonly PlannerTaskRef[];
  readonly deletedInPlanner: readonly PlannerTaskRef[];
  readonly keptPlannerEdits: readonly PlannerTaskRef[];
  readonly leftInPlanner: readonly PlannerTaskRef[];
  readonly adopted: readonly PlannerTaskRef[];
  /** Leads who cannot be assigned: a UPN the directory does not know, or a lead without one. */
  readonly unknownLeads: readonly string[];
}

export function planPlannerSync(input: PlannerSyncInput): PlannerSyncPlan {
  const byId = new Map(input.tasks.map((task) => [task.taskId, task]));
  const recreate = new Set(input.choices?.recreate ?? []);
  const overwrite = new Set(input.choices?.overwrite ?? []);
  const milestones = sortMilestones(input.milestones);
  const live = new Set(milestones.map((m) => m.id));
  const linked = new Set(Object.values(input.link.tasks).map((entry) => entry.taskId));
  const unlinked = input.tasks.filter((task) => !linked.has(task.taskId));

  const tasks: Record<string, PlannerTaskLink> = {};
  const creates: PlannedWrite[] = [];
  const updates: PlannedWrite[] = [];
  const progress: Record<string, number> = {};
  const conflicts: PlannerTaskRef[] = [];
  const deletedInPlanner: PlannerTaskRef[] = [];
  const keptPlannerEdits: PlannerTaskRef[] = [];
  const adopted: PlannerTaskRef[] = [];
  const unknownLeads = new Set<string>();

  const leftInPlanner = Object.entries(input.link.tasks)
    .filter(([milestoneId]) => !live.has(milestoneId))
    .map(([milestoneId, entry]) => ({
      milestoneId,
      taskId: entry.taskId,
      title: byId.get(entry.taskId)?.title ?? '',
    }));

  for (const milestone of milestones) {
    const { fields, unknownLeads: unknown } = desiredTask(milestone, input);
    unknown.forEach((lead) => unknownLeads.add(lead));
    const local = fieldsKey(fields);
    const checklist = checklistKey(milestone);
    const ref = (taskId: string): PlannerTaskRef => ({
      milestoneId: milestone.id,
      taskId,
      title: milestone.name,
    });

    let entry = input.link.tasks[milestone.id];
    if (entry && recreate.has(milestone.id) && !byId.has(entry.taskId)) entry = undefined;
    if (!entry) {
      const index = unlinked.findIndex(
        (task) => task.title === fields.title && task.bucketId === fields.bucketId,
      );
      const found = index >= 0 ? unlinked.splice(index, 1)[0] : undefined;
      if (!found) {
        const settles = { local, planner: local, checklist, percent: milestone.percentComplete };
        const write: PlannerWrite = {
          kind: 'create-task',
          milestoneId: milestone.id,
          fields,
          percentComplete: milestone.percentComplete,
          checklist: newChecklist(milestone),
        };
        creates.push({ write, settles });
        continue;
      }
      adopted.push(ref(found.taskId));
      const seen = snapshotKey(found);
      entry = {
        taskId: found.taskId,
        etag: found.etag,
        detailsEtag: null,
        // Linked as Planner holds it: Tandem's fields then count as a change made in Tandem.
        fingerprint: formatFingerprint({
          local: seen,
          planner: seen,
          checklist,
          // Planner's progress wins: the task is the one people have been working in.
          percent: milestone.percentComplete,
        }),
      };
    }

    const task = byId.get(entry.taskId);
    if (!task) {
      deletedInPlanner.push(ref(entry.taskId));
      tasks[milestone.id] = entry;
      continue;
    }
    const base = parseFingerprint(entry.fingerprint);
    const remote = task.etag === entry.etag ? base.planner : snapshotKey(task);
    const plannerChanged = remote !== base.planner;
    const localChanged = local !== base.local;
    const agreed = remote === local;
    const forced = overwrite.has(milestone.id);

    // Progress: Planner's change flows back; a change made only in Tandem goes to Planner.
    const plannerPercent = task.percentComplete !== base.percent;
    if (plannerPercent && milestone.percentComplete !== task.percentComplete)
      progress[milestone.id] = task.percentComplete;
    const pushPercent =
      !plannerPercent && milestone.percentComplete !== base.percent
        ? milestone.percentComplete
        : undefined;

    if (plannerChanged && localChanged && !agreed && !forced) {
      // Left exactly as it was, so the next sync finds the same conflict until someone decides.
      conflicts.push(ref(task.taskId));
      tasks[milestone.id] = entry;
      continue;
    }

    const next: Mutable<SyncFingerprint> = {
      ...base,
      planner: remote,
      percent: task.percentComplete,
    };
    if (plannerChanged && !localChanged && !agreed && !forced)
      keptPlannerEdits.push(ref(task.taskId));
    // Tandem's fields win when only Tandem changed them, or when the user chose Tandem's version.
    const sendFields = !agreed && (forced || (localChanged && !plannerChanged));
    let patch: PlannerTaskPatch = sendFields ? taskPatch(fields, task) : {};
    if (pushPercent !== undefined) patch = { ...patch, percentComplete: pushPercent };
    const settles: Partial<SyncFingerprint> = {
      ...(sendFields || agreed ? { local, planner: local } : {}),
      ...(pushPercent !== undefined ? { percent: pushPercent } : {}),
    };
    if (Object.keys(patch).length > 0) {
      const write: PlannerWrite = {
        kind: 'update-task',
        milestoneId: milestone.id,
        taskId: task.taskId,
        etag: task.etag,
        patch,
      };
      updates.push({ write, settles });
    } else {
      Object.assign(next, settles);
    }

    if (checklist !== base.checklist) {
      const read = input.checklists[task.taskId];
      if (read) {
        const items = checklistPatch(milestone, read);
        if (Object.keys(items).length === 0) next.checklist = checklist;
        else
          updates.push({
            write: {
              kind: 'update-checklist',
              milestoneId: milestone.id,
              taskId: task.taskId,
              etag: read.etag,
              items,
            },
            settles: { checklist },
          });
      }
    }
    tasks[milestone.id] = { ...entry, etag: task.etag, fingerprint: formatFingerprint(next) };
  }

  return {
    link: { ...input.link, tasks },
    writes: [...creates.reverse(), ...updates],
    progress,
    conflicts,
    deletedInPlanner,
    keptPlannerEdits,
    leftInPlanner,
    adopted,
    unknownLeads: [...unknownLeads],
  };
}
