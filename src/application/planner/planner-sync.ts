import { PlannerError, type PlannerPlanSummary, type TaskPlanner } from '../../ports/task-planner';
import type { SaveAction } from '../session/edit-intent';
import type { PlannerSyncChoices } from './planner-sync-plan';
import {
  createPlannerSyncService,
  PlannerSyncNotSavedError,
  type PlannerSyncRequest,
  type PlannerSyncSummary,
} from './planner-sync-run';

/** What the Planner panel shows. */
export type PlannerSyncStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'syncing' }
  | { readonly kind: 'done'; readonly summary: PlannerSyncSummary }
  | { readonly kind: 'failed'; readonly message: string; readonly needsConsent: boolean };

export interface PlannerSyncState {
  readonly status: PlannerSyncStatus;
  /** The team's plans, once the user asked to link an existing one; null before. */
  readonly plans: readonly PlannerPlanSummary[] | null;
}

export interface PlannerSyncDeps {
  readonly planner: TaskPlanner;
  /** The team's group, where plans are listed and made. */
  readonly groupId: string;
  /**
   * Saves the sync's results through the engagement session (`session.commit`), so the screen
   * shows them at once and no write goes around the session.
   */
  readonly commit: (action: SaveAction) => Promise<void>;
  /** Reads the stored engagement again, after Planner was written but the store refused. */
  readonly refresh: () => void;
  /** Asks for Planner's permissions interactively (straight from a click). */
  readonly allow: () => Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * "Sync with Planner" as the panel drives it: one sync at a time, the team's plans for a first
 * sync that links an existing plan, consent when Planner's permissions are missing. The sync
 * itself (read, decide, write, record) is planner-sync-run.ts.
 */
export function createPlannerSync(deps: PlannerSyncDeps) {
  let state: PlannerSyncState = { status: { kind: 'idle' }, plans: null };
  const listeners = new Set<() => void>();
  const set = (next: Partial<PlannerSyncState>) => {
    state = { ...state, ...next };
    for (const listener of [...listeners]) listener();
  };
  const failed = (error: unknown, needsConsent?: boolean) =>
    set({
      status: {
        kind: 'failed',
        message: messageOf(error),
        needsConsent:
          needsConsent ?? (error instanceof PlannerError && error.code === 'signed-out'),
      },
    });
  const service = createPlannerSyncService({
    planner: deps.planner,
    save: (_engagementId, changes) =>
      deps.commit({
        label: 'Sync with Planner',
        // The session knows the versions these were read at (the sync waits for pending edits).
        intents: changes.map(({ kind, collection, record }) => ({
          kind,
          collection,
          record,
        })) as SaveAction['intents'],
      }),
  });

  async function sync(request: Omit<PlannerSyncRequest, 'groupId'>, choices?: PlannerSyncChoices) {
    if (state.status.kind === 'syncing') return;
    set({ status: { kind: 'syncing' } });
    try {
      const summary = await service.sync({
        ...request,
        groupId: deps.groupId,
        ...(choices ? { choices } : {}),
      });
      set({ status: { kind: 'done', summary } });
    } catch (error) {
      if (error instanceof PlannerSyncNotSavedError) deps.refresh();
      failed(error);
    }
  }

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sync,
    async loadPlans() {
      set({ status: { kind: 'syncing' } });
      try {
        set({ plans: await deps.planner.listGroupPlans(deps.groupId), status: { kind: 'idle' } });
      } catch (error) {
        failed(error);
      }
    },
    /** After `signed-out`: ask for the permissions (straight from the click), then sync. */
    async allowAndSync(request: Omit<PlannerSyncRequest, 'groupId'>) {
      try {
        await deps.allow();
      } catch (error) {
        failed(error, true);
        return;
      }
      await sync(request);
    },
  };
}
