import {
  StoreError,
  type EngagementStore,
  type StoreConflict,
  type StoredEngagement,
  type StoreStatus,
} from '../../ports/engagement-store';
import { isLimitedRecord, recordLengthProblem } from '../../domain/limits';
import type { OutboxSlot } from '../../ports/outbox';
import { planConflictResolution, resolveAction, type ConflictPlan } from './merge-conflicts';
import { rebaseLater } from './rebase-queue';
import {
  baseRecords,
  rebaseSetAside,
  takeOver,
  type PendingWork,
  type SetAsideWork,
} from './pending-work';
import {
  applyIntents,
  PROFILE_KEY,
  toStoreChanges,
  versionKey,
  versionsOf,
  withVersions,
  type SaveAction,
} from './edit-intent';

/** What the sync indicator shows. `pending` counts actions not yet confirmed by the store. */
export type SyncState =
  /**
   * `recovered`: how many actions a Retry (or a sign-in) got stored after they had failed, so the
   * screen can say the failure is over; cleared by the next save.
   */
  | { readonly status: 'saved'; readonly recovered?: number }
  | { readonly status: 'saving'; readonly pending: number }
  | { readonly status: 'failed'; readonly pending: number; readonly message: string }
  /**
   * The store's sign-in is gone (`StoreError` `signed-out`): the queue waits, on screen, until the
   * user signs in again (a click) and retries; retrying without signing in would fail the same way.
   */
  | { readonly status: 'signed-out'; readonly pending: number; readonly message: string }
  | {
      readonly status: 'conflict';
      readonly pending: number;
      readonly message: string;
      readonly action: SaveAction;
      readonly conflicts: readonly StoreConflict[];
      /** Field by field: what merged silently and what both sides changed. */
      readonly plan: ConflictPlan;
    };

/**
 * An action the store refused as it is (invalid, forbidden, over a limit — retrying unchanged
 * would fail the same way), set aside so the actions after it keep flowing. It stays listed, with
 * the store's sentence, until the user tries it again or discards it.
 */
export interface NotSaved extends SetAsideWork {
  readonly id: number;
}

export type SessionState =
  | { readonly status: 'loading'; readonly backend: StoreStatus }
  | { readonly status: 'error'; readonly message: string; readonly code: string }
  | {
      readonly status: 'ready';
      readonly engagement: StoredEngagement;
      readonly sync: SyncState;
      /** A remote store waiting to retry (throttled): shown instead of a frozen spinner. */
      readonly backend: StoreStatus;
      /** Refused actions, set aside (oldest first); not part of `engagement`. */
      readonly notSaved: readonly NotSaved[];
    };

/** The actions of a session, as features call them. */
export interface SessionActions {
  /** Show the change at once and queue it for the store. Never throws; failures land in `sync`. */
  save(action: SaveAction): void;
  /**
   * Save an action written by a workflow rather than typed by the user (the Planner sync's
   * results): queued like `save`, but the promise says how it went, and a failed one is dropped
   * from the queue and rejected with the store's error instead of stopping the queue for Retry —
   * the workflow reports it in its own words.
   */
  commit(action: SaveAction): Promise<void>;
  /** Send the queued actions again after a failure (after signing in again, for `signed-out`). */
  retry(): void;
  /** After a conflict: keep this user's values over the stored ones, or take the stored ones. */
  resolveConflict(choice: 'mine' | 'theirs'): void;
  reload(): void;
  /**
   * Send a set-aside action again (after the cause was fixed, e.g. a permission granted): only
   * the fields it changed are applied to the records as they are now, so later edits stay.
   */
  retryNotSaved(id: number): void;
  /** Send a set-aside action with the values the user corrected (`fixed`: the action, edited). */
  fixNotSaved(id: number, fixed: SaveAction): void;
  /** Drop a set-aside action for good. */
  discardNotSaved(id: number): void;
  /**
   * Load the stored engagement again while the one on screen stays (no loading state): after
   * another writer changed the store behind the session.
   */
  refresh(): void;
}

/** A session in the shape React's `useSyncExternalStore` consumes. */
export interface EngagementSessionStore extends SessionActions {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Load the engagement and follow the store's status; returns the function that stops both. */
  start(): () => void;
}

type Failure = Extract<SyncState, { status: 'failed' | 'signed-out' | 'conflict' }>;

interface Confirmed {
  readonly engagement: StoredEngagement;
  readonly known: Map<string, string>;
}

interface Queued {
  readonly action: SaveAction;
  /** Set for `commit`: settles the caller's promise instead of stopping the queue on failure. */
  readonly settle?: { resolve(): void; reject(error: unknown): void };
}

const MAX_AUTO_MERGES = 3;

const describe = (error: unknown) =>
  error instanceof StoreError ? error.message : 'The change could not be saved.';

/** Refusals that retrying unchanged cannot fix: the action is set aside, not retried. */
const REFUSALS = new Set<StoreError['code']>(['invalid', 'forbidden', 'quota-exceeded']);
const isRefusal = (error: unknown) => error instanceof StoreError && REFUSALS.has(error.code);

/**
 * The first field of the action too long to store (domain/limits.ts), checked before anything is
 * sent: forms say it inline; this catches any path that did not, in every store alike.
 */
function limitProblem(action: SaveAction): string | null {
  for (const intent of action.intents) {
    const problem =
      intent.kind === 'put-profile'
        ? recordLengthProblem('profile', intent.profile)
        : intent.kind === 'put' && isLimitedRecord(intent.collection)
          ? recordLengthProblem(intent.collection, intent.record)
          : null;
    if (problem) return problem;
  }
  return null;
}

/**
 * Holds one engagement for the UI and writes each user action through the store, in order.
 *
 * The screen shows `confirmed` + the queue, so a slow or failing store never takes the user's edit
 * off the screen. A write that failed for a passing reason (unreachable, throttled) stops the queue
 * (later actions may depend on it) until Retry (or, when the sign-in was lost, until the user signs
 * in again). A write the store refused as it is — invalid data, no permission, no space, or a field
 * over its limit (checked before sending) — is set aside in `notSaved` with its sentence and the
 * queue goes on. Actions are whole records: one queued while the refused one was in flight may
 * carry the refused value and is then set aside too; those made afterwards are built on the screen
 * without it, so they go through. A conflict is merged field by field, silently when nobody changed the same field,
 * else the user chooses, seeing both values.
 */
export function createEngagementSession(
  store: EngagementStore,
  engagementId: string,
  options: {
    /**
     * Where unsent work is kept across closing the tab (Teams mode); the session takes over what
     * earlier sessions left behind when it first loads (pending-work.ts).
     */
    readonly outbox?: OutboxSlot;
  } = {},
): EngagementSessionStore {
  const { outbox } = options;
  let confirmed: Confirmed | null = null;
  let queue: readonly Queued[] = [];
  let loadError: { message: string; code: string } | null = null;
  let failure: Failure | null = null;
  let notSaved: readonly NotSaved[] = [];
  /** Actions waiting when the user retried after a failure; reported once they are stored. */
  let retried = 0;
  let recovered = 0;
  let nextNotSavedId = 0;
  let backend: StoreStatus = { kind: 'idle' };
  let sending = false;
  /** Only the newest load may land: an older one finishing late is ignored. */
  let loadToken = 0;
  let state: SessionState = { status: 'loading', backend };
  const listeners = new Set<() => void>();
  /** What earlier sessions left in the outbox: claimed on start, taken over on the first load. */
  let leftBehind: Promise<readonly unknown[]> | null = null;
  let lastKept = 'null';
  /** Between start() and its stop: only then does the session keep its work in the outbox. */
  let running = false;

  /** Recompute the state the screen shows, and tell the subscribers. */
  function publish() {
    state = computeState();
    keepUnsent();
    for (const listener of [...listeners]) listener();
  }

  /** Write the unsent work to the outbox when it changed (never before the takeover is done). */
  function keepUnsent() {
    // A stopped session's slot is let go: another session may take its work over from now on.
    if (!outbox || !running || !confirmed || leftBehind) return;
    const actions = queue.filter((queued) => !queued.settle).map((queued) => queued.action);
    const work: PendingWork | null =
      actions.length === 0 && notSaved.length === 0
        ? null
        : {
            schema: 1,
            actions,
            notSaved: notSaved.map(({ action, message, base }) => ({ action, message, base })),
            base: baseRecords(actions, confirmed.engagement, confirmed.known),
          };
    const json = JSON.stringify(work);
    if (json === lastKept) return;
    lastKept = json;
    outbox.keep(work);
  }

  /** The view on screen: the confirmed engagement with the queue applied. */
  function view(): StoredEngagement | null {
    return state.status === 'ready' ? state.engagement : null;
  }

  function computeState(): SessionState {
    if (loadError) return { status: 'error', ...loadError };
    if (!confirmed) return { status: 'loading', backend };
    const base = confirmed;
    const engagement = queue.reduce(
      (view, queued) => applyIntents(view, queued.action.intents, base.known),
      base.engagement,
    );
    // `pending` is counted now: actions saved after the failure wait in the queue too.
    const sync: SyncState = failure
      ? { ...failure, pending: queue.length }
      : queue.length > 0
        ? { status: 'saving', pending: queue.length }
        : recovered > 0
          ? { status: 'saved', recovered }
          : { status: 'saved' };
    return { status: 'ready', engagement, sync, backend, notSaved };
  }

  function load() {
    const token = ++loadToken;
    store.loadEngagement(engagementId).then(
      async (engagement) => {
        if (token !== loadToken) return;
        confirmed = { engagement, known: versionsOf(engagement) };
        if (leftBehind) {
          const works = await leftBehind;
          const parse =
            works.length > 0 ? (await import('./pending-work-schema')).parsePendingWork : null;
          if (token !== loadToken) return;
          leftBehind = null;
          if (parse) takeOverLeftBehind(works.map(parse));
        }
        publish();
        if (queue.length > 0 && !failure) void drain();
      },
      (error: unknown) => {
        if (token !== loadToken) return;
        loadError = {
          message: describe(error),
          code: error instanceof StoreError ? error.code : 'unavailable',
        };
        publish();
      },
    );
  }

  /** Earlier sessions' unsent work goes first in the queue, judged like a live save. */
  function takeOverLeftBehind(works: readonly (PendingWork | null)[]) {
    if (!confirmed || works.length === 0) return;
    const unreadable = works.filter((work) => work === null).length;
    const taken = takeOver(
      confirmed.engagement,
      confirmed.known,
      works.filter((work): work is PendingWork => work !== null),
    );
    confirmed = { engagement: taken.engagement, known: taken.known };
    queue = [...taken.actions.map((action) => ({ action })), ...queue];
    const kept = taken.notSaved.map((work) => ({ ...work, id: ++nextNotSavedId }));
    if (unreadable > 0) {
      // Never dropped silently: shown, so the user decides (Discard) knowing it was there.
      kept.push({
        id: ++nextNotSavedId,
        action: { label: 'changes kept in this browser from an earlier visit', intents: [] },
        message: 'This version of Tandem cannot read them.',
        base: [],
      });
    }
    notSaved = [...kept, ...notSaved];
  }

  /** Take the stored version of conflicting records as the new base (values and versions). */
  function adoptStored(conflicts: readonly StoreConflict[]) {
    if (!confirmed) return;
    const known = new Map(confirmed.known);
    let engagement = confirmed.engagement;
    for (const conflict of conflicts) {
      const key =
        conflict.collection === 'profile'
          ? PROFILE_KEY
          : versionKey(conflict.collection, conflict.id);
      if (conflict.current) known.set(key, conflict.current.version);
      else known.delete(key);
      engagement = takeStored(engagement, conflict);
    }
    confirmed = { engagement, known };
  }

  async function drain() {
    if (sending) return;
    sending = true;
    let autoMerges = 0;
    try {
      for (let head = queue[0]; head && confirmed; head = queue[0]) {
        const current: Confirmed = confirmed;
        try {
          const result = await store.commit(
            engagementId,
            toStoreChanges(head.action.intents, current.known),
          );
          const known = withVersions(current.known, result);
          confirmed = {
            known,
            engagement: applyIntents(current.engagement, head.action.intents, known),
          };
          queue = queue.slice(1);
          autoMerges = 0;
          if (retried > 0 && queue.length === 0) {
            recovered = retried;
            retried = 0;
          }
          publish();
          head.settle?.resolve();
        } catch (error) {
          if (head.settle) {
            queue = queue.slice(1);
            publish();
            head.settle.reject(error);
            continue;
          }
          if (isRefusal(error)) {
            setAside(head.action, describe(error), current.engagement, current.known);
            queue = queue.slice(1);
            publish();
            continue;
          }
          const pending = queue.length;
          if (error instanceof StoreError && error.code === 'conflict') {
            const plan = planConflictResolution(head.action, error.conflicts, current.engagement);
            // Nobody changed the same field: save the merge without asking (bounded, in case
            // the record keeps moving under us).
            if (plan.clean && autoMerges < MAX_AUTO_MERGES) {
              autoMerges += 1;
              adoptStored(error.conflicts);
              replaceHead(resolveAction(head.action, plan, 'mine'));
              publish();
              continue;
            }
            failure = {
              status: 'conflict',
              pending,
              message: error.message,
              action: head.action,
              conflicts: error.conflicts,
              plan,
            };
          } else {
            const signedOut = error instanceof StoreError && error.code === 'signed-out';
            failure = {
              status: signedOut ? 'signed-out' : 'failed',
              pending,
              message: describe(error),
            };
          }
          publish();
          return;
        }
      }
    } finally {
      sending = false;
    }
  }

  /** The head, merged: the actions behind it are rebased on the merge (rebase-queue.ts). */
  function replaceHead(resolved: SaveAction) {
    const [head, ...rest] = queue;
    if (!head) return;
    const rebased = rebaseLater(
      head.action,
      resolved,
      rest.map((queued) => queued.action),
    );
    queue = [
      { action: resolved },
      ...rest.map((queued, i) => ({ ...queued, action: rebased[i]! })),
    ];
  }

  function setAside(
    action: SaveAction,
    message: string,
    before: StoredEngagement | null,
    known: ReadonlyMap<string, string>,
  ) {
    const base = before ? baseRecords([action], before, known) : [];
    notSaved = [...notSaved, { id: ++nextNotSavedId, action, message, base }];
  }

  const enqueue = (queued: Queued) => {
    const overLimit = limitProblem(queued.action);
    if (overLimit) {
      if (queued.settle) queued.settle.reject(new StoreError('invalid', overLimit));
      else setAside(queued.action, overLimit, view(), confirmed?.known ?? new Map());
      publish();
      return;
    }
    recovered = 0;
    queue = [...queue, queued];
    publish();
    if (!failure) void drain();
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      const unsubscribe = store.subscribeStatus?.((status) => {
        backend = status;
        publish();
      });
      running = true;
      if (outbox && !confirmed) leftBehind = outbox.claimLeftBehind().catch(() => []);
      if (!confirmed && !loadError) load();
      return () => {
        unsubscribe?.();
        loadToken += 1; // a load still under way lands nowhere
        running = false;
        outbox?.close();
      };
    },
    save: (action) => enqueue({ action }),
    commit: (action) =>
      new Promise<void>((resolve, reject) => enqueue({ action, settle: { resolve, reject } })),
    retry() {
      if (failure) retried = Math.max(retried, queue.length);
      failure = null;
      publish();
      void drain();
    },
    resolveConflict(choice) {
      if (!failure || failure.status !== 'conflict' || !confirmed) return;
      const { action, plan, conflicts } = failure;
      adoptStored(conflicts);
      replaceHead(resolveAction(action, plan, choice));
      failure = null;
      publish();
      void drain();
    },
    reload() {
      // Unsaved actions stay queued: they are applied on top of the freshly loaded engagement.
      confirmed = null;
      failure = null;
      loadError = null;
      publish();
      load();
    },
    refresh: () => load(),
    retryNotSaved(id) {
      const item = notSaved.find((candidate) => candidate.id === id);
      const now = view();
      if (!item || !now) return;
      notSaved = notSaved.filter((candidate) => candidate.id !== id);
      enqueue({ action: rebaseSetAside(item, now) });
    },
    fixNotSaved(id, fixed) {
      const item = notSaved.find((candidate) => candidate.id === id);
      const now = view();
      if (!item || !now) return;
      notSaved = notSaved.filter((candidate) => candidate.id !== id);
      enqueue({ action: rebaseSetAside({ ...item, action: fixed }, now) });
    },
    discardNotSaved(id) {
      notSaved = notSaved.filter((candidate) => candidate.id !== id);
      publish();
    },
  };
}

/** Replace the local copy of a conflicting record with what the store holds now. */
function takeStored(engagement: StoredEngagement, conflict: StoreConflict): StoredEngagement {
  if (conflict.collection === 'profile') {
    return conflict.current
      ? { ...engagement, profile: conflict.current as StoredEngagement['profile'] }
      : engagement;
  }
  const records = engagement[conflict.collection] as readonly { id: string }[];
  const others = records.filter((record) => record.id !== conflict.id);
  return {
    ...engagement,
    [conflict.collection]: conflict.current ? [...others, conflict.current] : others,
  };
}
