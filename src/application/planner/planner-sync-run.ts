import type { EngagementProfile } from '../../domain/engagement/profile';
import { PHASES, type Milestone } from '../../domain/plan/plan';
import { PLANNER_LINK_ID, type PlannerLink } from '../../domain/plan/planner-link';
import { planPlannerSync, type PlannerSyncChoices } from './planner-sync-plan';
import { checklistsToRead, leadUpns } from './planner-sync-fields';
import { samePlannerLink, settlePlannerSync, type PlannerSyncReport } from './planner-sync-settle';
import type {
  PlannerChecklistSnapshot,
  PlannerTaskSnapshot,
  PlannerWrite,
} from '../../domain/plan/planner-task';
import { CATEGORY_LABELS } from '../../domain/plan/planner-task';
import { withoutVersion, type Versioned } from '../../ports/engagement-store';
import { PlannerError, type TaskPlanner } from '../../ports/task-planner';

/**
 * "Sync with Planner" for the 90-day tracker: reads Planner through the `TaskPlanner` port, lets
 * the pure sync decide (domain/planner-sync.ts), sends the writes, and saves what came back — the
 * milestones' progress and task ids, and the PlannerLink — as one store commit. Returns the
 * report the UI shows (created, updated, progress pulled, conflicts, deleted in Planner, refused).
 *
 * Round trips: first publish = plan setup (2) + writes (1 per 20 tasks); re-sync = 1 read, plus 1
 * for writes when anything changed. An unchanged plan costs one read and no write, in Planner or
 * in the store.
 *
 * The store step is `save`: it receives exactly the `StoreChange`s for `EngagementStore.commit`
 * (`put` into `milestones` and `plannerLinks`), so the composition root wires it as
 * `(id, changes) => store.commit(id, changes)` once the store has those collections.
 */

/** A `StoreChange` of the engagement store's plan collections. */
export type PlannerSyncStoreChange =
  | {
      readonly kind: 'put';
      readonly collection: 'milestones';
      readonly record: Milestone;
      readonly baseVersion: string | null;
    }
  | {
      readonly kind: 'put';
      readonly collection: 'plannerLinks';
      readonly record: PlannerLink;
      readonly baseVersion: string | null;
    };

export type SaveSyncResult = (
  engagementId: string,
  changes: readonly PlannerSyncStoreChange[],
) => Promise<unknown>;

/** Where a first sync puts the plan. */
export type PlanTarget =
  | { readonly kind: 'new'; readonly groupId: string; readonly title: string }
  | { readonly kind: 'existing'; readonly planId: string; readonly groupId?: string };

export interface PlannerSyncRequest {
  readonly engagementId: string;
  readonly profile: Pick<EngagementProfile, 'startDate' | 'internalLead' | 'mspLead'>;
  readonly milestones: readonly Versioned<Milestone>[];
  /** `null` until the first sync. */
  readonly link: Versioned<PlannerLink> | null;
  /** Needed for the first sync; ignored afterwards. */
  readonly target?: PlanTarget;
  /** The team's group: lets a failed read tell a Premium plan from a deleted one. */
  readonly groupId?: string;
  readonly choices?: PlannerSyncChoices;
}

export interface PlannerSyncSummary extends PlannerSyncReport {
  readonly planId: string;
  readonly planTitle: string;
  /** Labels Tandem wanted that an existing plan already uses for something else. */
  readonly labelsInUse: readonly string[];
}

/** Planner was written, but the store commit failed: the report says what Planner now holds. */
export class PlannerSyncNotSavedError extends Error {
  override readonly name = 'PlannerSyncNotSavedError';
  constructor(
    readonly report: PlannerSyncSummary,
    options: { cause: unknown },
  ) {
    const why = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(
      `Planner was updated (plan “${report.planTitle}”), but Tandem couldn't record it: ${why} Sync again — choose “${report.planTitle}” as the existing plan if Tandem asks — and the tasks already there are linked, not created twice.`,
      options,
    );
  }
}

export function defaultPlanTitle(customer: string): string {
  const name = customer.trim();
  return name === '' ? 'First 90 days (Tandem)' : `${name}: first 90 days (Tandem)`;
}

interface Opened {
  readonly link: PlannerLink;
  readonly tasks: readonly PlannerTaskSnapshot[];
  readonly userIds: Record<string, string | null>;
  readonly checklists: Record<string, PlannerChecklistSnapshot>;
  readonly labelWrite: PlannerWrite | null;
  readonly labelsInUse: readonly string[];
}

export function createPlannerSyncService(deps: {
  readonly planner: TaskPlanner;
  readonly save: SaveSyncResult;
}) {
  const { planner, save } = deps;

  async function open(
    request: PlannerSyncRequest,
    milestones: readonly Milestone[],
  ): Promise<Opened> {
    const assignees = leadUpns(request.profile);
    if (request.link) {
      const link = withoutVersion(request.link);
      // Nothing is sent to Planner: without the task list every task would be created again.
      if (link.damage) throw new PlannerError('invalid', link.damage);
      const reading = await planner.readPlan({
        planId: link.planId,
        assignees,
        checklistsOf: checklistsToRead(milestones, link),
        planTitle: link.planTitle,
        ...(request.groupId ? { groupId: request.groupId } : {}),
      });
      return { link, ...reading, labelWrite: null, labelsInUse: [] };
    }
    const target = request.target;
    if (!target)
      throw new PlannerError('invalid', 'Choose a plan: a new one, or one of the team’s.');
    const setupRequest = {
      buckets: PHASES.map((phase) => ({ phase: phase.id, name: phase.name })),
      labels: CATEGORY_LABELS,
      assignees,
    };
    const setup =
      target.kind === 'new'
        ? await planner.createPlan({
            ...setupRequest,
            groupId: target.groupId,
            title: target.title,
          })
        : await planner.adoptPlan({
            ...setupRequest,
            planId: target.planId,
            ...(target.groupId ? { groupId: target.groupId } : {}),
          });
    return {
      link: {
        id: PLANNER_LINK_ID,
        planId: setup.planId,
        planTitle: setup.planTitle,
        bucketIds: setup.bucketIds,
        tasks: {},
      },
      tasks: setup.tasks,
      userIds: setup.userIds,
      checklists: {},
      labelWrite: setup.labelWrite,
      labelsInUse: setup.labelsInUse,
    };
  }

  return {
    /** Rejects with `PlannerError` (nothing saved) or `PlannerSyncNotSavedError`. */
    async sync(request: PlannerSyncRequest): Promise<PlannerSyncSummary> {
      const milestones = request.milestones.map((m) => withoutVersion(m));
      const opened = await open(request, milestones);
      const plan = planPlannerSync({
        milestones,
        startDate: request.profile.startDate,
        leads: request.profile,
        userIds: opened.userIds,
        link: opened.link,
        tasks: opened.tasks,
        checklists: opened.checklists,
        ...(request.choices ? { choices: request.choices } : {}),
      });
      const writes = plan.writes.map((planned) => planned.write);
      // The labels ride with the first tasks (see TaskPlanner.createPlan).
      const all = opened.labelWrite ? [...writes, opened.labelWrite] : writes;
      const outcomes = all.length > 0 ? await planner.applyWrites(opened.link.planId, all) : [];
      const result = settlePlannerSync(plan, milestones, outcomes.slice(0, writes.length));
      const labelOutcome = opened.labelWrite ? outcomes[writes.length] : undefined;
      const labelIssue =
        labelOutcome && labelOutcome.kind !== 'updated'
          ? [
              {
                milestoneId: null,
                taskId: null,
                title: 'Category labels',
                reason:
                  labelOutcome.kind === 'refused'
                    ? labelOutcome.reason
                    : 'The plan’s labels were changed in Planner meanwhile; they were left as they are.',
                limit: labelOutcome.kind === 'refused' ? labelOutcome.limit : null,
              },
            ]
          : [];
      const summary: PlannerSyncSummary = {
        ...result.report,
        refused: [...result.report.refused, ...labelIssue],
        writes: all.length,
        planId: result.link.planId,
        planTitle: result.link.planTitle,
        labelsInUse: opened.labelsInUse,
      };

      const versions = new Map(request.milestones.map((m) => [m.id, m.version]));
      const changes: PlannerSyncStoreChange[] = result.milestones.map((record) => ({
        kind: 'put',
        collection: 'milestones',
        record,
        baseVersion: versions.get(record.id) ?? null,
      }));
      if (!request.link || !samePlannerLink(withoutVersion(request.link), result.link)) {
        changes.push({
          kind: 'put',
          collection: 'plannerLinks',
          record: result.link,
          baseVersion: request.link?.version ?? null,
        });
      }
      if (changes.length > 0) {
        try {
          await save(request.engagementId, changes);
        } catch (error) {
          throw new PlannerSyncNotSavedError(summary, { cause: error });
        }
      }
      return summary;
    },
  };
}

export type PlannerSyncService = ReturnType<typeof createPlannerSyncService>;
