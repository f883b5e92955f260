import type { Milestone } from '../../domain/plan/plan';
import {
  TANDEM_CATEGORIES,
  canonicalInstant,
  checklistItemGuid,
  type PlannerTaskFields,
  type PlannerTaskSnapshot,
} from '../../domain/plan/planner-task';
import { hash53 } from '../../domain/hash';

/**
 * The fingerprint a PlannerLink keeps per task: enough to tell, without any request, whether the
 * milestone changed in Tandem and whether the task changed in Planner since the last sync.
 *
 * - `local`: the task fields (title, bucket, dates, assignees, labels) Tandem wanted last time;
 * - `planner`: the same fields as Planner held them after the last sync (equal to `local` unless
 *   someone changed them in Planner and Tandem kept that change);
 * - `checklist`: the checklist structure (item ids and titles) last written;
 * - `percent`: the progress both sides agreed on last time.
 *
 * Stored as one short string (`v1;l=…;r=…;c=…;p=…`), opaque to everyone but this module.
 */
export interface SyncFingerprint {
  readonly local: string;
  readonly planner: string;
  readonly checklist: string;
  readonly percent: number;
}

const key = (parts: readonly string[]): string => hash53(parts.join('\u001f')).toString(36);

/** The hash of task fields, the same whether they come from a milestone or from Planner. */
export function fieldsKey(fields: PlannerTaskFields): string {
  return key([
    fields.title,
    fields.bucketId,
    canonicalInstant(fields.startDateTime),
    canonicalInstant(fields.dueDateTime),
    [...fields.assigneeIds].sort().join(','),
    [...fields.categories].sort().join(','),
  ]);
}

/** Planner's side of {@link fieldsKey}: only Tandem's labels count, others are people's own. */
export function snapshotKey(task: PlannerTaskSnapshot): string {
  return key([
    task.title,
    task.bucketId ?? '',
    canonicalInstant(task.startDateTime),
    canonicalInstant(task.dueDateTime),
    [...task.assigneeIds].sort().join(','),
    task.categories
      .filter((c) => TANDEM_CATEGORIES.includes(c))
      .sort()
      .join(','),
  ]);
}

/**
 * The checklist's structure. Ticks are not part of it: once a task is in Planner its checklist
 * ticks are progress, and progress belongs to Planner (like percentComplete).
 */
export function checklistKey(milestone: Pick<Milestone, 'id' | 'checklist'>): string {
  return key(
    milestone.checklist.map((item) => `${checklistItemGuid(milestone.id, item.id)}=${item.title}`),
  );
}

export function formatFingerprint(fp: SyncFingerprint): string {
  return `v1;l=${fp.local};r=${fp.planner};c=${fp.checklist};p=${fp.percent}`;
}

/**
 * Reads a stored fingerprint. An unreadable one reads as "nothing known": it matches no real value,
 * so the milestone counts as changed in Tandem, and a task that also moved on in Planner is a
 * conflict rather than something to overwrite.
 */
export function parseFingerprint(text: string): SyncFingerprint {
  const match = /^v1;l=([^;]*);r=([^;]*);c=([^;]*);p=(\d{1,3})$/.exec(text);
  if (!match) return { local: '?', planner: '?', checklist: '?', percent: -1 };
  return {
    local: match[1]!,
    planner: match[2]!,
    checklist: match[3]!,
    percent: Number(match[4]),
  };
}
