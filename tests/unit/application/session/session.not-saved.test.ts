import { describe, expect, it, vi } from 'vitest';
import type { FunctionRow } from '../../../../src/domain/matrix/function-row';
import {
  StoreError,
  withoutVersion,
  type EngagementStore,
} from '../../../../src/ports/engagement-store';
import { createSharePointStore } from '../../../../src/adapters/graph/sharepoint/store';
import type { EngagementSessionStore } from '../../../../src/application/session/engagement-session';
import { ID, openSession, ready, storeGuideEngagement } from './session-fixtures';
import { createGraphEmulator } from '../../../fakes/graph-emulator/index';
import { clientFor } from '../../../fakes/graph-emulator/test-harness';
import { createMemoryStore } from '../../../fakes/memory-store';

async function seeded(store: EngagementStore) {
  await storeGuideEngagement(store);
  return openSession(store);
}

const row = (session: EngagementSessionStore, id: string): FunctionRow => {
  const found = ready(session).engagement.rows.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${id}`);
  return withoutVersion(found);
};

const edit = (session: EngagementSessionStore, id: string, change: Partial<FunctionRow>) =>
  session.save({
    label: `Changed ${id}`,
    intents: [{ kind: 'put', collection: 'rows', record: { ...row(session, id), ...change } }],
  });

/** A store that refuses (as SharePoint answers 403) every commit touching `rowId`. */
function refusing(store: EngagementStore, rowId: string): EngagementStore {
  return {
    ...store,
    commit: (engagementId, changes) =>
      changes.some((change) => change.kind === 'put' && change.record.id === rowId)
        ? Promise.reject(new StoreError('forbidden', "You don't have permission for that list."))
        : store.commit(engagementId, changes),
  };
}

describe('issue 13 item 1: a refused save never takes later edits with it', () => {
  it('sets the refused change aside with its reason; the edits after it are stored', async () => {
    const memory = createMemoryStore();
    const session = await seeded(refusing(memory, 'row-1'));
    edit(session, 'row-1', { category: 'Refused' });
    edit(session, 'row-2', { category: 'After the refusal' });
    await vi.waitFor(() => expect(ready(session).sync.status).toBe('saved'));

    const stored = await memory.loadEngagement(ID);
    expect(stored.rows.find((r) => r.id === 'row-2')?.category).toBe('After the refusal');
    expect(stored.rows.find((r) => r.id === 'row-1')?.category).not.toBe('Refused');
    expect(ready(session).notSaved).toEqual([
      expect.objectContaining({
        message: "You don't have permission for that list.",
        action: expect.objectContaining({ label: 'Changed row-1' }),
      }),
    ]);
  });

  it('keeps a set-aside change until Discard, and Try again sends it again', async () => {
    const memory = createMemoryStore();
    let refuse = true;
    const store: EngagementStore = {
      ...memory,
      commit: (engagementId, changes) =>
        refuse
          ? Promise.reject(new StoreError('invalid', 'SharePoint refused the data.'))
          : memory.commit(engagementId, changes),
    };
    const session = await seeded(store);
    edit(session, 'row-1', { category: 'First' });
    edit(session, 'row-3', { category: 'Second' });
    await vi.waitFor(() => expect(ready(session).notSaved).toHaveLength(2));
    refuse = false;
    const [first, second] = ready(session).notSaved;
    session.retryNotSaved(first!.id);
    await vi.waitFor(async () =>
      expect((await memory.loadEngagement(ID)).rows.find((r) => r.id === 'row-1')?.category).toBe(
        'First',
      ),
    );
    session.discardNotSaved(second!.id);
    expect(ready(session).notSaved).toEqual([]);
    expect((await memory.loadEngagement(ID)).rows.find((r) => r.id === 'row-3')?.category).not.toBe(
      'Second',
    );
  });

  it('checks the limits before sending: a 300-character category never reaches Graph, the next edit is stored', async () => {
    const graph = createGraphEmulator({ seed: 3 });
    graph.addGroupSite('team');
    const store = createSharePointStore({
      client: clientFor(graph),
      site: { groupId: 'team' },
      sleep: async () => {},
    });
    const session = await seeded(store);
    graph.log.reset();
    edit(session, 'row-1', { category: 'x'.repeat(300) });
    expect(graph.log.entries()).toHaveLength(0);
    expect(ready(session).notSaved[0]?.message).toBe(
      'The category is 300 characters long; at most 255 fit.',
    );
    edit(session, 'row-2', { category: 'Valid' });
    await vi.waitFor(() => expect(ready(session).sync.status).toBe('saved'));
    const stored = await store.loadEngagement(ID);
    expect(stored.rows.find((r) => r.id === 'row-2')?.category).toBe('Valid');
    expect(graph.log.entries().filter((e) => e.method !== 'GET' && e.status >= 400)).toEqual([]);
  });

  it('keeps local mode to the same limits, so what it stores can be published', async () => {
    const memory = createMemoryStore();
    const session = await seeded(memory);
    const commit = vi.spyOn(memory, 'commit');
    edit(session, 'row-1', { category: 'x'.repeat(10_000) });
    expect(commit).not.toHaveBeenCalled();
    expect(ready(session).notSaved).toHaveLength(1);
  });
});

describe('issue 13 item 8: a failure followed by a successful Retry says what happened', () => {
  it('reports the recovered changes once, until the next save', async () => {
    const memory = createMemoryStore();
    let down = true;
    const store: EngagementStore = {
      ...memory,
      commit: (engagementId, changes) =>
        down
          ? Promise.reject(new StoreError('unavailable', 'SharePoint had a problem.'))
          : memory.commit(engagementId, changes),
    };
    const session = await seeded(store);
    edit(session, 'row-1', { category: 'One' });
    edit(session, 'row-2', { category: 'Two' });
    await vi.waitFor(() => expect(ready(session).sync.status).toBe('failed'));
    down = false;
    session.retry();
    await vi.waitFor(() => expect(ready(session).sync).toEqual({ status: 'saved', recovered: 2 }));
    edit(session, 'row-3', { category: 'Three' });
    await vi.waitFor(() => expect(ready(session).sync).toEqual({ status: 'saved' }));
  });
});
