import { useCallback, useEffect, useMemo, useState } from 'react';
import { AuthError } from '../ports/auth';
import type { TeamsHost } from '../ports/host-context';
import type { AppServices } from '../features/shared/services-context';
import type { TeamsComposition } from './compose-teams';
import {
  authFailure,
  LOAD_GUARD_MS,
  createLoadGuard,
  messageOf,
  needsUser,
  settlingHost,
  type Failure,
  type Phase,
} from './teams-startup';

/**
 * Teams mode's start-up phases: tell the host the shell is up, guard the load (15 s), ask
 * silently for the store's token so sign-in problems show before any data call, offer Sign in
 * when the user must act, and build the features' services once the store may be used.
 */
export function useTeamsStartup(host: TeamsHost, composition: TeamsComposition) {
  const [phase, setPhase] = useState<Phase>(() =>
    'failure' in composition
      ? { kind: 'failed', failure: composition.failure }
      : composition.store
        ? { kind: 'starting' }
        : { kind: 'ready', store: null },
  );
  const [guard] = useState(createLoadGuard);
  const appHost = useMemo(() => settlingHost(host, guard.stop), [host, guard]);

  const fail = useCallback(
    (failure: Failure) => {
      appHost.notifyFailure(failure.reason, `${failure.title}. ${failure.detail}`);
      setPhase({ kind: 'failed', failure });
    },
    [appHost],
  );

  // The shell is up: the host may hide its loading indicator. Then the guard starts.
  useEffect(() => {
    host.notifyAppLoaded();
    if ('failure' in composition) {
      appHost.notifyFailure(
        composition.failure.reason,
        `${composition.failure.title}. ${composition.failure.detail}`,
      );
      return;
    }
    guard.start(() =>
      fail({
        reason: 'Timeout',
        title: 'Tandem took too long to load',
        detail: `Nothing arrived from the team's SharePoint site within ${LOAD_GUARD_MS / 1000} seconds.`,
        tips: [
          'Check your network connection, then reload the tab.',
          'SharePoint may be busy: wait a minute and try again.',
        ],
        canRetry: true,
      }),
    );
    return guard.stop;
  }, [host, composition, appHost, guard, fail]);

  // Ask silently for a token first, so sign-in problems show before any data call.
  useEffect(() => {
    if ('failure' in composition || !composition.store) return;
    let live = true;
    const { auth, store, storeScopes } = composition;
    auth.getToken(storeScopes).then(
      () => live && setPhase({ kind: 'ready', store }),
      (error: unknown) => {
        if (!live) return;
        if (needsUser(error)) {
          // The page the user needs is on screen: without this Teams would time out over it.
          appHost.notifySuccess();
          setPhase({ kind: 'sign-in', store, message: null, busy: false });
        } else fail(authFailure(error));
      },
    );
    return () => {
      live = false;
    };
  }, [composition, appHost, fail]);

  // The personal tab has no team, hence no store: it reads every team the user is in instead.
  // Made once: a new directory would read again.
  const [personal] = useState(() =>
    'failure' in composition || !composition.personal ? null : composition.personal(appHost),
  );

  const services = useMemo<AppServices | null>(
    () =>
      phase.kind !== 'ready' || !phase.store || 'failure' in composition
        ? null
        : composition.appServices(phase.store, appHost),
    [phase, appHost, composition],
  );

  const signIn = async () => {
    if (phase.kind !== 'sign-in' || 'failure' in composition) return;
    const { store } = phase;
    setPhase({ ...phase, busy: true, message: null });
    try {
      await composition.auth.getToken(composition.storeScopes, { interactive: true });
      setPhase({ kind: 'ready', store });
    } catch (error) {
      if (error instanceof AuthError && error.code === 'wrong-tenant') fail(authFailure(error));
      else {
        setPhase({
          kind: 'sign-in',
          store,
          busy: false,
          message:
            error instanceof AuthError && error.code === 'cancelled'
              ? 'Sign-in was cancelled. Select Sign in to try again.'
              : messageOf(error),
        });
      }
    }
  };

  return { phase, appHost, services, personal, signIn };
}
