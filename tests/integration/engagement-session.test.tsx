import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { emptyProfile, newEngagement } from '../../src/domain/engagement';
import type { FunctionRow } from '../../src/domain/function-row';
import { PRIMARY, NONE } from '../../src/domain/roles';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/templates';
import {
  StoreError,
  type EngagementStore,
  type StoredEngagement,
} from '../../src/ports/engagement-store';
import { createSharePointStore } from '../../src/adapters/graph/sharepoint-store';
import { createGraphEmulator } from '../fakes/graph-emulator/index';
import { clientFor } from '../fakes/graph-emulator/test-harness';
import {
  useEngagementSession,
  type EngagementSession,
} from '../../src/features/engagement/use-engagement-session';
import { stripVersion } from '../../src/features/matrix/use-matrix-actions';
import { createMemoryStore, type MemoryStore } from '../fakes/memory-store';

const ID = 'eng-1';

/** Every store the app runs on: conflicts must behave the same on each. */
const STORES: [string, () => EngagementStore][] = [
  ['memory store', () => createMemoryStore()],
  [
    'SharePoint store on the Graph emulator',
    () => {
      const graph = createGraphEmulator({ seed: 11 });
      graph.addGroupSite('team');
      const client = clientFor(graph);
      return createSharePointStore({ client, site: { groupId: 'team' }, sleep: async () => {} });
    },
  ],
];

async function seed<S extends EngagementStore = MemoryStore>(
  make: () => EngagementStore = createMemoryStore,
): Promise<S> {
  const store = make() as S;
  let n = 0;
  const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++n}`);
  await store.createEngagement(
    newEngagement(ID, { ...emptyProfile('2026-06-20'), customer: 'Contoso' }, rows),
  );
  return store;
}

/** Two people (or two tabs) with the same engagement open. */
async function twoClients(store: EngagementStore) {
  const a = renderHook(() => useEngagementSession(store, ID));
  const b = renderHook(() => useEngagementSession(store, ID));
  await waitFor(() => expect(a.result.current.state.status).toBe('ready'));
  await waitFor(() => expect(b.result.current.state.status).toBe('ready'));
  return { a, b };
}

const ready = (session: EngagementSession) => {
  if (session.state.status !== 'ready') throw new Error('not ready');
  return session.state;
};
const rowIn = (engagement: StoredEngagement, id: string) => {
  const row = engagement.rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no ${id}`);
  return row;
};
const putRow = (
  session: EngagementSession,
  id: string,
  patch: Partial<FunctionRow>,
  label = 'edit',
) =>
  act(() =>
    session.save({
      label,
      intents: [
        {
          kind: 'put',
          collection: 'rows',
          record: stripVersion({ ...rowIn(ready(session).engagement, id), ...patch }),
        },
      ],
    }),
  );
const settled = (hook: { result: { current: EngagementSession } }, status: string) =>
  waitFor(() => expect(ready(hook.result.current).sync.status).toBe(status));
const stored = async (store: EngagementStore, id: string) =>
  rowIn(await store.loadEngagement(ID), id);

describe.each(STORES)('engagement session on the %s: concurrent edits', (_name, make) => {
  it('two clients edit different fields of one row: both edits are kept, nobody is asked', async () => {
    const store = await seed(make);
    const { a, b } = await twoClients(store);
    await putRow(b.result.current, 'row-10', { notes: 'Tested restores monthly' });
    await settled(b, 'saved');
    await putRow(a.result.current, 'row-10', { category: 'Security' });
    await settled(a, 'saved');
    expect(await stored(store, 'row-10')).toMatchObject({
      notes: 'Tested restores monthly',
      category: 'Security',
    });
    expect(rowIn(ready(a.result.current).engagement, 'row-10')).toMatchObject({
      notes: 'Tested restores monthly',
      category: 'Security',
    });
  });

  it('two clients edit the same field: the second is offered both values; "keep mine" saves it, merging the rest', async () => {
    const store = await seed(make);
    const { a, b } = await twoClients(store);
    await putRow(b.result.current, 'row-10', { notes: 'B’s note', category: 'Continuity' });
    await settled(b, 'saved');
    await putRow(a.result.current, 'row-10', { notes: 'A’s note' });
    await settled(a, 'conflict');
    const sync = ready(a.result.current).sync;
    if (sync.status !== 'conflict') throw new Error('expected a conflict');
    expect(sync.plan.merges.flatMap((m) => m.fields)).toEqual([
      { field: 'notes', mine: 'A’s note', theirs: 'B’s note' },
    ]);
    // Nothing was written while the user decides.
    expect((await stored(store, 'row-10')).notes).toBe('B’s note');

    act(() => a.result.current.resolveConflict('mine'));
    await settled(a, 'saved');
    expect(await stored(store, 'row-10')).toMatchObject({
      notes: 'A’s note',
      category: 'Continuity',
    });
  });

  it('"use stored values" keeps the other side’s value and drops the log entry of the abandoned role change', async () => {
    const store = await seed(make);
    const { a, b } = await twoClients(store);
    await putRow(b.result.current, 'row-3', { msp: PRIMARY, internal: NONE });
    await settled(b, 'saved');
    const row = rowIn(ready(a.result.current).engagement, 'row-3');
    await act(() =>
      a.result.current.save({
        label: 'Make onboarding joint',
        intents: [
          {
            kind: 'put',
            collection: 'rows',
            record: stripVersion({ ...row, msp: { kind: 'secondary', condition: 'Bulk hires' } }),
          },
          {
            kind: 'append-log',
            entry: {
              id: 'log-1',
              rowId: 'row-3',
              rowName: row.name,
              at: '2026-11-27T12:00:00.000Z',
              by: 'A',
              from: { owner: 'internal', internal: row.internal, msp: row.msp },
              to: {
                owner: 'internal',
                internal: row.internal,
                msp: { kind: 'secondary', condition: 'Bulk hires' },
              },
              renegotiated: false,
              reason: '',
            },
          },
        ],
      }),
    );
    await settled(a, 'conflict');
    act(() => a.result.current.resolveConflict('theirs'));
    await settled(a, 'saved');
    const engagement = await store.loadEngagement(ID);
    expect(rowIn(engagement, 'row-3')).toMatchObject({ msp: PRIMARY, internal: NONE });
    expect(engagement.changeLog.map((entry) => entry.id)).not.toContain('log-1');
  });
});

describe('engagement session: failed writes', () => {
  it('a failed write keeps the edit on screen, says why, and Retry saves it', async () => {
    const store = await seed();
    const { a } = await twoClients(store);
    store.failNextCommit(new StoreError('unavailable', 'The browser refused to write.'));
    await putRow(a.result.current, 'row-1', { notes: 'Keep me' });
    await settled(a, 'failed');
    expect(rowIn(ready(a.result.current).engagement, 'row-1').notes).toBe('Keep me');
    const sync = ready(a.result.current).sync;
    expect(sync.status === 'failed' && sync.message).toBe('The browser refused to write.');
    expect((await stored(store, 'row-1')).notes).toBe('');

    act(() => a.result.current.retry());
    await settled(a, 'saved');
    expect((await stored(store, 'row-1')).notes).toBe('Keep me');
  });
});
