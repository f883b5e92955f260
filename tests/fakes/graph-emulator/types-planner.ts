/**
 * Public types of the emulator's Planner surface (docs/platform.md#planner-plans and after): the
 * limit knobs, the Premium switch, the "Planner UI" side door tests use to simulate edits made in
 * Planner, and the snapshot.
 */

/**
 * docs/platform.md#planner-limits: a request that exceeds a service limit answers 403 with the
 * limit's name in `error.code`. Each knob here maps to one code; an absent knob means no limit.
 * Microsoft's numbers are not pinned (assumed, same section), so only `plansPerGroup` has a
 * default.
 */
export interface PlannerLimits {
  /**
   * `MaximumPlannerPlans`; docs/platform.md#planner-limits: "currently 200" plans per group.
   * Default 200.
   */
  plansPerGroup?: number;
  /** `MaximumBucketsInProject`. */
  bucketsPerPlan?: number;
  /** `MaximumTasksInProject`. */
  tasksPerPlan?: number;
  /** `MaximumActiveTasksInProject`: tasks below 100 % in one plan. */
  activeTasksPerPlan?: number;
  /** `MaximumTasksCreatedByUser`: tasks whose createdBy is the signed-in user. */
  tasksCreatedByUser?: number;
  /** `MaximumTasksAssignedToUser`: tasks that list one user in `assignments`. */
  tasksAssignedToUser?: number;
  /** `MaximumAssigneesInTasks`: keys of one task's `assignments`. */
  assigneesPerTask?: number;
  /** `MaximumChecklistItemsOnTask`: keys of one task's `checklist`. */
  checklistItemsPerTask?: number;
}

export interface PremiumPlanOptions {
  /**
   * docs/platform.md#planner-plans: Premium plans are not reachable via Graph; the answer is not
   * documented (assumed), so both plausible ones are offered: 'notFound' (404, default) or
   * 'forbidden' (403).
   */
  answer?: 'notFound' | 'forbidden';
  /** Whether `GET /groups/{id}/planner/plans` still lists it (assumed). Default false. */
  listed?: boolean;
}

/** Who makes a side-door edit (recorded as completedBy, lastModifiedBy, assignedBy). */
export interface PlannerUiActor {
  id: string;
}

/** Task fields a Planner user can change in the Planner UI (values as Planner stores them). */
export interface PlannerUiTaskEdit {
  title?: string;
  percentComplete?: number;
  bucketId?: string | null;
  startDateTime?: string | null;
  dueDateTime?: string | null;
  priority?: number;
  /** `true` applies a label (category1…category25), `false` removes it. */
  appliedCategories?: Record<string, boolean>;
  /** User ids to add to / remove from the task. */
  assign?: string[];
  unassign?: string[];
}

/**
 * Edits "made in Planner" by another user: they bypass If-Match (that user's client is up to date) but
 * bump ETags and are recorded like any change, so the adapter's next write meets a newer version.
 * Each edit returns the resource's new `@odata.etag`. Unknown ids throw.
 */
export interface PlannerUi {
  editTask(taskId: string, edit: PlannerUiTaskEdit, by?: PlannerUiActor): string;
  setPercentComplete(taskId: string, percentComplete: number, by?: PlannerUiActor): string;
  renameTask(taskId: string, title: string, by?: PlannerUiActor): string;
  deleteTask(taskId: string): void;
  /** Returns the task details' new etag. */
  setDescription(taskId: string, description: string, by?: PlannerUiActor): string;
  /** Adds the checklist item if `itemId` is new (then `title` is required). */
  setChecklistItem(
    taskId: string,
    itemId: string,
    item: { title?: string; isChecked?: boolean },
    by?: PlannerUiActor,
  ): string;
  removeChecklistItem(taskId: string, itemId: string, by?: PlannerUiActor): string;
  renameBucket(bucketId: string, name: string): string;
  /** Deletes the bucket and its tasks (assumed: Planner's UI does; the API page does not say). */
  deleteBucket(bucketId: string): void;
  renamePlan(planId: string, title: string): string;
  /** Returns the plan details' new etag. `label: null` clears it. */
  setCategoryDescription(planId: string, category: string, label: string | null): string;
}

export interface EmulatedChecklistItem {
  title: string;
  isChecked: boolean;
  orderHint: string;
}

export interface EmulatedPlannerTask {
  id: string;
  eTag: string;
  bucketId: string | null;
  title: string;
  orderHint: string;
  percentComplete: number;
  startDateTime: string | null;
  dueDateTime: string | null;
  completedDateTime: string | null;
  appliedCategories: string[];
  /** User id → the assignment's orderHint. */
  assignments: Record<string, string>;
  details: {
    eTag: string;
    description: string;
    checklist: Record<string, EmulatedChecklistItem>;
  };
}

export interface EmulatedPlannerBucket {
  id: string;
  eTag: string;
  name: string;
  orderHint: string;
}

export interface EmulatedPlan {
  id: string;
  eTag: string;
  groupId: string;
  title: string;
  premium: boolean;
  details: { eTag: string; categoryDescriptions: Record<string, string> };
  /** In creation order; sort by orderHint for Planner's order. */
  buckets: EmulatedPlannerBucket[];
  tasks: EmulatedPlannerTask[];
}

export interface PlannerControls {
  /** Merges into the current limits; a knob set to `undefined` is removed (no limit). */
  setLimits(limits: PlannerLimits): void;
  readonly limits: Readonly<PlannerLimits>;
  /** Makes a plan behave like a Premium plan: unreachable through the API. */
  markPremium(planId: string, options?: PremiumPlanOptions): void;
  readonly ui: PlannerUi;
  /** Copies of every plan with its buckets, tasks and details. */
  plans(): EmulatedPlan[];
}
