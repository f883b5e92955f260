import type { PhaseId } from '../domain/plan/plan';
import type {
  PlannerChecklistSnapshot,
  PlannerTaskSnapshot,
  PlannerWrite,
  PlannerWriteOutcome,
} from '../domain/plan/planner-task';

/**
 * Where the 90-day plan's tasks live outside Tandem: Microsoft Planner, in the team's group
 * (the Graph adapter, src/adapters/graph/planner-*.ts). The pure sync (domain/planner-sync.ts)
 * decides what to write; this port reads and writes, in as few round trips as Graph allows.
 *
 * Intent: each method is one step of a sync and sends its requests together (JSON `$batch`), so a
 * first publish costs three round trips (set up, then write) and a re-sync of an unchanged plan one
 * (read). Look-ups of the leads' Entra ids ride along with the reads, hence `assignees` below.
 *
 * Concurrency: every update names the eTag it is based on (`If-Match`); a task changed in Planner
 * meanwhile comes back as a `conflict` outcome (re-read, never overwritten), a task deleted in
 * Planner as `not-found`. Writes are applied one by one: some may succeed while others fail, and
 * each write's outcome says which.
 *
 * Errors: methods reject with `PlannerError` only, when a whole step fails (codes below). Per-task
 * refusals (a Planner limit reached on one task, say) are outcomes, not rejections.
 */
export interface TaskPlanner {
  /** The plans in a group, for "use an existing plan". Premium plans may be missing (not in Graph). */
  listGroupPlans(groupId: string): Promise<PlannerPlanSummary[]>;
  /** Entra user ids by UPN (as given); `null` for a UPN the directory does not know. */
  resolveUsers(upns: readonly string[]): Promise<Record<string, string | null>>;
  /**
   * A new plan in the group with one bucket per phase (in phase order) and Tandem's labels, plus
   * the assignees' ids. The labels are written with the first tasks (`labelWrite` for
   * `applyWrites`), since naming them needs the plan details' eTag. Rejects `limit`
   * (`MaximumPlannerPlans`…), `forbidden` (not a member of the group), `unavailable`, `signed-out`.
   */
  createPlan(
    request: PlanSetupRequest & { readonly groupId: string; readonly title: string },
  ): Promise<PlanSetup>;
  /**
   * An existing plan: reuses buckets named like the phases and makes the missing ones; reads the
   * plan's tasks (so tasks already there are linked, not duplicated). Labels Tandem would use that
   * the plan already names otherwise are left alone. Rejects `premium-plan`/`not-found` when the
   * plan cannot be reached, and as `createPlan`.
   */
  adoptPlan(
    request: PlanSetupRequest & { readonly planId: string; readonly groupId?: string },
  ): Promise<PlanSetup>;
  /**
   * Every task of the plan, the assignees' ids, and the checklists of `checklistsOf` (task ids), in
   * one round trip (plus one per further page of tasks). Rejects `premium-plan`/`not-found` when the
   * plan cannot be reached (`groupId` tells the two apart where Graph can).
   */
  readPlan(request: PlanReadRequest): Promise<PlanReading>;
  /** Sends the writes; one outcome per write, in order. Rejects only when no answer came back at all. */
  applyWrites(planId: string, writes: readonly PlannerWrite[]): Promise<PlannerWriteOutcome[]>;
}

export interface PlannerPlanSummary {
  readonly id: string;
  readonly title: string;
}

export interface PlanSetupRequest {
  /** In phase order; `name` is the bucket's name. */
  readonly buckets: readonly { readonly phase: PhaseId; readonly name: string }[];
  /** `category1` → `Internal` … */
  readonly labels: Readonly<Record<string, string>>;
  /** UPNs to look up in the same round trip. */
  readonly assignees: readonly string[];
}

export interface PlanSetup {
  readonly planId: string;
  readonly planTitle: string;
  readonly bucketIds: Readonly<Record<PhaseId, string>>;
  readonly userIds: Record<string, string | null>;
  /** The plan's tasks (an adopted plan's; empty for a new plan). */
  readonly tasks: readonly PlannerTaskSnapshot[];
  /** Labels still to name, to send with the first writes; `null` when nothing is left to name. */
  readonly labelWrite: Extract<PlannerWrite, { kind: 'label-categories' }> | null;
  /** Labels Tandem wanted that the plan already uses for something else (left as they are). */
  readonly labelsInUse: readonly string[];
}

export interface PlanReadRequest {
  readonly planId: string;
  readonly assignees: readonly string[];
  /** Task ids whose checklist (task details) to read too. */
  readonly checklistsOf: readonly string[];
  /** The plan's group, if known: tells a Premium plan from a deleted one. */
  readonly groupId?: string;
  /** The plan's title as last seen, for messages. */
  readonly planTitle?: string;
}

export interface PlanReading {
  readonly tasks: readonly PlannerTaskSnapshot[];
  readonly userIds: Record<string, string | null>;
  /** By task id; a task missing here was deleted meanwhile. */
  readonly checklists: Record<string, PlannerChecklistSnapshot>;
}

export type PlannerErrorCode =
  /** A Planner limit (`limit` names Planner's code, e.g. `MaximumPlannerPlans`). */
  | 'limit'
  /** The plan exists but is a Premium plan, which Graph cannot reach. */
  | 'premium-plan'
  /** The plan is gone (or, where Graph cannot tell, a Premium plan: the message says both). */
  | 'not-found'
  /** No permission: not a member of the team, or Tasks.ReadWrite / User.ReadBasic.All not granted. */
  | 'forbidden'
  | 'conflict'
  | 'invalid'
  | 'unavailable'
  /** The user must sign in again (or consent) before Tandem can reach Planner. */
  | 'signed-out';

export class PlannerError extends Error {
  override readonly name = 'PlannerError';
  constructor(
    readonly code: PlannerErrorCode,
    message: string,
    /** Planner's limit code for `limit`, else `null`. */
    readonly limit: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
