/**
 * The Planner controls tests hold (`graph.planner`): limit knobs, Premium flags, a snapshot of the
 * state, and the "Planner UI" side door — edits another user makes in Planner. Side-door edits skip
 * If-Match (that user's client is current) but follow the same rules as the API, bump the etag and are
 * recorded as changes, so Tandem's next write meets them exactly as it would meet a real edit.
 */
import { plannerETag } from './planner-etag';
import type { BucketRecord, PlannerStore, PlanRecord, TaskRecord } from './planner-store';
import { applyDetailsChanges, applyTaskChanges, type TaskChanges } from './planner-task-model';
import { readDateTime } from './planner-values';
import type { EmulatorEnv } from './store';
import type { EmulatedPlan, PlannerControls, PlannerUi, PlannerUiActor } from './types-planner';

/** The other user who edits in Planner unless a test names one. */
export const PLANNER_UI_USER: PlannerUiActor = { id: '3f1d2c4b-7a65-4e1f-9b0d-5c2e8a7f6d10' };

function found<T>(record: T | undefined, what: string, id: string): T {
  if (!record) throw new Error(`The emulator has no Planner ${what} ${id}.`);
  return record;
}

function createUi(store: PlannerStore, env: EmulatorEnv): PlannerUi {
  const now = () => env.now().toISOString();
  const task = (id: string): TaskRecord => found(store.tasks.get(id), 'task', id);
  const bucket = (id: string): BucketRecord => found(store.buckets.get(id), 'bucket', id);
  const plan = (id: string): PlanRecord => found(store.plans.get(id), 'plan', id);

  const editTask: PlannerUi['editTask'] = (taskId, edit, by = PLANNER_UI_USER) => {
    const record = task(taskId);
    const changes: TaskChanges = {};
    if (edit.title !== undefined) changes.title = edit.title;
    if (edit.percentComplete !== undefined) changes.percentComplete = edit.percentComplete;
    if (edit.bucketId !== undefined) changes.bucketId = edit.bucketId;
    if (edit.priority !== undefined) changes.priority = edit.priority;
    if (edit.startDateTime !== undefined) {
      changes.startDateTime = readDateTime(edit.startDateTime, 'startDateTime');
    }
    if (edit.dueDateTime !== undefined)
      changes.dueDateTime = readDateTime(edit.dueDateTime, 'dueDateTime');
    if (edit.appliedCategories !== undefined)
      changes.appliedCategories = { ...edit.appliedCategories };
    if (edit.assign || edit.unassign) {
      changes.assignments = {};
      for (const userId of edit.assign ?? []) changes.assignments[userId] = { orderHint: ' !' };
      for (const userId of edit.unassign ?? []) changes.assignments[userId] = null;
    }
    const changed = applyTaskChanges(store, record, changes, by.id, now());
    if (changed.length > 0) store.bump(record, changed);
    return plannerETag('Task', record.seq);
  };

  const editDetails = (
    taskId: string,
    changes: Parameters<typeof applyDetailsChanges>[2],
    by: PlannerUiActor,
  ) => {
    const details = task(taskId).details;
    const changed = applyDetailsChanges(store, details, changes, by.id, now());
    if (changed.length > 0) store.bump(details, changed);
    return plannerETag('TaskDetails', details.seq);
  };

  return {
    editTask,
    setPercentComplete: (taskId, percentComplete, by) => editTask(taskId, { percentComplete }, by),
    renameTask: (taskId, title, by) => editTask(taskId, { title }, by),
    deleteTask: (taskId) => store.deleteTask(task(taskId)),
    setDescription: (taskId, description, by = PLANNER_UI_USER) =>
      editDetails(taskId, { description }, by),
    setChecklistItem: (taskId, itemId, item, by = PLANNER_UI_USER) =>
      editDetails(taskId, { checklist: { [itemId]: { ...item } } }, by),
    removeChecklistItem: (taskId, itemId, by = PLANNER_UI_USER) =>
      editDetails(taskId, { checklist: { [itemId]: null } }, by),
    renameBucket: (bucketId, name) => {
      const record = bucket(bucketId);
      if (record.name !== name) {
        record.name = name;
        store.bump(record, ['name']);
      }
      return plannerETag('Bucket', record.seq);
    },
    deleteBucket: (bucketId) => store.deleteBucket(bucket(bucketId)),
    renamePlan: (planId, title) => {
      const record = plan(planId);
      if (record.title !== title) {
        record.title = title;
        store.bump(record, ['title']);
      }
      return plannerETag('Plan', record.seq);
    },
    setCategoryDescription: (planId, category, label) => {
      const details = plan(planId).details;
      if (!/^category([1-9]|1\d|2[0-5])$/.test(category))
        throw new Error(`No Planner category ${category}.`);
      if ((details.categoryDescriptions[category] ?? null) !== label) {
        if (label === null) delete details.categoryDescriptions[category];
        else details.categoryDescriptions[category] = label;
        store.bump(details, [`categoryDescriptions/${category}`]);
      }
      return plannerETag('PlanDetails', details.seq);
    },
  };
}

function snapshot(store: PlannerStore): EmulatedPlan[] {
  return [...store.plans.values()].map((plan) => ({
    id: plan.id,
    eTag: plannerETag('Plan', plan.seq),
    groupId: plan.groupId,
    title: plan.title,
    premium: plan.premium !== undefined,
    details: {
      eTag: plannerETag('PlanDetails', plan.details.seq),
      categoryDescriptions: { ...plan.details.categoryDescriptions },
    },
    buckets: store.bucketsOf(plan.id).map((b) => ({
      id: b.id,
      eTag: plannerETag('Bucket', b.seq),
      name: b.name,
      orderHint: b.orderHint,
    })),
    tasks: store.tasksOf(plan.id).map((t) => ({
      id: t.id,
      eTag: plannerETag('Task', t.seq),
      bucketId: t.bucketId,
      title: t.title,
      orderHint: t.orderHint,
      percentComplete: t.percentComplete,
      startDateTime: t.startDateTime,
      dueDateTime: t.dueDateTime,
      completedDateTime: t.completedDateTime,
      appliedCategories: Object.keys(t.appliedCategories),
      assignments: Object.fromEntries(
        Object.entries(t.assignments).map(([userId, a]) => [userId, a.orderHint]),
      ),
      details: {
        eTag: plannerETag('TaskDetails', t.details.seq),
        description: t.details.description,
        checklist: Object.fromEntries(
          Object.entries(t.details.checklist).map(([id, item]) => [
            id,
            { title: item.title, isChecked: item.isChecked, orderHint: item.orderHint },
          ]),
        ),
      },
    })),
  }));
}

export function createPlannerControls(store: PlannerStore, env: EmulatorEnv): PlannerControls {
  return {
    setLimits: (limits) => store.setLimits(limits),
    get limits() {
      return { ...store.limits };
    },
    markPremium(planId, options = {}) {
      found(store.plans.get(planId), 'plan', planId).premium = {
        answer: options.answer ?? 'notFound',
        listed: options.listed ?? false,
      };
    },
    ui: createUi(store, env),
    plans: () => snapshot(store),
  };
}
