import { useCallback, useEffect, useState } from 'react';
import type { LoadFailureReason } from '../../ports/host-context';
import { AuthError } from '../../ports/auth';
import { DirectoryError, type ReachableTeam } from '../../ports/engagement-directory';
import type { PersonalTabServices } from './personal-tab-services';

export type PersonalState =
  | { readonly kind: 'loading'; readonly step: 'signing-in' | 'reading' }
  | { readonly kind: 'sign-in'; readonly busy: boolean; readonly message: string | null }
  | { readonly kind: 'loaded'; readonly teams: readonly ReachableTeam[] }
  | {
      readonly kind: 'failed';
      readonly reason: LoadFailureReason;
      readonly title: string;
      readonly message: string;
    };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A token that needs the user (sign-in or consent) is asked for again from a click. */
const needsUser = (error: unknown) =>
  error instanceof AuthError &&
  (error.code === 'interaction-required' || error.code === 'consent-required');

function authFailed(error: unknown): PersonalState {
  const wrongTenant = error instanceof AuthError && error.code === 'wrong-tenant';
  return {
    kind: 'failed',
    reason: 'AuthFailed',
    title: wrongTenant
      ? 'You are signed in to a different organisation'
      : "Tandem couldn't get access to Microsoft 365",
    message: messageOf(error),
  };
}

function listFailed(error: unknown): PersonalState {
  const forbidden = error instanceof DirectoryError && error.code === 'forbidden';
  return {
    kind: 'failed',
    reason: 'Other',
    title: forbidden ? "Tandem isn't allowed to see your teams" : "Your teams couldn't be read",
    message: messageOf(error),
  };
}

/**
 * The personal tab's data: a silent token first (so a needed sign-in shows before any Graph call,
 * as TeamsApp does for channel tabs), then every team the user can reach. `signIn` is the click
 * behind "Sign in"; `retry` reads again after a failure.
 */
export function useReachableEngagements(services: PersonalTabServices) {
  const [state, setState] = useState<PersonalState>({ kind: 'loading', step: 'signing-in' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    const { authorize, directory, userUpn } = services;
    authorize()
      .then(
        () => {
          if (!live) return;
          setState({ kind: 'loading', step: 'reading' });
          return directory.listReachable({ leadUpn: userUpn }).then(
            (teams) => live && setState({ kind: 'loaded', teams }),
            (error: unknown) => live && setState(listFailed(error)),
          );
        },
        (error: unknown) => {
          if (!live) return;
          setState(
            needsUser(error) ? { kind: 'sign-in', busy: false, message: null } : authFailed(error),
          );
        },
      )
      .catch((error: unknown) => live && setState(listFailed(error)));
    return () => {
      live = false;
    };
  }, [services, generation]);

  const signIn = useCallback(async () => {
    setState({ kind: 'sign-in', busy: true, message: null });
    try {
      await services.authorize({ interactive: true });
      setState({ kind: 'loading', step: 'signing-in' });
      setGeneration((count) => count + 1);
    } catch (error) {
      if (error instanceof AuthError && error.code === 'wrong-tenant') setState(authFailed(error));
      else {
        const cancelled = error instanceof AuthError && error.code === 'cancelled';
        setState({
          kind: 'sign-in',
          busy: false,
          message: cancelled
            ? 'Sign-in was cancelled. Select Sign in to try again.'
            : messageOf(error),
        });
      }
    }
  }, [services]);

  const retry = useCallback(() => {
    setState({ kind: 'loading', step: 'signing-in' });
    setGeneration((count) => count + 1);
  }, []);

  return { state, signIn, retry };
}
