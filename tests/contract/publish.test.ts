import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createSharePointStore } from '../../src/adapters/graph/sharepoint/store';
import { createIndexedDbStore } from '../../src/adapters/local/indexeddb-store';
import { newEngagement, type Engagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { exportMatrixCsv, importMatrixCsv } from '../../src/features/matrix/export/matrix-csv';
import { createReview } from '../../src/domain/review/review';
import { DEFAULT_MILESTONES } from '../../src/domain/plan/plan-template';
import { UNANSWERED_DAY_90 } from '../../src/domain/plan/plan';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import {
  RECORD_COLLECTIONS,
  withoutVersion,
  type EngagementStore,
  type RecordCollection,
  type StoreChange,
  type StoredEngagement,
} from '../../src/ports/engagement-store';
import { publishEngagement } from '../../src/application/publish';
import { createGraphEmulator } from '../fakes/graph-emulator/index';
import { clientFor } from '../fakes/graph-emulator/test-harness';
import { createMemoryStore } from '../fakes/memory-store';
import { sampleEngagement } from './engagement-store.contract';

const ID = 'eng-pub';

async function localWithTemplate() {
  const local = createMemoryStore();
  let n = 0;
  const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++n}`);
  const engagement = newEngagement(
    ID,
    { ...emptyProfile('2026-06-20'), customer: 'Contoso' },
    rows,
  );
  await local.createEngagement({
    ...engagement,
    changeLog: [
      {
        id: 'log-1',
        rowId: 'row-1',
        rowName: 'Tier 1 helpdesk',
        at: '2026-06-21T09:00:00.000Z',
        by: 'Dana',
        from: { owner: 'internal', internal: { kind: 'primary' }, msp: { kind: 'none' } },
        to: {
          owner: 'internal',
          internal: { kind: 'primary' },
          msp: { kind: 'secondary', condition: 'Overflow only' },
        },
        renegotiated: true,
        reason: 'Agreed at kickoff',
      },
    ],
  });
  return local;
}

/** Counts commits and creates on a store, to show what a publish actually wrote. */
function counting(store: EngagementStore) {
  const counts = { commits: 0, creates: 0 };
  return {
    counts,
    store: {
      ...store,
      kind: store.kind,
      listEngagements: () => store.listEngagements(),
      loadEngagement: (id: string) => store.loadEngagement(id),
      deleteEngagement: (id: string) => store.deleteEngagement(id),
      createEngagement: (e: Parameters<EngagementStore['createEngagement']>[0]) => {
        counts.creates += 1;
        return store.createEngagement(e);
      },
      commit: (id: string, changes: Parameters<EngagementStore['commit']>[1]) => {
        counts.commits += 1;
        return store.commit(id, changes);
      },
    } satisfies EngagementStore,
  };
}

describe('publishing a local engagement to another store', () => {
  it('creates it whole with its change log the first time, and writes nothing the second time', async () => {
    const local = await localWithTemplate();
    const remote = counting(createMemoryStore());
    const first = await publishEngagement(local, remote.store, ID);
    expect(first).toEqual({ created: true, written: 16, unchanged: 0 });
    const published = await remote.store.loadEngagement(ID);
    expect(published.rows).toHaveLength(14);
    expect(published.changeLog.map((e) => e.reason)).toEqual(['Agreed at kickoff']);

    const second = await publishEngagement(local, remote.store, ID);
    expect(second).toEqual({ created: false, written: 0, unchanged: 16 });
    expect(remote.counts).toEqual({ commits: 0, creates: 1 });
  });

  it('after local edits, writes only what changed and keeps records that exist only in the target', async () => {
    const local = await localWithTemplate();
    const remote = createMemoryStore();
    await publishEngagement(local, remote, ID);
    const remoteNow = await remote.loadEngagement(ID);
    const extra = {
      ...remoteNow.rows[0]!,
      id: 'remote-only',
      name: 'Added in SharePoint',
      order: 99,
    };
    const { version: _v, ...extraRow } = extra;
    await remote.commit(ID, [
      { kind: 'put', collection: 'rows', record: extraRow, baseVersion: null },
    ]);

    const localNow = await local.loadEngagement(ID);
    const row = localNow.rows.find((r) => r.id === 'row-5')!;
    const { version, ...plain } = row;
    await local.commit(ID, [
      {
        kind: 'put',
        collection: 'rows',
        record: { ...plain, notes: 'SOC reviews daily' },
        baseVersion: version,
      },
    ]);

    const result = await publishEngagement(local, remote, ID);
    expect(result).toMatchObject({ created: false, written: 1 });
    const after = await remote.loadEngagement(ID);
    expect(after.rows.find((r) => r.id === 'row-5')?.notes).toBe('SOC reviews daily');
    expect(after.rows.some((r) => r.id === 'remote-only')).toBe(true);
  });

  it("republishes a row whose roles changed, and a profile whose lead's name changed", async () => {
    const local = await localWithTemplate();
    const remote = createMemoryStore();
    await publishEngagement(local, remote, ID);
    const now = await local.loadEngagement(ID);
    const { version, ...row } = now.rows.find((r) => r.id === 'row-2')!;
    const { version: profileVersion, ...profile } = now.profile;
    await local.commit(ID, [
      {
        kind: 'put',
        collection: 'rows',
        record: { ...row, msp: { kind: 'secondary', condition: 'Nights only' } },
        baseVersion: version,
      },
      {
        kind: 'put-profile',
        profile: { ...profile, internalLead: { name: 'Dana Internal', upn: 'dana@contoso.com' } },
        baseVersion: profileVersion,
      },
    ]);
    expect(await publishEngagement(local, remote, ID)).toMatchObject({ written: 2 });
    const after = await remote.loadEngagement(ID);
    expect(after.rows.find((r) => r.id === 'row-2')?.msp).toStrictEqual({
      kind: 'secondary',
      condition: 'Nights only',
    });
    expect(after.profile.internalLead.name).toBe('Dana Internal');
  });

  it('publishes the 90-day plan with the engagement, then only the plan records that changed', async () => {
    const local = createMemoryStore();
    let n = 0;
    const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++n}`);
    await local.createEngagement(
      newEngagement(ID, { ...emptyProfile('2026-06-20'), customer: 'Contoso' }, rows, {
        milestones: DEFAULT_MILESTONES,
        day90Checks: [UNANSWERED_DAY_90],
      }),
    );
    const remote = createMemoryStore();
    const first = await publishEngagement(local, remote, ID);
    const total = 1 + 14 + DEFAULT_MILESTONES.length + 1;
    expect(first).toEqual({ created: true, written: total, unchanged: 0 });
    const published = await remote.loadEngagement(ID);
    expect(published.milestones.map(({ version: _v, ...m }) => m)).toEqual(
      expect.arrayContaining([...DEFAULT_MILESTONES]),
    );
    expect(published.milestones).toHaveLength(DEFAULT_MILESTONES.length);
    expect(published.day90Checks).toMatchObject([UNANSWERED_DAY_90]);

    // Ticking one checklist item (a change deep inside the record) is a change to publish.
    const milestone = (await local.loadEngagement(ID)).milestones[0]!;
    const { version, ...record } = milestone;
    const ticked = {
      ...record,
      checklist: record.checklist.map((item, i) => (i === 0 ? { ...item, done: true } : item)),
    };
    await local.commit(ID, [
      { kind: 'put', collection: 'milestones', record: ticked, baseVersion: version },
    ]);
    const second = await publishEngagement(local, remote, ID);
    expect(second).toEqual({ created: false, written: 1, unchanged: total - 1 });
    const after = (await remote.loadEngagement(ID)).milestones.find((m) => m.id === ticked.id);
    expect(after?.checklist).toStrictEqual(ticked.checklist);
  });
});

/** Every store an engagement can be published into, each fresh. */
const TARGETS: [string, () => EngagementStore][] = [
  ['the in-memory store', () => createMemoryStore()],
  [
    'IndexedDB',
    () => createIndexedDbStore({ indexedDB: new IDBFactory(), dbName: 'tandem-publish' }),
  ],
  [
    'SharePoint on the Graph emulator',
    () => {
      const graph = createGraphEmulator({ seed: 3 });
      graph.addGroupSite('publish-group');
      return createSharePointStore({
        client: clientFor(graph),
        site: { groupId: 'publish-group' },
        sleep: async () => {},
      });
    },
  ],
];

/** The contract's sample engagement with a quarterly review: a record in every collection. */
function everyCollection(): Engagement {
  const engagement = sampleEngagement();
  const review = createReview({ id: 'review-1', engagement, date: '2026-04-02', previous: null });
  return { ...engagement, reviews: [review] };
}

const records = (engagement: StoredEngagement, collection: RecordCollection) =>
  (engagement[collection] as readonly { id: string }[])
    .map((record) => withoutVersion(record))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

describe.each(TARGETS)('publishing every record collection into %s', (_name, makeTarget) => {
  it('creates every collection whole, and a second publish writes nothing', async () => {
    const local = createMemoryStore();
    const source = await local.createEngagement(everyCollection());
    // A collection added to the port without a sample here would pass unseen: refuse that.
    for (const collection of RECORD_COLLECTIONS) {
      expect(source[collection].length, `sample records of ${collection}`).toBeGreaterThan(0);
    }
    const target = makeTarget();
    const first = await publishEngagement(local, target, source.id);
    expect(first.created).toBe(true);
    const published = await target.loadEngagement(source.id);
    for (const collection of RECORD_COLLECTIONS) {
      expect(records(published, collection), collection).toStrictEqual(records(source, collection));
    }
    expect(published.changeLog).toStrictEqual(source.changeLog);

    const second = await publishEngagement(local, target, source.id);
    expect(second).toMatchObject({ created: false, written: 0 });
  });

  it('publishes a record of every collection added after the first publish', async () => {
    const local = createMemoryStore();
    const full = everyCollection();
    const empty = Object.fromEntries(RECORD_COLLECTIONS.map((collection) => [collection, []]));
    await local.createEngagement({ ...full, ...empty });
    const target = makeTarget();
    await publishEngagement(local, target, full.id);
    await local.commit(
      full.id,
      RECORD_COLLECTIONS.flatMap((collection) =>
        (full[collection] ?? []).map(
          (record) => ({ kind: 'put', collection, record, baseVersion: null }) as StoreChange,
        ),
      ),
    );
    await publishEngagement(local, target, full.id);
    const source = await local.loadEngagement(full.id);
    const published = await target.loadEngagement(full.id);
    for (const collection of RECORD_COLLECTIONS) {
      expect(records(published, collection), collection).toStrictEqual(records(source, collection));
    }
  });
});

describe('what the matrix files carry survives export and import', () => {
  it('every active row comes back from CSV as it was exported', () => {
    const rows = sampleEngagement().rows;
    let n = 0;
    const imported = importMatrixCsv(exportMatrixCsv(rows), { newId: () => `new-${++n}` });
    expect(imported.errors).toStrictEqual([]);
    expect(imported.valid.map(({ id: _id, ...draft }) => draft)).toStrictEqual(
      rows.map(({ id: _id, order: _order, archived: _archived, ...draft }) => draft),
    );
  });
});
