/**
 * The Planner sync end to end without a tenant: the real Graph adapter (createGraphTaskPlanner)
 * over graph-client whose terminal middleware is the Graph emulator, driven by the real sync
 * service, with a tiny versioned record keeper standing in for the store's `milestones` and
 * `plannerLinks` collections (the store port gains them in another branch). Used by the contract
 * tests and by the bench (tests/bench/planner-figures.ts).
 */
import { createGraphTaskPlanner } from '../../src/adapters/graph/planner/task-planner';
import { emptyProfile, type EngagementProfile } from '../../src/domain/engagement/profile';
import type { Milestone } from '../../src/domain/plan/plan';
import { DEFAULT_MILESTONES } from '../../src/domain/plan/plan-template';
import type { PlannerLink } from '../../src/domain/plan/planner-link';
import type { Versioned } from '../../src/ports/engagement-store';
import {
  createPlannerSyncService,
  type PlannerSyncRequest,
  type PlannerSyncStoreChange,
} from '../../src/application/planner/planner-sync-run';
import { createGraphEmulator, type GraphEmulatorOptions } from './graph-emulator/index';
import { clientFor } from './graph-emulator/test-harness';

export const GROUP_ID = '0f5e3a4b-1111-4c2d-9e8f-123456789abc';
export const INTERNAL_LEAD = {
  id: '11111111-2222-4333-8444-555555555555',
  upn: 'ines.internal@contoso.com',
};
export const MSP_LEAD = {
  id: '99999999-8888-4777-8666-555555555555',
  upn: 'max_msp.example#EXT#@contoso.onmicrosoft.com',
};

export const PROFILE: EngagementProfile = {
  ...emptyProfile('2026-09-01'),
  customer: 'Contoso',
  internalLead: { name: 'Ines', upn: INTERNAL_LEAD.upn },
  mspLead: { name: 'Max', upn: MSP_LEAD.upn },
};

export interface PlannerSyncFixtureOptions extends GraphEmulatorOptions {
  readonly milestones?: readonly Milestone[];
  /** Leave a lead out of the directory. */
  readonly withoutMspLead?: boolean;
}

export function plannerSyncFixture(options: PlannerSyncFixtureOptions = {}) {
  const { milestones = DEFAULT_MILESTONES, withoutMspLead = false, ...emulatorOptions } = options;
  const graph = createGraphEmulator({ seed: 5, ...emulatorOptions });
  graph.addGroupSite(GROUP_ID);
  graph.addUser({ id: INTERNAL_LEAD.id, userPrincipalName: INTERNAL_LEAD.upn });
  if (!withoutMspLead) {
    graph.addUser({ id: MSP_LEAD.id, userPrincipalName: MSP_LEAD.upn, userType: 'Guest' });
  }
  const client = clientFor(graph);
  const sleeps: number[] = [];
  const planner = createGraphTaskPlanner({
    client,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });

  let version = 0;
  const held = {
    milestones: new Map<string, Versioned<Milestone>>(
      milestones.map((m) => [m.id, { ...m, version: `v${++version}` }]),
    ),
    link: null as Versioned<PlannerLink> | null,
  };
  const commits: (readonly PlannerSyncStoreChange[])[] = [];
  let failNextSave: Error | null = null;
  const save = async (_engagementId: string, changes: readonly PlannerSyncStoreChange[]) => {
    if (failNextSave) {
      const error = failNextSave;
      failNextSave = null;
      throw error;
    }
    commits.push(changes);
    for (const change of changes) {
      const stored = { ...structuredClone(change.record), version: `v${++version}` };
      if (change.collection === 'milestones') {
        held.milestones.set(change.record.id, stored as Versioned<Milestone>);
      } else {
        held.link = stored as Versioned<PlannerLink>;
      }
    }
  };
  const service = createPlannerSyncService({ planner, save });

  return {
    graph,
    client,
    planner,
    service,
    held,
    commits,
    sleeps,
    failNextSave(error: Error) {
      failNextSave = error;
    },
    /** Edit a milestone "in Tandem" (a new version, as a store commit would give it). */
    editMilestone(id: string, edit: (m: Milestone) => Milestone) {
      const current = held.milestones.get(id);
      if (!current) throw new Error(`No milestone ${id}.`);
      held.milestones.set(id, { ...edit(current), version: `v${++version}` });
    },
    sync(extra: Partial<PlannerSyncRequest> = {}) {
      return service.sync({
        engagementId: 'engagement-1',
        profile: PROFILE,
        milestones: [...held.milestones.values()],
        link: held.link,
        target: { kind: 'new', groupId: GROUP_ID, title: 'Contoso: first 90 days (Tandem)' },
        groupId: GROUP_ID,
        ...extra,
      });
    },
    /** Round trips and Planner writes since the last `resetLog`. */
    traffic() {
      const entries = graph.log.entries();
      const writes = entries.filter((e) => e.method !== 'GET' && !/\/\$batch$/.test(e.url));
      return { roundTrips: graph.log.roundTrips(), writes: writes.length, entries };
    },
    resetLog() {
      graph.log.reset();
    },
    /** The one plan's state in the emulator. */
    plan() {
      const plan = graph.planner.plans()[0];
      if (!plan) throw new Error('No plan yet.');
      return plan;
    },
  };
}

export type PlannerSyncFixture = ReturnType<typeof plannerSyncFixture>;
