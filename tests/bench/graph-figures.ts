/**
 * Graph round trips and SharePoint resource units (docs/platform.md#throttling) for the SharePoint
 * store on the Graph emulator: open an engagement cold (a new store: site and lists unknown) and
 * warm (same store again), and save one edited row — for 14, 500 and 5,000 rows. Counts, not times:
 * the emulator's request log is exact.
 */
import { createSharePointStore } from '../../src/adapters/graph/sharepoint/store';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import type { FunctionRow } from '../../src/domain/matrix/function-row';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { createGraphEmulator } from '../fakes/graph-emulator/index';
import { clientFor } from '../fakes/graph-emulator/test-harness';

export interface GraphFigure {
  readonly rows: number;
  readonly step: string;
  readonly roundTrips: number;
  readonly resourceUnits: number;
}

function engagementOf(rowCount: number) {
  let n = 0;
  const template = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `t-${++n}`);
  const rows: FunctionRow[] = Array.from({ length: rowCount }, (_, index) => {
    const base = template[index % template.length] as FunctionRow;
    return {
      ...base,
      id: `row-${index + 1}`,
      name: `${base.name} #${index + 1}`,
      order: index + 1,
    };
  });
  return newEngagement(
    `bench-${rowCount}`,
    { ...emptyProfile('2026-09-01'), customer: 'Bench' },
    rows,
  );
}

export async function measureGraph(rowCounts = [14, 500, 5000]): Promise<GraphFigure[]> {
  const figures: GraphFigure[] = [];
  for (const rowCount of rowCounts) {
    const graph = createGraphEmulator({ seed: 1 });
    graph.addGroupSite('bench-group');
    const client = clientFor(graph);
    const open = () =>
      createSharePointStore({ client, site: { groupId: 'bench-group' }, sleep: async () => {} });
    const engagement = engagementOf(rowCount);

    const setup = open();
    graph.log.reset();
    await setup.createEngagement(engagement);
    const record = (step: string) => {
      figures.push({
        rows: rowCount,
        step,
        roundTrips: graph.log.roundTrips(),
        resourceUnits: graph.log.resourceUnits(),
      });
      graph.log.reset();
    };
    record('create (incl. one-time provisioning)');

    const store = open();
    await store.loadEngagement(engagement.id);
    record('open cold (site and lists unknown)');
    const loaded = await store.loadEngagement(engagement.id);
    record('open warm');

    const row = loaded.rows[0] as (typeof loaded.rows)[number];
    const { version, ...plain } = row;
    await store.commit(engagement.id, [
      {
        kind: 'put',
        collection: 'rows',
        record: { ...plain, notes: 'edited' },
        baseVersion: version,
      },
    ]);
    record('save one edited row');
  }
  return figures;
}
