// idb checks values against the global IDB classes: the fake's classes must be the globals.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { setRowRoles } from '../../../../src/domain/matrix/matrix-edits';
import { NONE, PRIMARY, secondary, type SideRole } from '../../../../src/domain/matrix/roles';
import {
  StoreError,
  withoutVersion,
  type EngagementStore,
} from '../../../../src/ports/engagement-store';
import { createSharePointStore } from '../../../../src/adapters/graph/sharepoint/store';
import { createIdbOutbox } from '../../../../src/adapters/local/idb-outbox';
import { LISTS } from '../../../../src/adapters/graph/sharepoint/schema';
import {
  createEngagementSession,
  type EngagementSessionStore,
} from '../../../../src/application/session/engagement-session';
import { createGraphEmulator } from '../../../fakes/graph-emulator/index';
import { clientFor } from '../../../fakes/graph-emulator/test-harness';
import { createLockRegistry } from '../../../fakes/memory-locks';
import { createPrng } from '../../../fakes/graph-emulator/prng';
import { ID, ready, storeGuideEngagement } from './session-fixtures';

type Side = 'internal' | 'msp';

/** A person's browser: its IndexedDB and locks; tabs open and close in it. */
function browser(owner: string) {
  const indexedDB = new IDBFactory();
  const locks = createLockRegistry();
  return () => {
    const tab = locks.tab();
    return { outbox: createIdbOutbox({ owner, indexedDB, locks: tab }), close: tab.close };
  };
}

/** A page's SharePoint store, whose network can be cut (the page cannot reach Graph at all). */
function page(graph: ReturnType<typeof createGraphEmulator>) {
  const store = createSharePointStore({
    client: clientFor(graph),
    site: { groupId: 'team' },
    sleep: async () => {},
    maxAttempts: 4,
  });
  let offline = false;
  const wrapped: EngagementStore = {
    ...store,
    commit: (engagementId, changes) =>
      offline
        ? Promise.reject(new StoreError('unavailable', 'You are offline.'))
        : store.commit(engagementId, changes),
  };
  return { store: wrapped, setOffline: (value: boolean) => (offline = value) };
}

async function open(store: EngagementStore, tab: ReturnType<ReturnType<typeof browser>>) {
  const session = createEngagementSession(store, ID, { outbox: tab.outbox.open(ID) });
  const stop = session.start();
  await vi.waitFor(() => expect(session.getState().status).toBe('ready'));
  return { session, stop };
}

const NEXT_ROLE = (current: SideRole, n: number): SideRole =>
  current.kind === 'primary'
    ? secondary(`Condition ${n}`)
    : current.kind === 'secondary'
      ? NONE
      : PRIMARY;

function changeRole(session: EngagementSessionStore, rowId: string, side: Side, n: number) {
  const row = withoutVersion(ready(session).engagement.rows.find((r) => r.id === rowId)!);
  const role = NEXT_ROLE(row[side], n);
  const edit = setRowRoles(
    row,
    { internal: side === 'internal' ? role : row.internal, msp: side === 'msp' ? role : row.msp },
    {
      entryId: `entry-${n}`,
      at: new Date(Date.UTC(2026, 11, 7, 10, 0, n)).toISOString(),
      by: side === 'internal' ? 'Ada (internal)' : 'Bob (MSP)',
      renegotiated: true,
      reason: '',
    },
  );
  session.save({
    label: `Edit ${n}`,
    intents: [
      { kind: 'put', collection: 'rows', record: edit.row },
      { kind: 'append-log', entry: edit.entry! },
    ],
  });
  return role;
}

/** Wait until everything is stored, pressing Retry as a user would after a failure. */
async function settled(session: EngagementSessionStore) {
  await vi.waitFor(
    () => {
      const { sync } = ready(session);
      if (sync.status === 'failed') session.retry();
      expect(sync.status).toBe('saved');
    },
    { timeout: 20_000, interval: 5 },
  );
}

describe('issue 13 soak: two people, 50 edits, faults, a refusal and a tab closed mid-way', () => {
  it('ends with every valid edit stored exactly once and every change in the change log', async () => {
    const graph = createGraphEmulator({ seed: 13 });
    const siteId = graph.addGroupSite('team');
    await storeGuideEngagement(page(graph).store);
    const items = (key: keyof typeof LISTS) =>
      graph.state.lists(siteId).find((l) => l.displayName === LISTS[key].displayName)!.items;
    const original = new Map(
      (await page(graph).store.loadEngagement(ID)).rows.map((r) => [r.id, withoutVersion(r)]),
    );

    const adaTabs = browser('tenant/ada');
    const bobTabs = browser('tenant/bob');
    let adaPage = page(graph);
    let adaTab = adaTabs();
    let ada = await open(adaPage.store, adaTab);
    const bob = await open(page(graph).store, bobTabs());

    graph.faults.random({ rate: 0.2, statuses: [429, 503, 504], retryAfterSeconds: 1, seed: 7 });
    const prng = createPrng(42);
    /** What each side's role of each row must end as: the last valid edit. */
    const expected: Record<Side, Map<string, SideRole>> = { internal: new Map(), msp: new Map() };
    const logged: string[] = [];
    let refused = '';

    for (let n = 1; n <= 50; n += 1) {
      const side: Side = n % 2 === 1 ? 'internal' : 'msp';
      const rowId = `row-${1 + Math.floor(prng.next() * 14)}`;
      if (n === 25) {
        // The refusal: SharePoint answers 403 to this one edit (a permission withdrawn and given
        // back); retrying unchanged would not help, so it is set aside, and is not a valid edit.
        await settled(ada.session);
        await settled(bob.session);
        graph.faults.next({ status: 403, inBatch: true, match: { method: 'PATCH' } });
        changeRole(ada.session, rowId, side, n);
        refused = `entry-${n}`;
        await vi.waitFor(() => expect(ready(ada.session).notSaved).toHaveLength(1));
        continue;
      }
      if (n === 33) adaPage.setOffline(true); // Ada's next edits cannot be sent…
      if (n === 41) {
        // …and she closes Teams before they are (after the outbox has written her last edit, as
        // a real tab would have: a browser writes nothing for a tab once it is closed); she
        // opens it again on a new page.
        await new Promise((resolve) => setTimeout(resolve, 20));
        ada.stop();
        adaTab.close();
        adaPage = page(graph);
        adaTab = adaTabs();
        ada = await open(adaPage.store, adaTab);
      }
      const session = side === 'internal' ? ada.session : bob.session;
      expected[side].set(rowId, changeRole(session, rowId, side, n));
      logged.push(`entry-${n}`);
      if (prng.next() < 0.5) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await settled(ada.session);
    await settled(bob.session);
    graph.faults.clear();

    // Counted in the emulator's lists, not on screen.
    const rows = items('rows');
    expect(rows).toHaveLength(14);
    const logIds = items('changeLog').map((item) => String(item.fields['RecordId']));
    expect([...logIds].sort()).toEqual([...logged].sort());
    expect(logIds).not.toContain(refused);
    const stored = await page(graph).store.loadEngagement(ID);
    for (const [id, before] of original) {
      const row = stored.rows.find((r) => r.id === id)!;
      expect({ id, internal: row.internal, msp: row.msp }).toEqual({
        id,
        internal: expected.internal.get(id) ?? before.internal,
        msp: expected.msp.get(id) ?? before.msp,
      });
    }
    // The refused edit is still offered to Ada (Fix, Try again, Discard) after reopening.
    expect(ready(ada.session).notSaved.map((item) => item.action.label)).toEqual(['Edit 25']);
    expect(graph.log.entries().some((entry) => entry.status === 403)).toBe(true);
    expect(graph.log.entries().filter((entry) => entry.faulted).length).toBeGreaterThan(10);
  });
});

describe('issue 13 item 3: edits queued behind a merged one keep what the merge took in', () => {
  it("does not put back the other person's change when the second queued edit of the row is sent", async () => {
    const graph = createGraphEmulator({ seed: 21 });
    graph.addGroupSite('team');
    await storeGuideEngagement(page(graph).store);
    const bobPage = page(graph);
    const bob = await open(bobPage.store, browser('tenant/bob')());
    const ada = await open(page(graph).store, browser('tenant/ada')());

    bobPage.setOffline(true);
    changeRole(bob.session, 'row-1', 'msp', 1);
    const bobRole = changeRole(bob.session, 'row-1', 'msp', 2);
    await vi.waitFor(() => expect(ready(bob.session).sync.status).toBe('failed'));
    const adaRole = changeRole(ada.session, 'row-1', 'internal', 3);
    await settled(ada.session);

    bobPage.setOffline(false);
    bob.session.retry();
    await settled(bob.session);
    const row = (await page(graph).store.loadEngagement(ID)).rows.find((r) => r.id === 'row-1')!;
    expect(row.internal).toEqual(adaRole);
    expect(row.msp).toEqual(bobRole);
    const log = (await page(graph).store.loadEngagement(ID)).changeLog;
    expect(log.map((entry) => entry.id).sort()).toEqual(['entry-1', 'entry-2', 'entry-3']);
    // The second MSP edit is logged from the merged roles: the internal role it found was Ada's.
    expect(log.find((entry) => entry.id === 'entry-2')!.from.internal).toEqual(adaRole);
  });
});
