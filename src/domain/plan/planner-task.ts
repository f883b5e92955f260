import { hash53, hex } from '../hash';
import { dateOfDay } from './plan-dates';
import type { MilestoneOwner } from './plan';

/**
 * A Planner task as the Planner sync sees it: what the sync writes into a task, what it reads back,
 * and the writes and their outcomes that pass between the pure sync (planner-sync.ts) and the
 * `TaskPlanner` port. Plain data, no Graph types: the Graph adapter maps these to and from
 * plannerTask JSON (docs/platform.md#planner-tasks).
 */

/**
 * The Planner labels Tandem applies, one per side. Planner has 25 labels (`category1`…`category25`)
 * whose names live in the plan's details (`categoryDescriptions`); colours are Planner's choice.
 */
export const OWNER_CATEGORIES: Readonly<Record<MilestoneOwner, string>> = {
  internal: 'category1',
  msp: 'category2',
  joint: 'category3',
};

/** The names Tandem gives its labels in a plan it sets up. */
export const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  category1: 'Internal',
  category2: 'MSP',
  category3: 'Joint',
};

export const TANDEM_CATEGORIES: readonly string[] = Object.values(OWNER_CATEGORIES);

/** What the sync writes into a task (and compares when it reads the task back). */
export interface PlannerTaskFields {
  readonly title: string;
  readonly bucketId: string;
  /** ISO date-times (see {@link plannerDateTime}). */
  readonly startDateTime: string;
  readonly dueDateTime: string;
  /** Entra user ids, sorted. */
  readonly assigneeIds: readonly string[];
  /** Tandem's labels on the task (a subset of {@link TANDEM_CATEGORIES}), sorted. */
  readonly categories: readonly string[];
}

/** One checklist line as written to Planner; `id` is a GUID ({@link checklistItemGuid}). */
export interface PlannerChecklistEntry {
  readonly id: string;
  readonly title: string;
  readonly isChecked: boolean;
  /** A client order hint (docs/platform.md#planner-order-hints), e.g. `" !"`. */
  readonly orderHint: string;
}

/** A task as read from Planner (`GET /planner/plans/{id}/tasks`). */
export interface PlannerTaskSnapshot {
  readonly taskId: string;
  readonly etag: string;
  readonly title: string;
  readonly bucketId: string | null;
  readonly startDateTime: string | null;
  readonly dueDateTime: string | null;
  readonly percentComplete: number;
  readonly assigneeIds: readonly string[];
  /** Every label applied, Tandem's or not. */
  readonly categories: readonly string[];
}

/** A task's checklist as read from its details (which have their own eTag). */
export interface PlannerChecklistSnapshot {
  readonly taskId: string;
  readonly etag: string;
  readonly items: Readonly<
    Record<
      string,
      { readonly title: string; readonly isChecked: boolean; readonly orderHint: string }
    >
  >;
}

/** Only what differs is sent; `assignments`/`appliedCategories`: `true` adds, `false` removes. */
export interface PlannerTaskPatch {
  readonly title?: string;
  readonly bucketId?: string;
  readonly startDateTime?: string;
  readonly dueDateTime?: string;
  readonly percentComplete?: number;
  readonly assignments?: Readonly<Record<string, boolean>>;
  readonly appliedCategories?: Readonly<Record<string, boolean>>;
}

/** A checklist change: new or renamed items, `null` removes one. */
export type PlannerChecklistPatch = Readonly<
  Record<
    string,
    { readonly title?: string; readonly isChecked?: boolean; readonly orderHint?: string } | null
  >
>;

/** One write the sync asks the port to make. Every update names the eTag it was based on. */
export type PlannerWrite =
  | {
      readonly kind: 'create-task';
      readonly milestoneId: string;
      readonly fields: PlannerTaskFields;
      readonly percentComplete: number;
      /** In the order to send them (see planner-sync.ts). */
      readonly checklist: readonly PlannerChecklistEntry[];
    }
  | {
      readonly kind: 'update-task';
      readonly milestoneId: string;
      readonly taskId: string;
      readonly etag: string;
      readonly patch: PlannerTaskPatch;
    }
  | {
      readonly kind: 'update-checklist';
      readonly milestoneId: string;
      readonly taskId: string;
      /** The task details' eTag, not the task's. */
      readonly etag: string;
      readonly items: PlannerChecklistPatch;
    }
  | {
      /** The plan's label names (plan details, own eTag); only when a plan is set up. */
      readonly kind: 'label-categories';
      readonly etag: string;
      readonly labels: Readonly<Record<string, string>>;
    };

/** What became of one write, in the order the writes were given. */
export type PlannerWriteOutcome =
  | {
      readonly kind: 'created';
      readonly taskId: string;
      readonly etag: string;
      /** The task exists but its checklist could not be written yet (the next sync adds it). */
      readonly checklistMissing?: boolean;
    }
  /** `etag`: the resource's new eTag, or `null` when Planner did not return it. */
  | { readonly kind: 'updated'; readonly etag: string | null }
  /** Changed in Planner since the eTag was read (409/412); `current` as re-read, if it still exists. */
  | { readonly kind: 'conflict'; readonly current: PlannerTaskSnapshot | null }
  | { readonly kind: 'not-found' }
  /** Planner said no: a limit (`limit` = Planner's code), permissions, invalid data … */
  | { readonly kind: 'refused'; readonly reason: string; readonly limit: string | null };

/**
 * A calendar date as a Planner date-time: noon UTC, so the date reads the same in Planner from
 * UTC−11 to UTC+11. How Planner's own UI stores a date-only due date is not documented (assumed:
 * docs/platform.md#planner-tasks).
 */
export function plannerDateTime(isoDate: string): string {
  return `${isoDate}T12:00:00Z`;
}

/** The date-time of engagement day `day`. */
export function plannerDayTime(startDate: string, day: number): string {
  return plannerDateTime(dateOfDay(startDate, day));
}

/** One instant, however Graph spells it (`…T12:00:00Z` and `…T12:00:00.000Z` are the same). */
export function sameInstant(a: string | null, b: string | null): boolean {
  return canonicalInstant(a) === canonicalInstant(b);
}

export function canonicalInstant(value: string | null): string {
  if (value === null) return '';
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/** A UPN as a lookup key: the directory compares them without case. */
export function upnKey(upn: string): string {
  return upn.trim().toLowerCase();
}

/** The first block of every checklist GUID Tandem makes for one milestone. */
function milestoneTag(milestoneId: string): string {
  return hex(hash53(`milestone:${milestoneId}`), 8);
}

/**
 * Planner keys checklist items by client-generated GUIDs (docs/platform.md#planner-task-details).
 * Tandem derives them from the milestone and item ids, so every sync names an item the same way;
 * the first block is the milestone's, so the sync can tell its own items from ones people added in
 * Planner.
 */
export function checklistItemGuid(milestoneId: string, itemId: string): string {
  const a = hex(hash53(`item:${milestoneId}:${itemId}`, 1), 12);
  const b = hex(hash53(`item:${milestoneId}:${itemId}`, 2), 12);
  return `${milestoneTag(milestoneId)}-${a.slice(0, 4)}-${a.slice(4, 8)}-${a.slice(8, 12)}-${b}`;
}

/** Whether a checklist item in Planner is one Tandem made for this milestone. */
export function isOwnChecklistItem(milestoneId: string, itemGuid: string): boolean {
  return itemGuid.toLowerCase().startsWith(`${milestoneTag(milestoneId)}-`);
}
