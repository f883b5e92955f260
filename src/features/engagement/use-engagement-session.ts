import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  StoreError,
  type EngagementStore,
  type StoreConflict,
  type StoredEngagement,
  type StoreStatus,
} from '../../ports/engagement-store';
import { planConflictResolution, resolveAction, type ConflictPlan } from './merge-conflicts';
import {
  applyIntents,
  PROFILE_KEY,
  toStoreChanges,
  versionKey,
  versionsOf,
  withVersions,
  type EditIntent,
} from './edit-intent';

/** One user action: what it changes, and the words the UI uses for it ("Archived Backup …"). */
export interface SaveAction {
  readonly label: string;
  readonly intents: readonly EditIntent[];
}

/** What the sync indicator shows. `pending` counts actions not yet confirmed by the store. */
export type SyncState =
  | { readonly status: 'saved' }
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

export type SessionState =
  | { readonly status: 'loading'; readonly backend: StoreStatus }
  | { readonly status: 'error'; readonly message: string; readonly code: string }
  | {
      readonly status: 'ready';
      readonly engagement: StoredEngagement;
      readonly sync: SyncState;
      /** A remote store waiting to retry (throttled): shown instead of a frozen spinner. */
      readonly backend: StoreStatus;
    };

export interface EngagementSession {
  readonly state: SessionState;
  /** Show the change at once and queue it for the store. Never throws; failures land in `sync`. */
  save(action: SaveAction): void;
  /** Send the queued actions again after a failure (after signing in again, for `signed-out`). */
  retry(): void;
  /** After a conflict: keep this user's values over the stored ones, or take the stored ones. */
  resolveConflict(choice: 'mine' | 'theirs'): void;
  reload(): void;
  /**
   * Load the stored engagement again while the one on screen stays (no loading state): after
   * another writer for this user, such as the Planner sync, committed to the store directly.
   */
  refresh(): void;
}

interface Confirmed {
  readonly engagement: StoredEngagement;
  readonly known: Map<string, string>;
}

const MAX_AUTO_MERGES = 3;

const describe = (error: unknown) =>
  error instanceof StoreError ? error.message : 'The change could not be saved.';

/**
 * Holds one engagement for the UI and writes each user action through the store, in order.
 *
 * The screen shows `confirmed` + the queue, so a slow or failing store never takes the user's edit
 * off the screen. A failed write stops the queue (later actions may depend on it) until Retry (or,
 * when the sign-in was lost, until the user signs in again); a conflict asks the user to choose,
 * showing both values. Mount it keyed by engagement id.
 */
export function useEngagementSession(
  store: EngagementStore,
  engagementId: string,
): EngagementSession {
  const [confirmed, setConfirmed] = useState<Confirmed | null>(null);
  const [queue, setQueue] = useState<readonly SaveAction[]>([]);
  const [loadError, setLoadError] = useState<{ message: string; code: string } | null>(null);
  const [failure, setFailure] = useState<Extract<
    SyncState,
    { status: 'failed' | 'signed-out' | 'conflict' }
  > | null>(null);
  const [loadCount, setLoadCount] = useState(0);
  const [backend, setBackend] = useState<StoreStatus>({ kind: 'idle' });
  useEffect(() => store.subscribeStatus?.(setBackend), [store]);
  const confirmedRef = useRef<Confirmed | null>(null);
  const queueRef = useRef<SaveAction[]>([]);
  const sendingRef = useRef(false);

  const publish = useCallback(() => {
    setConfirmed(confirmedRef.current);
    setQueue([...queueRef.current]);
  }, []);

  useEffect(() => {
    let cancelled = false;
    store.loadEngagement(engagementId).then(
      (engagement) => {
        if (cancelled) return;
        confirmedRef.current = { engagement, known: versionsOf(engagement) };
        publish();
      },
      (error: unknown) => {
        if (cancelled) return;
        setLoadError({
          message: describe(error),
          code: error instanceof StoreError ? error.code : 'unavailable',
        });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store, engagementId, loadCount, publish]);

  /** Take the stored version of conflicting records as the new base (values and versions). */
  const adoptStored = useCallback((conflicts: readonly StoreConflict[]) => {
    const confirmedNow = confirmedRef.current;
    if (!confirmedNow) return;
    const known = new Map(confirmedNow.known);
    let engagement = confirmedNow.engagement;
    for (const conflict of conflicts) {
      const key =
        conflict.collection === 'profile'
          ? PROFILE_KEY
          : versionKey(conflict.collection, conflict.id);
      if (conflict.current) known.set(key, conflict.current.version);
      else known.delete(key);
      engagement = takeStored(engagement, conflict);
    }
    confirmedRef.current = { engagement, known };
  }, []);

  const drain = useCallback(async () => {
    if (sendingRef.current) return;
    sendingRef.current = true;
    let autoMerges = 0;
    try {
      for (
        let head = queueRef.current[0];
        head && confirmedRef.current;
        head = queueRef.current[0]
      ) {
        const current: Confirmed = confirmedRef.current;
        try {
          const result = await store.commit(
            engagementId,
            toStoreChanges(head.intents, current.known),
          );
          const known = withVersions(current.known, result);
          confirmedRef.current = {
            known,
            engagement: applyIntents(current.engagement, head.intents, known),
          };
          queueRef.current = queueRef.current.slice(1);
          autoMerges = 0;
          publish();
        } catch (error) {
          const pending = queueRef.current.length;
          if (error instanceof StoreError && error.code === 'conflict') {
            const plan = planConflictResolution(head, error.conflicts, current.engagement);
            // Nobody changed the same field: save the merge without asking (bounded, in case
            // the record keeps moving under us).
            if (plan.clean && autoMerges < MAX_AUTO_MERGES) {
              autoMerges += 1;
              adoptStored(error.conflicts);
              queueRef.current = [resolveAction(head, plan, 'mine'), ...queueRef.current.slice(1)];
              publish();
              continue;
            }
            setFailure({
              status: 'conflict',
              pending,
              message: error.message,
              action: head,
              conflicts: error.conflicts,
              plan,
            });
          } else {
            const signedOut = error instanceof StoreError && error.code === 'signed-out';
            setFailure({
              status: signedOut ? 'signed-out' : 'failed',
              pending,
              message: describe(error),
            });
          }
          return;
        }
      }
    } finally {
      sendingRef.current = false;
    }
  }, [store, engagementId, publish, adoptStored]);

  const save = useCallback(
    (action: SaveAction) => {
      queueRef.current = [...queueRef.current, action];
      publish();
      if (!failure) void drain();
    },
    [drain, failure, publish],
  );

  const retry = useCallback(() => {
    setFailure(null);
    void drain();
  }, [drain]);

  const resolveConflict = useCallback(
    (choice: 'mine' | 'theirs') => {
      if (!failure || failure.status !== 'conflict' || !confirmedRef.current) return;
      adoptStored(failure.conflicts);
      queueRef.current = [
        resolveAction(failure.action, failure.plan, choice),
        ...queueRef.current.slice(1),
      ];
      publish();
      setFailure(null);
      void drain();
    },
    [adoptStored, drain, failure, publish],
  );

  useEffect(() => {
    if (queue.length === 0) return undefined;
    // Unsaved actions would be lost with the page: let the browser ask before leaving.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [queue.length]);

  const state = useMemo((): SessionState => {
    if (loadError) return { status: 'error', ...loadError };
    if (!confirmed) return { status: 'loading', backend };
    const engagement = queue.reduce(
      (view, action) => applyIntents(view, action.intents, confirmed.known),
      confirmed.engagement,
    );
    // `pending` is counted now: actions saved after the failure wait in the queue too.
    const sync: SyncState = failure
      ? { ...failure, pending: queue.length }
      : queue.length > 0
        ? { status: 'saving', pending: queue.length }
        : { status: 'saved' };
    return { status: 'ready', engagement, sync, backend };
  }, [confirmed, queue, failure, loadError, backend]);

  const reload = useCallback(() => {
    // Unsaved actions stay queued: they are applied on top of the freshly loaded engagement.
    confirmedRef.current = null;
    setFailure(null);
    setLoadError(null);
    publish();
    setLoadCount((count) => count + 1);
  }, [publish]);

  const refresh = useCallback(() => setLoadCount((count) => count + 1), []);

  return { state, save, retry, resolveConflict, reload, refresh };
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
