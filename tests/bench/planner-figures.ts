/**
 * Graph round trips for the Planner sync on the Graph emulator (real service, Graph adapter and
 * graph-client): publish the default 90-day plan, re-sync it unchanged, re-sync after one edit on
 * each side, and publish a plan big enough to need several `$batch`es of tasks (sent at once, each
 * counted as a round trip). Counts, not times: the emulator's request log is exact.
 * Targets (issue #5): publish ≤ 3 round trips; unchanged re-sync 1 round trip and 0 writes.
 */
import type { Milestone } from '../../src/domain/plan/plan';
import { DEFAULT_MILESTONES } from '../../src/domain/plan/plan-template';
import { plannerSyncFixture } from '../fakes/planner-sync-fixture';

export interface PlannerFigure {
  readonly milestones: number;
  readonly step: string;
  readonly roundTrips: number;
  /** Planner writes (POST/PATCH, inside batches or not). */
  readonly writes: number;
  /** Every request, batch items included. */
  readonly requests: number;
}

function manyMilestones(count: number): Milestone[] {
  return Array.from({ length: count }, (_, index) => {
    const base = DEFAULT_MILESTONES[index % DEFAULT_MILESTONES.length]!;
    return {
      ...base,
      id: `${base.id}-${index}`,
      name: `${base.name} #${index + 1}`,
      checklist: base.checklist.map((item) => ({ ...item, id: `${item.id}-${index}` })),
    };
  });
}

export async function measurePlanner(): Promise<PlannerFigure[]> {
  const figures: PlannerFigure[] = [];
  const f = plannerSyncFixture();
  const record = (milestones: number, step: string, fixture = f) => {
    const { roundTrips, writes, entries } = fixture.traffic();
    figures.push({ milestones, step, roundTrips, writes, requests: entries.length });
    fixture.resetLog();
  };

  await f.sync();
  record(DEFAULT_MILESTONES.length, 'publish the default plan');
  await f.sync();
  record(DEFAULT_MILESTONES.length, 're-sync, nothing changed');

  const taskId = f.held.link?.tasks['discovery-catalog']?.taskId;
  if (taskId) f.graph.planner.ui.setPercentComplete(taskId, 50);
  f.editMilestone('tools-overlap', (m) => ({ ...m, dueDay: m.dueDay + 2 }));
  await f.sync();
  record(DEFAULT_MILESTONES.length, 're-sync, progress in Planner + a date moved in Tandem');

  const big = plannerSyncFixture({ milestones: manyMilestones(45) });
  await big.sync();
  record(45, 'publish 45 milestones (3 task batches at once)', big);
  return figures;
}
