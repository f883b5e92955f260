// idb checks values against the global IDB classes: the fake's classes must be the globals.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { ChangeEntry } from '../../../../src/domain/engagement/change-log';
import type { FunctionRow } from '../../../../src/domain/matrix/function-row';
import { NONE, PRIMARY } from '../../../../src/domain/matrix/roles';
import {
  StoreError,
  withoutVersion,
  type EngagementStore,
} from '../../../../src/ports/engagement-store';
import type { Outbox } from '../../../../src/ports/outbox';
import { createIdbOutbox } from '../../../../src/adapters/local/idb-outbox';
import {
  createEngagementSession,
  type EngagementSessionStore,
} from '../../../../src/application/session/engagement-session';
import { createMemoryStore } from '../../../fakes/memory-store';
import { createLockRegistry } from '../../../fakes/memory-locks';
import { ID, ready, storeGuideEngagement } from './session-fixtures';

/** One browser: its IndexedDB and its locks, with tabs opened and closed in it. */
function browser() {
  const indexedDB = new IDBFactory();
  const locks = createLockRegistry();
  return {
    /** A tab of the signed-in user: its own locks, closed like a tab (no goodbye). */
    tab(owner = 'tenant/user') {
      const tabLocks = locks.tab();
      const outbox: Outbox = createIdbOutbox({ owner, indexedDB, locks: tabLocks });
      return { outbox, close: () => tabLocks.close() };
    },
  };
}

async function open(store: EngagementStore, outbox: Outbox): Promise<EngagementSessionStore> {
  const session = createEngagementSession(store, ID, { outbox: outbox.open(ID) });
  session.start();
  await vi.waitFor(() => expect(session.getState().status).toBe('ready'));
  return session;
}

const row = (session: EngagementSessionStore, id: string): FunctionRow =>
  withoutVersion(ready(session).engagement.rows.find((candidate) => candidate.id === id)!);

const edit = (session: EngagementSessionStore, id: string, change: Partial<FunctionRow>) =>
  session.save({
    label: `Changed ${id}`,
    intents: [{ kind: 'put', collection: 'rows', record: { ...row(session, id), ...change } }],
  });

/** SharePoint unreachable until `up()`. */
function downUntilUp(store: EngagementStore) {
  let down = true;
  return {
    store: {
      ...store,
      commit: (engagementId, changes) =>
        down
          ? Promise.reject(new StoreError('unavailable', 'SharePoint could not be reached.'))
          : store.commit(engagementId, changes),
    } satisfies EngagementStore,
    up: () => (down = false),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * SharePoint down, one edit of row-1's category in a first tab, the tab closed before it could
 * be sent: what the next tab finds.
 */
async function leftOffline(category: string, owner?: string) {
  const memory = createMemoryStore();
  await storeGuideEngagement(memory);
  const sharepoint = downUntilUp(memory);
  const teams = browser();
  const first = teams.tab(owner);
  const before = await open(sharepoint.store, first.outbox);
  edit(before, 'row-1', { category });
  await vi.waitFor(() => expect(ready(before).sync.status).toBe('failed'));
  await settle(); // the outbox write lands
  first.close();
  return { memory, sharepoint, teams };
}

describe('issue 13 item 1: nothing typed is lost when the tab closes (outbox)', () => {
  it('sends the next time an edit that could not be saved before the tab closed', async () => {
    const { memory, sharepoint, teams } = await leftOffline('Typed offline');
    sharepoint.up();
    const commit = vi.spyOn(memory, 'commit');
    const after = await open(sharepoint.store, teams.tab().outbox);
    await vi.waitFor(() => expect(ready(after).sync.status).toBe('saved'));
    const stored = await memory.loadEngagement(ID);
    expect(stored.rows.find((r) => r.id === 'row-1')?.category).toBe('Typed offline');
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it('merges a change someone made meanwhile instead of overwriting it', async () => {
    const { memory, sharepoint, teams } = await leftOffline('Mine');
    // A colleague edits the same row's notes while this user's tab is closed.
    const stored = (await memory.loadEngagement(ID)).rows.find((r) => r.id === 'row-1')!;
    await memory.commit(ID, [
      {
        kind: 'put',
        collection: 'rows',
        record: { ...withoutVersion(stored), notes: 'Theirs' },
        baseVersion: stored.version,
      },
    ]);

    sharepoint.up();
    const after = await open(sharepoint.store, teams.tab().outbox);
    await vi.waitFor(() => expect(ready(after).sync.status).toBe('saved'));
    const merged = (await memory.loadEngagement(ID)).rows.find((r) => r.id === 'row-1')!;
    expect([merged.category, merged.notes]).toEqual(['Mine', 'Theirs']);
  });

  it('does not send twice what got through before the tab closed', async () => {
    const memory = createMemoryStore();
    await storeGuideEngagement(memory);
    const teams = browser();
    const first = teams.tab();
    // The save lands in SharePoint, but the tab closes before it hears back.
    let land: () => void = () => {};
    const slow: EngagementStore = {
      ...memory,
      commit: async (engagementId, changes) => {
        const result = await memory.commit(engagementId, changes);
        await new Promise<void>((resolve) => (land = resolve));
        return result;
      },
    };
    const before = await open(slow, first.outbox);
    const entry: ChangeEntry = {
      id: 'log-1',
      rowId: 'row-1',
      rowName: row(before, 'row-1').name,
      at: '2026-12-07T10:00:00Z',
      by: 'Ada',
      from: { owner: 'msp', internal: NONE, msp: PRIMARY },
      to: { owner: 'internal', internal: PRIMARY, msp: NONE },
      renegotiated: false,
      reason: '',
    };
    before.save({
      label: 'Moved row-1',
      intents: [
        {
          kind: 'put',
          collection: 'rows',
          record: { ...row(before, 'row-1'), internal: PRIMARY, msp: NONE },
        },
        { kind: 'append-log', entry },
      ],
    });
    await vi.waitFor(async () =>
      expect((await memory.loadEngagement(ID)).changeLog.map((e) => e.id)).toContain('log-1'),
    );
    await settle();
    first.close();
    land();

    const commit = vi.spyOn(memory, 'commit');
    const after = await open(memory, teams.tab().outbox);
    await settle();
    expect(ready(after).sync.status).toBe('saved');
    expect(commit).not.toHaveBeenCalled();
    const log = (await memory.loadEngagement(ID)).changeLog.filter((e) => e.id === 'log-1');
    expect(log).toHaveLength(1);
  });

  it('leaves a tab that is still open its own unsent work', async () => {
    const memory = createMemoryStore();
    await storeGuideEngagement(memory);
    const sharepoint = downUntilUp(memory);
    const teams = browser();
    const first = await open(sharepoint.store, teams.tab().outbox);
    edit(first, 'row-1', { category: 'Still open' });
    await vi.waitFor(() => expect(ready(first).sync.status).toBe('failed'));
    await settle();

    const second = await open(sharepoint.store, teams.tab().outbox);
    await settle();
    expect(ready(second).sync).toEqual({ status: 'saved' });
    expect(row(second, 'row-1').category).not.toBe('Still open');
  });

  it("never hands one person's unsent work to another person's session", async () => {
    const { sharepoint, teams } = await leftOffline("Ada's", 'tenant/ada');
    sharepoint.up();
    const bob = await open(sharepoint.store, teams.tab('tenant/bob').outbox);
    await settle();
    expect(row(bob, 'row-1').category).not.toBe("Ada's");
    const adaAgain = await open(sharepoint.store, teams.tab('tenant/ada').outbox);
    await vi.waitFor(() => expect(row(adaAgain, 'row-1').category).toBe("Ada's"));
  });

  it('keeps a refused change, with its reason, for the next visit', async () => {
    const memory = createMemoryStore();
    await storeGuideEngagement(memory);
    const teams = browser();
    const first = teams.tab();
    const before = await open(memory, first.outbox);
    edit(before, 'row-1', { category: 'x'.repeat(300) });
    expect(ready(before).notSaved).toHaveLength(1);
    await settle();
    first.close();

    const after = await open(memory, teams.tab().outbox);
    expect(ready(after).notSaved).toEqual([
      expect.objectContaining({
        message: 'The category is 300 characters long; at most 255 fit.',
      }),
    ]);
  });
});

describe('issue 13 item 1: a session started, stopped and started again (a view shown again)', () => {
  it('takes over the left-behind work once, and loses none of it', async () => {
    const { memory, sharepoint, teams } = await leftOffline('Kept across a restart');
    sharepoint.up();
    const commit = vi.spyOn(memory, 'commit');
    const { outbox } = teams.tab();
    const session = createEngagementSession(sharepoint.store, ID, { outbox: outbox.open(ID) });
    const stop = session.start();
    stop(); // before its first load lands, as React does when it runs the effect again
    session.start();
    await vi.waitFor(() => expect(session.getState().status).toBe('ready'));
    await vi.waitFor(() => expect(ready(session).sync.status).toBe('saved'));
    await settle();
    const stored = await memory.loadEngagement(ID);
    expect(stored.rows.find((r) => r.id === 'row-1')?.category).toBe('Kept across a restart');
    expect(commit).toHaveBeenCalledTimes(1);

    // Nothing is left for a later tab to send again.
    const later = await open(memory, teams.tab().outbox);
    await settle();
    expect(ready(later).sync).toEqual({ status: 'saved' });
    expect(commit).toHaveBeenCalledTimes(1);
  });
});
