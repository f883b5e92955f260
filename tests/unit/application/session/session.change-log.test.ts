import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { NONE, PRIMARY, type SideRole } from '../../../../src/domain/matrix/roles';
import { setRowRoles } from '../../../../src/domain/matrix/matrix-edits';
import { withoutVersion, type EngagementStore } from '../../../../src/ports/engagement-store';
import { createSharePointStore } from '../../../../src/adapters/graph/sharepoint/store';
import { createIndexedDbStore } from '../../../../src/adapters/local/indexeddb-store';
import type { EngagementSessionStore } from '../../../../src/application/session/engagement-session';
import { ID, openSession, ready, storeGuideEngagement } from './session-fixtures';
import { createGraphEmulator } from '../../../fakes/graph-emulator/index';
import { clientFor } from '../../../fakes/graph-emulator/test-harness';
import { createMemoryStore } from '../../../fakes/memory-store';

/** Two writers on one backend: two pages on one IndexedDB, two people on one SharePoint site. */
const BACKENDS: [string, () => [EngagementStore, EngagementStore]][] = [
  [
    'memory store',
    () => {
      const store = createMemoryStore();
      return [store, store];
    },
  ],
  [
    'two pages on IndexedDB',
    () => {
      const factory = new IDBFactory();
      const open = () => createIndexedDbStore({ indexedDB: factory, dbName: 'tandem-log-test' });
      return [open(), open()];
    },
  ],
  [
    'two sessions on the Graph emulator',
    () => {
      const graph = createGraphEmulator({ seed: 5 });
      graph.addGroupSite('team');
      const open = () =>
        createSharePointStore({
          client: clientFor(graph),
          site: { groupId: 'team' },
          sleep: async () => {},
        });
      return [open(), open()];
    },
  ],
];

function changeRole(
  session: EngagementSessionStore,
  side: 'internal' | 'msp',
  role: SideRole,
  entryId: string,
  by: string,
) {
  const row = withoutVersion(ready(session).engagement.rows.find((r) => r.id === 'row-1')!);
  const edit = setRowRoles(
    row,
    { internal: side === 'internal' ? role : row.internal, msp: side === 'msp' ? role : row.msp },
    {
      entryId,
      at: `2026-12-04T10:00:0${entryId.length % 10}.000Z`,
      by,
      renegotiated: true,
      reason: '',
    },
  );
  session.save({
    label: `Changed the ${side} role`,
    intents: [
      { kind: 'put', collection: 'rows', record: edit.row },
      { kind: 'append-log', entry: edit.entry! },
    ],
  });
}

describe.each(BACKENDS)(
  'issue 13 item 3: both sides of a concurrent edit are logged (%s)',
  (_, open) => {
    it('logs the internal-role change and the MSP-role change made at the same time, each with its author', async () => {
      const [storeA, storeB] = open();
      await storeGuideEngagement(storeA);
      const a = await openSession(storeA);
      const b = await openSession(storeB);
      const before = withoutVersion(ready(a).engagement.rows.find((r) => r.id === 'row-1')!);
      const internal: SideRole = before.internal.kind === 'primary' ? NONE : PRIMARY;
      const msp: SideRole =
        before.msp.kind === 'primary' ? { kind: 'secondary', condition: 'Overflow only' } : PRIMARY;

      changeRole(a, 'internal', internal, 'entry-a', 'Megan (internal)');
      changeRole(b, 'msp', msp, 'entry-b', 'Alex (MSP)');
      await vi.waitFor(() => expect(ready(a).sync.status).toBe('saved'));
      await vi.waitFor(() => expect(ready(b).sync.status).toBe('saved'));

      const stored = await storeA.loadEngagement(ID);
      const row = stored.rows.find((r) => r.id === 'row-1')!;
      expect([row.internal, row.msp]).toEqual([internal, msp]);
      const entries = stored.changeLog.filter((entry) => entry.rowId === 'row-1');
      expect(entries.map((entry) => entry.by).sort()).toEqual(['Alex (MSP)', 'Megan (internal)']);
      // Chained, whichever landed first: one entry starts from the row before either change,
      // the other ends at what is stored.
      const roles = (moment: { internal: SideRole; msp: SideRole }) =>
        JSON.stringify([moment.internal, moment.msp]);
      expect(entries.some((entry) => roles(entry.from) === roles(before))).toBe(true);
      expect(entries.some((entry) => roles(entry.to) === roles({ internal, msp }))).toBe(true);
    });
  },
);
