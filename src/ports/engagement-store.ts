import type { ChangeEntry } from '../domain/engagement/change-log';
import type { CommChannel } from '../domain/registers/channel-register';
import type { Engagement } from '../domain/engagement/engagement';
import type { EngagementProfile } from '../domain/engagement/profile';
import type { FunctionRow } from '../domain/matrix/function-row';
import type { Day90Check, Milestone } from '../domain/plan/plan';
import type { PlannerLink } from '../domain/plan/planner-link';
import type { Review } from '../domain/review/review-record';
import type { Tool } from '../domain/registers/tool-register';

/**
 * Where engagements live: IndexedDB in local mode, SharePoint lists inside Teams.
 *
 * Intent: the UI loads one engagement whole, then saves each user action as one `commit` of the
 * records that action changed. Records are saved individually (never the whole engagement), so two
 * people editing different rows never collide.
 *
 * Concurrency: every stored record carries an opaque `version` (an IndexedDB counter, a SharePoint
 * ETag). A change names the version it was based on; if the stored record has moved on, the commit
 * fails with `StoreError` code `conflict`, lists the records that conflicted with their current
 * values, and leaves those records untouched. Local stores apply a commit all-or-nothing.
 *
 * Errors: every method rejects with `StoreError` only (codes below); no method resolves with
 * partial data. The caller keeps the user's edit when a commit fails, so it can be retried.
 *
 * Records: ids are unique within an engagement and collection. One commit changes a record at most
 * once (a second change to it is `invalid`); a record deleted meanwhile conflicts with
 * `current: null`. A profile conflict names the engagement id. The change log comes back in the
 * order it was appended; other collections in no promised order (the UI sorts rows by `order`).
 *
 * The 90-day plan is three more record collections, saved like any other: `milestones` (one
 * record per milestone, its checklist inside it), `day90Checks` and `plannerLinks`. The last two
 * hold one record per engagement by convention (ids `DAY_90_CHECK_ID`, `PLANNER_LINK_ID`); stores
 * do not enforce that, and an engagement stored before the plan existed loads with all three empty.
 * `plannerLinks` is the Planner sync's bookkeeping, written by the sync only.
 *
 * Quarterly reviews are the `reviews` collection, one record per review (its snapshot inside it).
 * A review both leads have signed never changes its content: the domain refuses edits, and the only
 * later write is recording where its summary was posted (`post`); stores need not enforce either.
 * An engagement stored before reviews existed loads with none.
 */
export interface EngagementStore {
  /**
   * Which backend this is, for the mode badge: `local` for stores in this browser (and the
   * test fakes that keep their semantics), `sharepoint` inside Teams.
   */
  readonly kind: 'local' | 'sharepoint';
  /** Every engagement this store holds, newest first. */
  listEngagements(): Promise<EngagementSummary[]>;
  /** One engagement with every record. Rejects `not-found`. */
  loadEngagement(id: string): Promise<StoredEngagement>;
  /**
   * Store a new engagement with all its records. Rejects `already-exists` if the id is taken,
   * `invalid` if two of its records share an id.
   */
  createEngagement(engagement: Engagement): Promise<StoredEngagement>;
  /**
   * Apply one user action's changes. Rejects `not-found`, `conflict`, `invalid`, `unavailable`,
   * `signed-out`.
   */
  commit(engagementId: string, changes: readonly StoreChange[]): Promise<CommitResult>;
  /** Remove an engagement and every record of it. Resolves even if it was already gone. */
  deleteEngagement(id: string): Promise<void>;
  /**
   * Optional, for remote stores: tells the listener when a call is waiting to retry a throttled
   * or briefly unavailable backend, and when it stops waiting, so the UI can say "retrying"
   * instead of looking frozen. Returns the unsubscribe function.
   */
  subscribeStatus?(listener: (status: StoreStatus) => void): () => void;
}

/** What a remote store is doing behind a slow call. */
export type StoreStatus =
  /** `attempt` is the attempt about to be made (2 for the first retry). */
  | { readonly kind: 'retrying'; readonly attempt: number; readonly waitSeconds: number }
  | { readonly kind: 'idle' };

/** A stored record with the version the store gave it. */
export type Versioned<T> = T & { readonly version: string };

export interface StoredEngagement {
  readonly id: string;
  readonly profile: Versioned<EngagementProfile>;
  readonly rows: readonly Versioned<FunctionRow>[];
  readonly tools: readonly Versioned<Tool>[];
  readonly channels: readonly Versioned<CommChannel>[];
  /** Append-only; entries have no version because they never change. */
  readonly changeLog: readonly ChangeEntry[];
  /** Empty when the engagement has no plan (yet). */
  readonly milestones: readonly Versioned<Milestone>[];
  /** At most one: the day-90 check, once someone answered or the plan was created with it. */
  readonly day90Checks: readonly Versioned<Day90Check>[];
  /** At most one: written by the Planner sync once the plan is in Planner. */
  readonly plannerLinks: readonly Versioned<PlannerLink>[];
  /** Quarterly reviews, in no promised order (sort by `date`). */
  readonly reviews: readonly Versioned<Review>[];
}

export interface EngagementSummary {
  readonly id: string;
  readonly customer: string;
  readonly mspName: string;
  readonly startDate: string;
  /** Set while the engagement is in "Recently deleted" (ISO instant). */
  readonly deletedAt: string | null;
}

/** The summary every store lists for an engagement with this profile. */
export const summaryOf = (id: string, profile: EngagementProfile): EngagementSummary => ({
  id,
  customer: profile.customer,
  mspName: profile.mspName,
  startDate: profile.startDate,
  deletedAt: profile.deletedAt ?? null,
});

/** Every versioned record collection of an engagement, in the order stores handle them. */
export const RECORD_COLLECTIONS = [
  'rows',
  'tools',
  'channels',
  'milestones',
  'day90Checks',
  'plannerLinks',
  'reviews',
] as const;

export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

/** Every record collection of a stored engagement, each record with its version. */
export type StoredCollections = Pick<StoredEngagement, RecordCollection>;

/**
 * The record collections of a stored engagement, built by calling `read` once per collection of
 * {@link RECORD_COLLECTIONS}: stores, publish and fakes build engagements through it (or loop over
 * the list), so a collection added to the list cannot be forgotten in one of them. `read` must
 * return that collection's records (the types of the port cannot tie the two together).
 */
export function storedCollections(
  read: (collection: RecordCollection) => readonly object[],
): StoredCollections {
  return Object.fromEntries(
    RECORD_COLLECTIONS.map((collection) => [collection, read(collection)]),
  ) as unknown as StoredCollections;
}

/** {@link storedCollections} for stores that read each collection asynchronously (in parallel). */
export async function loadCollections(
  read: (collection: RecordCollection) => Promise<readonly object[]>,
): Promise<StoredCollections> {
  const loaded = await Promise.all(RECORD_COLLECTIONS.map((collection) => read(collection)));
  return storedCollections((collection) => loaded[RECORD_COLLECTIONS.indexOf(collection)]!);
}

export interface CollectionRecord {
  rows: FunctionRow;
  tools: Tool;
  channels: CommChannel;
  milestones: Milestone;
  day90Checks: Day90Check;
  plannerLinks: PlannerLink;
  reviews: Review;
}

/**
 * One record-level change. `baseVersion` is the version the edit started from; `null` means the
 * record is new (it conflicts if a record with that id exists).
 */
export type StoreChange =
  | {
      [C in RecordCollection]: {
        readonly kind: 'put';
        readonly collection: C;
        readonly record: CollectionRecord[C];
        readonly baseVersion: string | null;
      };
    }[RecordCollection]
  | {
      readonly kind: 'delete';
      readonly collection: RecordCollection;
      readonly id: string;
      readonly baseVersion: string;
    }
  | {
      readonly kind: 'put-profile';
      readonly profile: EngagementProfile;
      readonly baseVersion: string;
    }
  | { readonly kind: 'append-log'; readonly entry: ChangeEntry };

/** The new version of every record the commit wrote (`null` for a deleted record). */
export interface CommitResult {
  readonly profileVersion: string | null;
  readonly versions: readonly {
    collection: RecordCollection;
    id: string;
    version: string | null;
  }[];
}

/**
 * - `not-found`, `already-exists`, `conflict`, `invalid`: see the methods.
 * - `unavailable`: the backend could not be reached or refused for now; retrying later may work.
 * - `quota-exceeded`: the backend has no room left.
 * - `signed-out` (remote stores): the sign-in behind the store's calls is gone — expired, revoked,
 *   or a permission that needs consent — so retrying alone cannot help; the user must sign in again
 *   (a click, `Auth.getToken(…, { interactive: true })`), then retry. `cause` is the port's
 *   `AuthError` when no token could be had (nothing was sent).
 */
export type StoreErrorCode =
  | 'not-found'
  | 'already-exists'
  | 'conflict'
  | 'invalid'
  /** The user may not make this change (Graph 403): retrying as it is fails the same way. */
  | 'forbidden'
  | 'unavailable'
  | 'quota-exceeded'
  | 'signed-out';

export interface StoreConflict {
  readonly collection: RecordCollection | 'profile';
  readonly id: string;
  /** What is stored now; `null` when the record was deleted. */
  readonly current: Versioned<CollectionRecord[RecordCollection] | EngagementProfile> | null;
}

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly conflicts: readonly StoreConflict[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The record a change touches, as `collection/id` (`profile` for the profile). Stores use it to
 * refuse a commit that changes one record twice (see the port's "Records" rules).
 */
export function storeChangeTarget(change: StoreChange): string {
  switch (change.kind) {
    case 'put':
      return `${change.collection}/${change.record.id}`;
    case 'delete':
      return `${change.collection}/${change.id}`;
    case 'put-profile':
      return 'profile';
    case 'append-log':
      return `changeLog/${change.entry.id}`;
  }
}

/** The domain record inside a stored one: stores and the UI track versions beside records, never in them. */
export function withoutVersion<T extends object>(record: T): T {
  if (!('version' in record)) return record;
  const { version: _version, ...rest } = record as T & { version: unknown };
  return rest as T;
}

/**
 * The engagement as the domain sees it: the profile and every record collection without the
 * store's versions (publishing it into another store, a review's snapshot).
 */
export function plainEngagement(stored: StoredEngagement): Engagement {
  const collections = Object.fromEntries(
    RECORD_COLLECTIONS.map((collection) => [
      collection,
      (stored[collection] as readonly object[]).map(withoutVersion),
    ]),
  ) as unknown as Pick<Engagement, RecordCollection>;
  return {
    id: stored.id,
    profile: withoutVersion(stored.profile),
    changeLog: stored.changeLog,
    ...collections,
  };
}
