import { describe, expect, it, vi } from 'vitest';
import { newEngagement } from '../../../../src/domain/engagement/engagement';
import { emptyProfile } from '../../../../src/domain/engagement/profile';
import type { FunctionRow } from '../../../../src/domain/matrix/function-row';
import { PRIMARY, NONE } from '../../../../src/domain/matrix/roles';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../../../src/domain/matrix/templates';
import {
  StoreError,
  type EngagementStore,
  type StoredEngagement,
} from '../../../../src/ports/engagement-store';
import { createSharePointStore } from '../../../../src/adapters/graph/sharepoint/store';
import { createGraphEmulator } from '../../../fakes/graph-emulator/index';
import { clientFor } from '../../../fakes/graph-emulator/test-harness';
import {
  createEngagementSession,
  type EngagementSessionStore,
} from '../../../../src/application/session/engagement-session';
import { withoutVersion } from '../../../../src/ports/engagement-store';
import { createMemoryStore, type MemoryStore } from '../../../fakes/memory-store';

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

/** Two people (or two tabs) with the same engagement open: two sessions, no React. */
async function twoClients(store: EngagementStore) {
  const a = createEngagementSession(store, ID);
  const b = createEngagementSession(store, ID);
  a.start();
  b.start();
  await vi.waitFor(() => expect(a.getState().status).toBe('ready'));
  await vi.waitFor(() => expect(b.getState().status).toBe('ready'));
  return { a, b };
}

type EngagementSession = EngagementSessionStore;

const ready = (session: EngagementSession) => {
  const state = session.getState();
  if (state.status !== 'ready') throw new Error('not ready');
  return state;
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
  session.save({
    label,
    intents: [
      {
        kind: 'put',
        collection: 'rows',
        record: withoutVersion({ ...rowIn(ready(session).engagement, id), ...patch }),
      },
    ],
  });
const settled = (session: EngagementSession, status: string) =>
  vi.waitFor(() => expect(ready(session).sync.status).toBe(status));
const stored = async (store: EngagementStore, id: string) =>
  rowIn(await store.loadEngagement(ID), id);

describe.each(STORES)('engagement session on the %s: concurrent edits', (_name, make) => {
  it('two clients edit different fields of one row: both edits are kept, nobody is asked', async () => {
    const store = await seed(make);
    const { a, b } = await twoClients(store);
    putRow(b, 'row-10', { notes: 'Tested restores monthly' });
    await settled(b, 'saved');
    putRow(a, 'row-10', { category: 'Security' });
    await settled(a, 'saved');
    expect(await stored(store, 'row-10')).toMatchObject({
      notes: 'Tested restores monthly',
      category: 'Security',
    });
    expect(rowIn(ready(a).engagement, 'row-10')).toMatchObject({
      notes: 'Tested restores monthly',
      category: 'Security',
    });
  });

  it('two clients edit the same field: the second is offered both values; "keep mine" saves it, merging the rest', async () => {
    const store = await seed(make);
    const { a, b } = await twoClients(store);
    putRow(b, 'row-10', { notes: 'B’s note', category: 'Continuity' });
    await settled(b, 'saved');
    putRow(a, 'row-10', { notes: 'A’s note' });
    await settled(a, 'conflict');
    const sync = ready(a).sync;
    if (sync.status !== 'conflict') throw new Error('expected a conflict');
    expect(sync.plan.merges.flatMap((m) => m.fields)).toEqual([
      { field: 'notes', mine: 'A’s note', theirs: 'B’s note' },
    ]);
    // Nothing was written while the user decides.
    expect((await stored(store, 'row-10')).notes).toBe('B’s note');

    a.resolveConflict('mine');
    await settled(a, 'saved');
    expect(await stored(store, 'row-10')).toMatchObject({
      notes: 'A’s note',
      category: 'Continuity',
    });
  });

  it('"use stored values" keeps the other side’s value and drops the log entry of the abandoned role change', async () => {
    const store = await seed(make);
    const { a, b } = await twoClients(store);
    putRow(b, 'row-3', { msp: PRIMARY, internal: NONE });
    await settled(b, 'saved');
    const row = rowIn(ready(a).engagement, 'row-3');
    a.save({
      label: 'Make onboarding joint',
      intents: [
        {
          kind: 'put',
          collection: 'rows',
          record: withoutVersion({ ...row, msp: { kind: 'secondary', condition: 'Bulk hires' } }),
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
    });
    await settled(a, 'conflict');
    a.resolveConflict('theirs');
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
    putRow(a, 'row-1', { notes: 'Keep me' });
    await settled(a, 'failed');
    expect(rowIn(ready(a).engagement, 'row-1').notes).toBe('Keep me');
    const sync = ready(a).sync;
    expect(sync.status === 'failed' && sync.message).toBe('The browser refused to write.');
    expect((await stored(store, 'row-1')).notes).toBe('');

    a.retry();
    await settled(a, 'saved');
    expect((await stored(store, 'row-1')).notes).toBe('Keep me');
  });
});

describe('engagement session: workflow commits', () => {
  it('commit resolves once the store has the action, and the screen shows it', async () => {
    const store = await seed();
    const { a } = await twoClients(store);
    const row = rowIn(ready(a).engagement, 'row-2');
    await a.commit({
      label: 'sync',
      intents: [
        { kind: 'put', collection: 'rows', record: withoutVersion({ ...row, notes: 'x' }) },
      ],
    });
    expect(ready(a).sync.status).toBe('saved');
    expect(rowIn(ready(a).engagement, 'row-2').notes).toBe('x');
    expect((await stored(store, 'row-2')).notes).toBe('x');
  });

  it('a refused commit rejects with the store error and leaves the queue running for later edits', async () => {
    const store = await seed();
    const { a } = await twoClients(store);
    const row = rowIn(ready(a).engagement, 'row-2');
    store.failNextCommit(new StoreError('unavailable', 'Down.'));
    await expect(
      a.commit({
        label: 'sync',
        intents: [
          { kind: 'put', collection: 'rows', record: withoutVersion({ ...row, notes: 'x' }) },
        ],
      }),
    ).rejects.toMatchObject({ code: 'unavailable' });
    expect(ready(a).sync.status).toBe('saved');
    expect(rowIn(ready(a).engagement, 'row-2').notes).toBe('');
    putRow(a, 'row-2', { notes: 'typed' });
    await settled(a, 'saved');
    expect((await stored(store, 'row-2')).notes).toBe('typed');
  });

  it('a session stopped before its load finishes never shows it', async () => {
    const store = await seed();
    const session = createEngagementSession(store, ID);
    const stop = session.start();
    stop();
    await store.loadEngagement(ID);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(session.getState().status).toBe('loading');
  });
});
