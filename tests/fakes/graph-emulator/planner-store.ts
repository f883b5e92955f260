/**
 * The emulator's Planner state: plans (each with its details), buckets, tasks (each with its details),
 * the limit knobs, Premium flags and the one version sequence every Planner etag is cut from.
 * Records are plain objects; routes change them only after a request has passed every check.
 */
import { plannerForbidden, plannerNotFound } from './planner-errors';
import type { ChangeRecord, Versioned } from './planner-etag';
import type { Prng } from './prng';
import type { PlannerLimits, PremiumPlanOptions } from './types-planner';

export interface PlanDetailsRecord extends Versioned {
  /** category1…category25 → label; unset labels are absent. */
  categoryDescriptions: Record<string, string>;
  sharedWith: Record<string, boolean>;
}

export interface PlanRecord extends Versioned {
  id: string;
  groupId: string;
  title: string;
  createdBy: string;
  createdDateTime: string;
  /** Creation order, for listing and paging. */
  order: number;
  premium?: Required<PremiumPlanOptions>;
  details: PlanDetailsRecord;
}

export interface BucketRecord extends Versioned {
  id: string;
  planId: string;
  name: string;
  orderHint: string;
  order: number;
}

export interface AssignmentRecord {
  assignedBy: string;
  assignedDateTime: string;
  orderHint: string;
}

export interface ChecklistItemRecord {
  title: string;
  isChecked: boolean;
  orderHint: string;
  lastModifiedBy: string;
  lastModifiedDateTime: string;
}

export interface TaskDetailsRecord extends Versioned {
  description: string;
  previewType: string;
  checklist: Record<string, ChecklistItemRecord>;
}

export interface TaskRecord extends Versioned {
  id: string;
  planId: string;
  bucketId: string | null;
  title: string;
  orderHint: string;
  assigneePriority: string;
  percentComplete: number;
  priority: number;
  startDateTime: string | null;
  dueDateTime: string | null;
  createdBy: string;
  createdDateTime: string;
  completedBy: string | null;
  completedDateTime: string | null;
  conversationThreadId: string | null;
  previewType: string;
  appliedCategories: Record<string, true>;
  assignments: Record<string, AssignmentRecord>;
  order: number;
  details: TaskDetailsRecord;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export class PlannerStore {
  readonly plans = new Map<string, PlanRecord>();
  readonly buckets = new Map<string, BucketRecord>();
  readonly tasks = new Map<string, TaskRecord>();
  // docs/platform.md#planner-limits: plans per group "currently 200"; the other numbers are not
  // pinned (assumed).
  limits: PlannerLimits = { plansPerGroup: 200 };
  private seq = 0;
  private created = 0;

  constructor(private readonly prng: Prng) {}

  /** docs/platform.md#planner-tasks: ids are 28 characters, case-sensitive, URL-safe. */
  newId(): string {
    let id = '';
    for (let i = 0; i < 28; i++) id += ID_ALPHABET[Math.floor(this.prng.next() * 64)] as string;
    return id;
  }

  nextOrder(): number {
    return ++this.created;
  }

  /** A fresh version for a new resource. */
  versioned(): Versioned {
    const seq = ++this.seq;
    return { seq, createdSeq: seq, changes: [] };
  }

  /** Records a change: a new etag version and the paths it touched (for 'merge' If-Match). */
  bump(resource: Versioned, paths: readonly string[]): void {
    const change: ChangeRecord = { seq: ++this.seq, paths: [...paths] };
    resource.seq = change.seq;
    resource.changes.push(change);
  }

  /** docs/platform.md#planner-plans: Premium plans are not reachable through the API. */
  private reachable(plan: PlanRecord): PlanRecord {
    if (plan.premium) {
      throw plan.premium.answer === 'forbidden' ? plannerForbidden() : plannerNotFound();
    }
    return plan;
  }

  requirePlan(id: string): PlanRecord {
    const plan = this.plans.get(id);
    if (!plan) throw plannerNotFound();
    return this.reachable(plan);
  }

  requireBucket(id: string): BucketRecord {
    const bucket = this.buckets.get(id);
    if (!bucket) throw plannerNotFound();
    this.requirePlan(bucket.planId);
    return bucket;
  }

  requireTask(id: string): TaskRecord {
    const task = this.tasks.get(id);
    if (!task) throw plannerNotFound();
    this.requirePlan(task.planId);
    return task;
  }

  plansOfGroup(groupId: string): PlanRecord[] {
    const wanted = groupId.toLowerCase();
    return [...this.plans.values()].filter((p) => p.groupId.toLowerCase() === wanted);
  }

  bucketsOf(planId: string): BucketRecord[] {
    return [...this.buckets.values()].filter((b) => b.planId === planId);
  }

  tasksOf(planId: string): TaskRecord[] {
    return [...this.tasks.values()].filter((t) => t.planId === planId);
  }

  deleteTask(task: TaskRecord): void {
    this.tasks.delete(task.id);
  }

  /**
   * Deleting a bucket deletes its tasks, as Planner's UI warns (assumed:
   * docs/platform.md#planner-buckets).
   */
  deleteBucket(bucket: BucketRecord): void {
    for (const task of this.tasksOf(bucket.planId)) {
      if (task.bucketId === bucket.id) this.tasks.delete(task.id);
    }
    this.buckets.delete(bucket.id);
  }

  setLimits(limits: PlannerLimits): void {
    const next: Record<string, number | undefined> = { ...this.limits };
    for (const [key, value] of Object.entries(limits) as Array<[string, number | undefined]>) {
      if (value === undefined) delete next[key];
      else if (!Number.isInteger(value) || value < 0) {
        throw new Error(`Planner limit ${key} must be a non-negative integer.`);
      } else next[key] = value;
    }
    this.limits = next as PlannerLimits;
  }
}
