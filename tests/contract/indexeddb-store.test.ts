// idb checks values against the global IDB classes, so the fake's classes must be the globals;
// each test still gets its own factory (its own set of databases).
import 'fake-indexeddb/auto';
import {
  IDBDatabase as FakeIDBDatabase,
  IDBFactory,
  IDBObjectStore as FakeIDBObjectStore,
} from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS, openTandemDb, type Migration } from '../../src/adapters/local/idb-schema';
import { toStoreError } from '../../src/adapters/local/idb-errors';
import { createReview } from '../../src/domain/review/review';
import {
  createIndexedDbStore,
  type IndexedDbStore,
} from '../../src/adapters/local/indexeddb-store';
import type { ChangeEntry } from '../../src/domain/engagement/change-log';
import { newEngagement, type Engagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { UNANSWERED_DAY_90 } from '../../src/domain/plan/plan';
import { DEFAULT_MILESTONES } from '../../src/domain/plan/plan-template';
import { NONE, PRIMARY } from '../../src/domain/matrix/roles';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { StoreError } from '../../src/ports/engagement-store';
import { runEngagementStoreContract } from './engagement-store.contract';

const DB_NAME = 'tandem-test';
const open: IndexedDbStore[] = [];

function storeOn(factory: IDBFactory = new IDBFactory()): IndexedDbStore {
  const store = createIndexedDbStore({ indexedDB: factory, dbName: DB_NAME });
  open.push(store);
  return store;
}

afterEach(() => {
  for (const store of open.splice(0)) store.close();
  vi.restoreAllMocks();
});

runEngagementStoreContract('IndexedDB store', () => storeOn());

let nextId = 0;
const newId = () => `id-${++nextId}`;

function engagementWithRows(): Engagement {
  const profile = { ...emptyProfile('2026-01-05'), customer: 'Contoso' };
  return newEngagement(newId(), profile, rowsFromTemplate(CO_MANAGED_TEMPLATE, newId));
}

const entry = (id: string, rowId: string): ChangeEntry => ({
  id,
  rowId,
  rowName: 'Row',
  at: '2026-02-01T09:30:00.000Z',
  by: 'Dana',
  from: { owner: 'internal', internal: PRIMARY, msp: NONE },
  to: { owner: 'joint', internal: PRIMARY, msp: PRIMARY },
  renegotiated: false,
  reason: '',
});

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error: unknown = await promise.then(
    () => new Error('Expected a rejection.'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe('IndexedDB store beyond the contract', () => {
  it('keeps everything across closing and reopening the database (a reload)', async () => {
    const factory = new IDBFactory();
    const first = storeOn(factory);
    const engagement = engagementWithRows();
    const created = await first.createEngagement(engagement);
    const row = created.rows[0]!;
    await first.commit(engagement.id, [
      {
        kind: 'put',
        collection: 'rows',
        record: { ...row, notes: 'Saved' },
        baseVersion: row.version,
      },
      { kind: 'append-log', entry: entry('log-1', row.id) },
    ]);
    const beforeReload = await first.loadEngagement(engagement.id);
    first.close();

    const second = storeOn(factory);
    expect(await second.loadEngagement(engagement.id)).toStrictEqual(beforeReload);
    expect(await second.listEngagements()).toHaveLength(1);
    // The version counter survives too, so no version is ever handed out twice.
    const saved = beforeReload.rows.find((r) => r.id === row.id)!;
    const result = await second.commit(engagement.id, [
      { kind: 'put', collection: 'rows', record: row, baseVersion: saved.version },
    ]);
    const everSeen = [created, beforeReload].flatMap((e) => [e.profile, ...e.rows]);
    expect(everSeen.map((r) => r.version)).not.toContain(result.versions[0]?.version);
  });

  it('stores domain data only, not the version a caller passes back', async () => {
    const factory = new IDBFactory();
    const store = storeOn(factory);
    const engagement = engagementWithRows();
    const { rows, profile } = await store.createEngagement(engagement);
    await store.commit(engagement.id, [
      { kind: 'put', collection: 'rows', record: rows[0]!, baseVersion: rows[0]!.version },
      { kind: 'put-profile', profile, baseVersion: profile.version },
    ]);
    const db = await openTandemDb(factory, DB_NAME);
    expect((await db.get('rows', [engagement.id, rows[0]!.id]))?.record).not.toHaveProperty(
      'version',
    );
    expect((await db.get('engagements', engagement.id))?.profile).not.toHaveProperty('version');
    db.close();
  });

  it('keeps the change log in the order it was appended', async () => {
    const store = storeOn();
    const engagement = { ...engagementWithRows(), changeLog: [entry('m', 'r')] };
    await store.createEngagement(engagement);
    await store.commit(engagement.id, [{ kind: 'append-log', entry: entry('z', 'r') }]);
    await store.commit(engagement.id, [{ kind: 'append-log', entry: entry('a', 'r') }]);
    const loaded = await store.loadEngagement(engagement.id);
    expect(loaded.changeLog.map((e) => e.id)).toStrictEqual(['m', 'z', 'a']);
  });

  it('writes each commit in exactly one strict readwrite transaction', async () => {
    const store = storeOn();
    const engagement = engagementWithRows();
    const { rows, profile } = await store.createEngagement(engagement);
    const transaction = vi.spyOn(FakeIDBDatabase.prototype, 'transaction');

    await store.commit(engagement.id, [
      {
        kind: 'put',
        collection: 'rows',
        record: { ...rows[0]!, order: 2 },
        baseVersion: rows[0]!.version,
      },
      {
        kind: 'put',
        collection: 'rows',
        record: { ...rows[1]!, order: 1 },
        baseVersion: rows[1]!.version,
      },
      { kind: 'append-log', entry: entry('log-1', rows[0]!.id) },
      {
        kind: 'put-profile',
        profile: { ...profile, customer: 'Renamed' },
        baseVersion: profile.version,
      },
    ]);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(transaction).toHaveBeenCalledWith(expect.any(Array), 'readwrite', {
      durability: 'strict',
    });

    transaction.mockClear();
    const stale = store.commit(engagement.id, [
      { kind: 'put', collection: 'rows', record: rows[0]!, baseVersion: rows[0]!.version },
    ]);
    expect((await rejection(stale)).code).toBe('conflict');
    expect(transaction).toHaveBeenCalledTimes(1);
  });

  it('reports a full disk as quota-exceeded and keeps everything as it was', async () => {
    const store = storeOn();
    const engagement = engagementWithRows();
    const { rows } = await store.createEngagement(engagement);
    const before = await store.loadEngagement(engagement.id);
    vi.spyOn(FakeIDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const error = await rejection(
      store.commit(engagement.id, [
        { kind: 'append-log', entry: entry('log-1', rows[0]!.id) },
        {
          kind: 'put',
          collection: 'rows',
          record: { ...rows[0]!, notes: 'x' },
          baseVersion: rows[0]!.version,
        },
      ]),
    );
    expect(error.code).toBe('quota-exceeded');
    expect(error.message).toMatch(/no storage space left/);
    expect(error.cause).toBeInstanceOf(DOMException);
    expect(await store.loadEngagement(engagement.id)).toStrictEqual(before);
  });

  it('reports storage it cannot open as unavailable, and tries again on the next call', async () => {
    const factory = new IDBFactory();
    let refuse = true;
    const flaky = {
      open: (name: string, version?: number) => {
        if (!refuse) return factory.open(name, version);
        refuse = false;
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as IDBFactory;
    const store = createIndexedDbStore({ indexedDB: flaky, dbName: DB_NAME });
    open.push(store);

    const error = await rejection(store.listEngagements());
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/local storage \(IndexedDB\) isn't available \(SecurityError\)/);
    expect(error.cause).toBeInstanceOf(DOMException);
    await expect(store.listEngagements()).resolves.toStrictEqual([]);
  });

  describe('schema migrations', () => {
    const ran: number[] = [];
    const tracked: Migration[] = MIGRATIONS.map((step, index) => (db, tx) => {
      ran.push(index + 1);
      return step(db, tx);
    });
    const NEXT = MIGRATIONS.length + 1;
    // A made-up next version with both kinds of step: a schema change and an awaited data rewrite.
    const addCategoryIndex: Migration = async (_db, tx) => {
      ran.push(NEXT);
      tx.objectStore('rows').createIndex('byCategory', ['engagementId', 'record.category']);
      let cursor = await tx.objectStore('engagements').openCursor();
      while (cursor) {
        await cursor.update({ ...cursor.value, migrated: true });
        cursor = await cursor.continue();
      }
    };

    afterEach(() => {
      ran.length = 0;
    });

    it('builds a new database by running every step', async () => {
      const db = await openTandemDb(new IDBFactory(), DB_NAME, {
        migrations: [...tracked, addCategoryIndex],
      });
      expect(ran).toStrictEqual([...MIGRATIONS.keys()].map((i) => i + 1).concat(NEXT));
      expect(db.version).toBe(NEXT);
      db.close();
    });

    it("upgrades today's database by running only the new step, keeping its data", async () => {
      const factory = new IDBFactory();
      const store = storeOn(factory);
      const engagement = engagementWithRows();
      await store.createEngagement(engagement);
      store.close();

      const db = (await openTandemDb(factory, DB_NAME, {
        migrations: [...tracked, addCategoryIndex],
      })) as unknown as IDBPDatabase;
      expect(ran).toStrictEqual([NEXT]);
      expect(db.version).toBe(NEXT);
      expect(await db.get('engagements', engagement.id)).toMatchObject({
        profile: engagement.profile,
        migrated: true,
      });
      expect(await db.count('rows')).toBe(engagement.rows.length);
      const security = IDBKeyRange.only([engagement.id, 'Security']);
      expect(await db.countFromIndex('rows', 'byCategory', security)).toBe(3);
      db.close();
    });

    it('upgrades a version 1 database (before the 90-day plan), keeping every record and the version counter', async () => {
      const factory = new IDBFactory();
      // What Tandem before issue #5 wrote: schema version 1, its stores, its entry shapes.
      const v1 = (await openTandemDb(factory, DB_NAME, {
        migrations: MIGRATIONS.slice(0, 1),
      })) as unknown as IDBPDatabase;
      expect(v1.version).toBe(1);
      const engagement = engagementWithRows();
      const [first, second] = [engagement.rows[0]!, engagement.rows[1]!];
      const logged = entry('log-1', first.id);
      const tx = v1.transaction(['engagements', 'rows', 'changeLog', 'meta'], 'readwrite');
      await Promise.all([
        tx.objectStore('engagements').put({
          id: engagement.id,
          profile: engagement.profile,
          version: 1,
          createdSeq: 1,
        }),
        tx
          .objectStore('rows')
          .put({ engagementId: engagement.id, id: first.id, version: 2, record: first }),
        tx
          .objectStore('rows')
          .put({ engagementId: engagement.id, id: second.id, version: 3, record: second }),
        tx
          .objectStore('changeLog')
          .put({ engagementId: engagement.id, id: logged.id, seq: 4, entry: logged }),
        tx.objectStore('meta').put(4, 'lastVersion'),
        tx.done,
      ]);
      v1.close();

      const store = storeOn(factory);
      expect(await store.loadEngagement(engagement.id)).toStrictEqual({
        id: engagement.id,
        profile: { ...engagement.profile, version: '1' },
        rows: [
          { ...first, version: '2' },
          { ...second, version: '3' },
        ].sort((a, b) => (a.id < b.id ? -1 : 1)),
        tools: [],
        channels: [],
        changeLog: [logged],
        milestones: [],
        day90Checks: [],
        plannerLinks: [],
        reviews: [],
      });
      expect(await store.listEngagements()).toMatchObject([
        { id: engagement.id, customer: 'Contoso' },
      ]);

      // The plan can be saved at once, with versions the old counter never handed out.
      const milestone = DEFAULT_MILESTONES[0]!;
      const result = await store.commit(engagement.id, [
        { kind: 'put', collection: 'milestones', record: milestone, baseVersion: null },
        { kind: 'put', collection: 'day90Checks', record: UNANSWERED_DAY_90, baseVersion: null },
      ]);
      expect(result.versions.map((v) => v.version)).toStrictEqual(['5', '6']);
      store.close();

      const db = await openTandemDb(factory, DB_NAME);
      expect(db.version).toBe(MIGRATIONS.length);
      expect([...db.objectStoreNames].sort()).toStrictEqual([
        'changeLog',
        'channels',
        'day90Checks',
        'engagements',
        'meta',
        'milestones',
        'plannerLinks',
        'reviews',
        'rows',
        'tools',
      ]);
      db.close();
      const reloaded = await storeOn(factory).loadEngagement(engagement.id);
      expect(reloaded.milestones).toStrictEqual([{ ...milestone, version: '5' }]);
      expect(reloaded.rows).toHaveLength(2);
    });

    it('upgrades a version 2 database (before reviews): every record kept, reviews saved at once', async () => {
      const factory = new IDBFactory();
      const v2 = await openTandemDb(factory, DB_NAME, { migrations: MIGRATIONS.slice(0, 2) });
      expect(v2.version).toBe(2);
      v2.close();
      // A version 2 database written through today's store code would need the reviews store, so
      // the engagement is written at version 2 through the stores version 2 has.
      const engagement = engagementWithRows();
      const raw = (await openTandemDb(factory, DB_NAME, {
        migrations: MIGRATIONS.slice(0, 2),
      })) as unknown as IDBPDatabase;
      const tx = raw.transaction(['engagements', 'rows', 'meta'], 'readwrite');
      await Promise.all([
        tx.objectStore('engagements').put({
          id: engagement.id,
          profile: engagement.profile,
          version: 1,
          createdSeq: 1,
        }),
        tx.objectStore('rows').put({
          engagementId: engagement.id,
          id: engagement.rows[0]!.id,
          version: 2,
          record: engagement.rows[0],
        }),
        tx.objectStore('meta').put(2, 'lastVersion'),
        tx.done,
      ]);
      raw.close();

      const store = storeOn(factory);
      const loaded = await store.loadEngagement(engagement.id);
      expect(loaded.rows).toStrictEqual([{ ...engagement.rows[0]!, version: '2' }]);
      expect(loaded.reviews).toStrictEqual([]);
      const review = createReview({
        id: 'review-1',
        engagement: { ...engagement, rows: [engagement.rows[0]!] },
        date: '2026-10-05',
        previous: null,
      });
      const result = await store.commit(engagement.id, [
        { kind: 'put', collection: 'reviews', record: review, baseVersion: null },
      ]);
      expect(result.versions.map((v) => v.version)).toStrictEqual(['3']);
      expect((await store.loadEngagement(engagement.id)).reviews).toStrictEqual([
        { ...review, version: '3' },
      ]);
    });

    it('leaves the database at its old version, data intact, when a step fails', async () => {
      const factory = new IDBFactory();
      const engagement = engagementWithRows();
      await storeOn(factory).createEngagement(engagement);
      open.splice(0).forEach((store) => store.close());

      const broken: Migration = (_db, tx) => {
        tx.objectStore('rows').createIndex('byName', 'record.name');
        throw new Error('Step 2 broke.');
      };
      await expect(
        openTandemDb(factory, DB_NAME, { migrations: [...MIGRATIONS, broken] }),
      ).rejects.toThrow('Step 2 broke.');
      const loaded = await storeOn(factory).loadEngagement(engagement.id);
      expect(loaded.rows).toHaveLength(engagement.rows.length);
    });

    it('issue 13 item 8: an upgrade blocked by another tab says "Close Tandem in your other tabs" instead of waiting', async () => {
      const factory = new IDBFactory();
      await storeOn(factory).listEngagements();
      open.splice(0).forEach((store) => store.close());
      // An older build in another tab: holds the database and ignores `versionchange`.
      const oldTab = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = factory.open(DB_NAME, MIGRATIONS.length);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const upgrade = openTandemDb(factory, DB_NAME, {
        migrations: [...MIGRATIONS, addCategoryIndex],
      });
      const error = toStoreError(await upgrade.catch((reason: unknown) => reason), 'open');
      expect(error.code).toBe('unavailable');
      expect(error.message).toMatch(/Close Tandem in your other tabs, then try again\./);

      oldTab.close();
      const retried = await openTandemDb(factory, DB_NAME, {
        migrations: [...MIGRATIONS, addCategoryIndex],
      });
      expect(retried.version).toBe(MIGRATIONS.length + 1);
      retried.close();
    });

    it('steps aside when another tab opens a newer schema, then asks for a reload', async () => {
      const factory = new IDBFactory();
      const store = storeOn(factory);
      await store.listEngagements();

      // Would wait forever if the open connection above did not close on `versionchange`.
      const newer = await openTandemDb(factory, DB_NAME, {
        migrations: [...MIGRATIONS, addCategoryIndex],
      });
      newer.close();
      const error = await rejection(store.listEngagements());
      expect(error.code).toBe('unavailable');
      expect(error.message).toMatch(/newer version of the app\. Reload/);
    });
  });
});
