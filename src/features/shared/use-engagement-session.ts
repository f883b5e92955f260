import { useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  createEngagementSession,
  type SessionActions,
  type SessionState,
} from '../../application/session/engagement-session';
import type { EngagementStore } from '../../ports/engagement-store';
import type { Outbox } from '../../ports/outbox';

/** The session as components see it: its current state and its actions. */
export interface EngagementSession extends SessionActions {
  readonly state: SessionState;
  /**
   * The state now, for work that runs later than the render it was set up in (an Undo clicked
   * after its dialog closed): `state` is the render's snapshot.
   */
  readonly getState: () => SessionState;
}

/**
 * React's view of an engagement session (application/session/engagement-session.ts holds the
 * queue, retries and conflict merges): the state re-renders the screen, and while actions are
 * unsaved the browser asks before the page is left. Mount it keyed by engagement id.
 */
export function useEngagementSession(
  store: EngagementStore,
  engagementId: string,
  outbox?: Outbox,
): EngagementSession {
  const session = useMemo(
    () =>
      createEngagementSession(store, engagementId, {
        ...(outbox && { outbox: outbox.open(engagementId) }),
      }),
    [store, engagementId, outbox],
  );
  useEffect(() => session.start(), [session]);
  const state = useSyncExternalStore(session.subscribe, session.getState);

  const pending =
    state.status === 'ready' && (state.sync.status !== 'saved' || state.notSaved.length > 0);
  useEffect(() => {
    if (!pending) return undefined;
    // Unsaved actions would be lost with the page: let the browser ask before leaving.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pending]);

  return useMemo(
    () => ({
      state,
      getState: session.getState,
      save: session.save,
      commit: session.commit,
      retry: session.retry,
      resolveConflict: session.resolveConflict,
      reload: session.reload,
      refresh: session.refresh,
      retryNotSaved: session.retryNotSaved,
      discardNotSaved: session.discardNotSaved,
      fixNotSaved: session.fixNotSaved,
    }),
    [session, state],
  );
}
