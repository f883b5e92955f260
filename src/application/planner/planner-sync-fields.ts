import type { EngagementProfile } from '../../domain/engagement/profile';
import { milestoneAssignees, type Milestone } from '../../domain/plan/plan';
import { checklistKey, parseFingerprint } from './planner-fingerprint';
import type { PlannerLink } from '../../domain/plan/planner-link';
import {
  OWNER_CATEGORIES,
  TANDEM_CATEGORIES,
  checklistItemGuid,
  isOwnChecklistItem,
  plannerDayTime,
  sameInstant,
  upnKey,
  type PlannerChecklistEntry,
  type PlannerChecklistPatch,
  type PlannerChecklistSnapshot,
  type PlannerTaskFields,
  type PlannerTaskPatch,
  type PlannerTaskSnapshot,
} from '../../domain/plan/planner-task';

/**
 * What a milestone's Planner task should hold, and the smallest change that gets it there from
 * what Planner has: the building blocks of the sync's decisions (planner-sync.ts).
 */

/** The leads, as the sync reads them from the engagement profile. */
export type SyncLeads = Pick<EngagementProfile, 'internalLead' | 'mspLead'>;

/** The UPNs whose Entra ids a sync needs: both leads', as lookup keys. */
export function leadUpns(leads: SyncLeads): string[] {
  const keys = [leads.internalLead.upn, leads.mspLead.upn].map(upnKey).filter((k) => k !== '');
  return [...new Set(keys)];
}

/** What the milestone's task should hold, and which of its leads cannot be assigned. */
export function desiredTask(
  milestone: Milestone,
  input: {
    readonly startDate: string;
    readonly leads: SyncLeads;
    readonly userIds: Readonly<Record<string, string | null>>;
    readonly link: PlannerLink;
  },
): { fields: PlannerTaskFields; unknownLeads: string[] } {
  const ids: string[] = [];
  const unknownLeads: string[] = [];
  for (const lead of milestoneAssignees(milestone.owner, input.leads)) {
    const id = lead.upn.trim() === '' ? null : (input.userIds[upnKey(lead.upn)] ?? null);
    if (id) ids.push(id);
    else unknownLeads.push(lead.upn.trim() || lead.name.trim());
  }
  return {
    fields: {
      title: milestone.name.trim(),
      bucketId: input.link.bucketIds[milestone.phase],
      startDateTime: plannerDayTime(input.startDate, milestone.startDay),
      dueDateTime: plannerDayTime(input.startDate, milestone.dueDay),
      assigneeIds: [...new Set(ids)].sort(),
      categories: [OWNER_CATEGORIES[milestone.owner]],
    },
    unknownLeads,
  };
}

/**
 * A new task's checklist. Planner orders items by server-computed hints; every item is sent as
 * `" !"` ("first", docs/platform.md#planner-order-hints) in reverse order, so each lands before the
 * previous one and the list reads in the milestone's order. The service may apply a body's items in
 * another order (msgraph-sdk-dotnet#1115 reports unordered checklists without hints; assumed:
 * docs/platform.md#planner-order-hints).
 */
export function newChecklist(milestone: Milestone): PlannerChecklistEntry[] {
  return [...milestone.checklist].reverse().map((item) => ({
    id: checklistItemGuid(milestone.id, item.id),
    title: item.title,
    isChecked: item.done,
    orderHint: ' !',
  }));
}

/** Tasks whose checklist changed in Tandem: the sync reads their details (for the eTag and items). */
export function checklistsToRead(milestones: readonly Milestone[], link: PlannerLink): string[] {
  return milestones.flatMap((milestone) => {
    const entry = link.tasks[milestone.id];
    if (!entry) return [];
    const changed = checklistKey(milestone) !== parseFingerprint(entry.fingerprint).checklist;
    return changed ? [entry.taskId] : [];
  });
}

/** New items go after the last one (in reverse, see newChecklist); Tandem's removed items go. */
export function checklistPatch(
  milestone: Milestone,
  read: PlannerChecklistSnapshot,
): Record<string, PlannerChecklistPatch[string]> {
  const patch: Record<string, PlannerChecklistPatch[string]> = {};
  const wanted = new Set<string>();
  const last = Object.values(read.items).reduce(
    (max, item) => (item.orderHint > max ? item.orderHint : max),
    '',
  );
  for (const item of [...milestone.checklist].reverse()) {
    const id = checklistItemGuid(milestone.id, item.id);
    wanted.add(id);
    const current = read.items[id];
    if (!current) patch[id] = { title: item.title, isChecked: item.done, orderHint: `${last} !` };
    else if (current.title !== item.title) patch[id] = { title: item.title };
  }
  for (const id of Object.keys(read.items)) {
    if (isOwnChecklistItem(milestone.id, id) && !wanted.has(id)) patch[id] = null;
  }
  return patch;
}

/** Only what differs between the task as read and as wanted. */
export function taskPatch(fields: PlannerTaskFields, task: PlannerTaskSnapshot): PlannerTaskPatch {
  const assignments: Record<string, boolean> = {};
  for (const id of fields.assigneeIds) if (!task.assigneeIds.includes(id)) assignments[id] = true;
  for (const id of task.assigneeIds) if (!fields.assigneeIds.includes(id)) assignments[id] = false;
  const categories: Record<string, boolean> = {};
  for (const category of TANDEM_CATEGORIES) {
    const wanted = fields.categories.includes(category);
    if (wanted !== task.categories.includes(category)) categories[category] = wanted;
  }
  return {
    ...(task.title !== fields.title ? { title: fields.title } : {}),
    ...(task.bucketId !== fields.bucketId ? { bucketId: fields.bucketId } : {}),
    ...(!sameInstant(task.startDateTime, fields.startDateTime)
      ? { startDateTime: fields.startDateTime }
      : {}),
    ...(!sameInstant(task.dueDateTime, fields.dueDateTime)
      ? { dueDateTime: fields.dueDateTime }
      : {}),
    ...(Object.keys(assignments).length > 0 ? { assignments } : {}),
    ...(Object.keys(categories).length > 0 ? { appliedCategories: categories } : {}),
  };
}
