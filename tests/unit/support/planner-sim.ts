import type { Milestone } from '../../../src/domain/plan/plan';
import { PLANNER_LINK_ID, type PlannerLink } from '../../../src/domain/plan/planner-link';
import {
  planPlannerSync,
  type PlannerSyncChoices,
  type PlannerSyncInput,
} from '../../../src/application/planner/planner-sync-plan';
import { checklistsToRead } from '../../../src/application/planner/planner-sync-fields';
import {
  settlePlannerSync,
  type PlannerSyncResult,
} from '../../../src/application/planner/planner-sync-settle';
import type {
  PlannerChecklistSnapshot,
  PlannerTaskSnapshot,
  PlannerWrite,
  PlannerWriteOutcome,
} from '../../../src/domain/plan/planner-task';

/**
 * A few lines of "Planner" for the pure sync's tests (not a test file itself): tasks and checklists
 * in maps, eTags that move on every change, If-Match honoured. Enough to run sync → writes →
 * outcomes → settle → sync again without Graph.
 */

export const BUCKETS = {
  discovery: 'b-1',
  'tool-deployment': 'b-2',
  stabilization: 'b-3',
} as const;
export const LEADS = {
  internalLead: { name: 'Ines', upn: 'ines@contoso.com' },
  mspLead: { name: 'Max', upn: 'max@msp.example' },
};
export const USER_IDS = {
  'ines@contoso.com': '11111111-1111-4111-8111-111111111111',
  'max@msp.example': '22222222-2222-4222-8222-222222222222',
};

export const emptyLink = (): PlannerLink => ({
  id: PLANNER_LINK_ID,
  planId: 'plan-1',
  planTitle: 'Plan',
  bucketIds: BUCKETS,
  tasks: {},
});

export class FakePlanner {
  readonly tasks = new Map<string, PlannerTaskSnapshot>();
  readonly checklists = new Map<string, PlannerChecklistSnapshot>();
  private seq = 0;

  private etag = () => `W/"e${++this.seq}"`;

  /** An edit made by someone in Planner: the eTag moves on. */
  edit(taskId: string, change: Partial<PlannerTaskSnapshot>): void {
    const task = this.tasks.get(taskId);
    if (task) this.tasks.set(taskId, { ...task, ...change, etag: this.etag() });
  }

  apply(writes: readonly PlannerWrite[]): PlannerWriteOutcome[] {
    return writes.map((write): PlannerWriteOutcome => {
      switch (write.kind) {
        case 'create-task': {
          const taskId = `task-${++this.seq}`;
          const task: PlannerTaskSnapshot = {
            taskId,
            etag: this.etag(),
            title: write.fields.title,
            bucketId: write.fields.bucketId,
            startDateTime: write.fields.startDateTime,
            dueDateTime: write.fields.dueDateTime,
            percentComplete: write.percentComplete,
            assigneeIds: [...write.fields.assigneeIds],
            categories: [...write.fields.categories],
          };
          this.tasks.set(taskId, task);
          this.checklists.set(taskId, {
            taskId,
            etag: this.etag(),
            items: Object.fromEntries(
              write.checklist.map((item, i) => [
                item.id,
                { title: item.title, isChecked: item.isChecked, orderHint: `h${100 - i}` },
              ]),
            ),
          });
          return { kind: 'created', taskId, etag: task.etag };
        }
        case 'update-task': {
          const task = this.tasks.get(write.taskId);
          if (!task) return { kind: 'not-found' };
          if (task.etag !== write.etag) return { kind: 'conflict', current: task };
          const { patch } = write;
          const assignees = new Set(task.assigneeIds);
          for (const [id, on] of Object.entries(patch.assignments ?? {})) {
            if (on) assignees.add(id);
            else assignees.delete(id);
          }
          const categories = new Set(task.categories);
          for (const [c, on] of Object.entries(patch.appliedCategories ?? {})) {
            if (on) categories.add(c);
            else categories.delete(c);
          }
          const next: PlannerTaskSnapshot = {
            ...task,
            ...(patch.title !== undefined ? { title: patch.title } : {}),
            ...(patch.bucketId !== undefined ? { bucketId: patch.bucketId } : {}),
            ...(patch.startDateTime !== undefined ? { startDateTime: patch.startDateTime } : {}),
            ...(patch.dueDateTime !== undefined ? { dueDateTime: patch.dueDateTime } : {}),
            ...(patch.percentComplete !== undefined
              ? { percentComplete: patch.percentComplete }
              : {}),
            assigneeIds: [...assignees].sort(),
            categories: [...categories].sort(),
            etag: this.etag(),
          };
          this.tasks.set(task.taskId, next);
          return { kind: 'updated', etag: next.etag };
        }
        case 'update-checklist': {
          const details = this.checklists.get(write.taskId);
          if (!details || !this.tasks.has(write.taskId)) return { kind: 'not-found' };
          if (details.etag !== write.etag) return { kind: 'conflict', current: null };
          const items = { ...details.items };
          for (const [id, item] of Object.entries(write.items)) {
            if (item === null) delete items[id];
            else
              items[id] = {
                title: item.title ?? items[id]?.title ?? '',
                isChecked: item.isChecked ?? items[id]?.isChecked ?? false,
                orderHint: items[id]?.orderHint ?? `n${++this.seq}`,
              };
          }
          const next = { ...details, items, etag: this.etag() };
          this.checklists.set(write.taskId, next);
          return { kind: 'updated', etag: next.etag };
        }
        case 'label-categories':
          return { kind: 'updated', etag: null };
      }
    });
  }
}

export interface SyncRound {
  readonly plan: ReturnType<typeof planPlannerSync>;
  readonly result: PlannerSyncResult;
  readonly milestones: Milestone[];
}

/** One sync against the fake: read, plan, write, settle; milestones come back updated. */
export function syncOnce(
  planner: FakePlanner,
  milestones: readonly Milestone[],
  link: PlannerLink,
  options: { userIds?: PlannerSyncInput['userIds']; choices?: PlannerSyncChoices } = {},
): SyncRound {
  const wanted = new Set(checklistsToRead(milestones, link));
  const checklists = Object.fromEntries(
    [...planner.checklists].filter(([taskId]) => wanted.has(taskId)),
  );
  const plan = planPlannerSync({
    milestones,
    startDate: '2026-09-01',
    leads: LEADS,
    userIds: options.userIds ?? USER_IDS,
    link,
    tasks: [...planner.tasks.values()],
    checklists,
    ...(options.choices ? { choices: options.choices } : {}),
  });
  const outcomes = planner.apply(plan.writes.map((w) => w.write));
  const result = settlePlannerSync(plan, milestones, outcomes);
  const changed = new Map(result.milestones.map((m) => [m.id, m]));
  return { plan, result, milestones: milestones.map((m) => changed.get(m.id) ?? m) };
}
