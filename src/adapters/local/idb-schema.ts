import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { RECORD_COLLECTIONS } from '../../ports/engagement-store';
import type { ChangeEntry } from '../../domain/engagement/change-log';
import type { CommChannel } from '../../domain/registers/channel-register';
import type { EngagementProfile } from '../../domain/engagement/profile';
import type { FunctionRow } from '../../domain/matrix/function-row';
import type { Day90Check, Milestone } from '../../domain/plan/plan';
import type { PlannerLink } from '../../domain/plan/planner-link';
import type { Review } from '../../domain/review/review-record';
import type { Tool } from '../../domain/registers/tool-register';

/*
 * The shape of Tandem's IndexedDB database and the steps that build it. See indexeddb-store.ts for
 * what lives where and why.
 */

/** Versions come from one counter (see `COUNTER_KEY`), so a number is never handed out twice. */
export interface EngagementRecord {
  readonly id: string;
  readonly profile: EngagementProfile;
  readonly version: number;
  /** The counter value when the engagement was created: orders the list newest first. */
  readonly createdSeq: number;
}

/** Domain data sits under `record` so bookkeeping fields can never collide with domain fields. */
export interface CollectionEntry<T> {
  readonly engagementId: string;
  readonly id: string;
  readonly version: number;
  readonly record: T;
}

export interface LogEntryRecord {
  readonly engagementId: string;
  readonly id: string;
  /** Counter value at append time: keeps the log in the order it was written. */
  readonly seq: number;
  readonly entry: ChangeEntry;
}

export interface TandemSchema extends DBSchema {
  engagements: { key: string; value: EngagementRecord };
  rows: { key: [string, string]; value: CollectionEntry<FunctionRow> };
  tools: { key: [string, string]; value: CollectionEntry<Tool> };
  channels: { key: [string, string]; value: CollectionEntry<CommChannel> };
  milestones: { key: [string, string]; value: CollectionEntry<Milestone> };
  day90Checks: { key: [string, string]; value: CollectionEntry<Day90Check> };
  plannerLinks: { key: [string, string]; value: CollectionEntry<PlannerLink> };
  reviews: { key: [string, string]; value: CollectionEntry<Review> };
  changeLog: { key: [string, string]; value: LogEntryRecord };
  meta: { key: string; value: number };
}

export type TandemDb = IDBPDatabase<TandemSchema>;

export const COUNTER_KEY = 'lastVersion';

/** One store per record collection of the port, named like it. */
export const COLLECTION_STORES = RECORD_COLLECTIONS;
/** Every store holding an engagement's data. */
export const ENGAGEMENT_STORES = ['engagements', ...COLLECTION_STORES, 'changeLog'] as const;
export const ALL_STORES = [...ENGAGEMENT_STORES, 'meta'] as const;

/**
 * One schema step: `MIGRATIONS[i]` takes the database from version i to i + 1. Steps see the
 * database untyped because they deal with the shape of their own time, not today's. A step may
 * await requests on `tx` but nothing else: awaiting anything else lets the upgrade commit early.
 */
export type Migration = (
  db: IDBPDatabase,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void | Promise<void>;

/** Records of an engagement sit under `[engagementId, id]`, so one key range holds them all. */
const createRecordStore = (db: IDBPDatabase, name: string) =>
  db.createObjectStore(name, { keyPath: ['engagementId', 'id'] });

/** Version 1: the matrix, the registers and the change log. Names are literal: this is v1's shape. */
const createStores: Migration = (db) => {
  db.createObjectStore('engagements', { keyPath: 'id' });
  for (const name of ['rows', 'tools', 'channels', 'changeLog']) createRecordStore(db, name);
  db.createObjectStore('meta');
};

/**
 * Version 2: the 90-day plan (issue #5). New stores only, so existing engagements keep every record
 * and load with no milestones, no day-90 check and no Planner link.
 */
const addPlanStores: Migration = (db) => {
  for (const name of ['milestones', 'day90Checks', 'plannerLinks']) createRecordStore(db, name);
};

/**
 * Version 3: quarterly reviews (issue #6). A new store only, so existing engagements keep every
 * record and load with no reviews.
 */
const addReviewStore: Migration = (db) => {
  createRecordStore(db, 'reviews');
};

/** Append a step to change the schema; the database version is the length of this list. */
export const MIGRATIONS: readonly Migration[] = [createStores, addPlanStores, addReviewStore];

async function runMigrations(
  migrations: readonly Migration[],
  db: IDBPDatabase,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
  oldVersion: number,
): Promise<void> {
  for (const step of migrations.slice(oldVersion)) await step(db, tx);
}

export interface OpenOptions {
  readonly migrations?: readonly Migration[];
  /** The connection is gone (another tab upgrades the schema, or the browser closed it). */
  readonly onClosed?: () => void;
}

/**
 * Open (creating or upgrading) the database on `factory`. idb's `openDB` always uses the global
 * `indexedDB`; this is the same thing for a factory given by the caller (tests, private windows).
 */
export async function openTandemDb(
  factory: IDBFactory,
  name: string,
  { migrations = MIGRATIONS, onClosed = () => {} }: OpenOptions = {},
): Promise<TandemDb> {
  const request = factory.open(name, migrations.length);
  let migrationError: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const tx = wrap(request.transaction as IDBTransaction) as unknown as IDBPTransaction<
      unknown,
      string[],
      'versionchange'
    >;
    // A failed upgrade is reported by the open request; this rejection would only repeat it.
    tx.done.catch(() => {});
    runMigrations(migrations, wrap(request.result), tx, event.oldVersion).catch((error) => {
      migrationError = error;
      try {
        // Aborting keeps the database at its old version with its data untouched.
        tx.abort();
      } catch {
        // The upgrade already ended (a step awaited something other than a request on `tx`).
      }
    });
  });
  // Another tab of this browser holds the database open at the old version and does not let go
  // (an older build, or one busy in a transaction): the upgrade waits for it, possibly forever.
  // Say so instead of waiting; should the open still succeed later, that connection is closed so
  // the next attempt starts clean.
  let gaveUp = false;
  const blocked = new Promise<never>((_, reject) =>
    request.addEventListener('blocked', () => {
      gaveUp = true;
      const error = new Error('The upgrade is blocked by another open connection.');
      error.name = 'BlockedError';
      reject(error);
    }),
  );
  request.addEventListener('success', () => {
    if (gaveUp) request.result.close();
  });
  let db: TandemDb;
  try {
    db = (await Promise.race([wrap(request), blocked])) as unknown as TandemDb;
  } catch (error) {
    throw migrationError ?? error;
  }
  // Another tab wants a newer schema: step aside, or its upgrade waits for this tab forever.
  db.addEventListener('versionchange', () => {
    db.close();
    onClosed();
  });
  db.addEventListener('close', onClosed);
  return db;
}
