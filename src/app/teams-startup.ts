/**
 * Teams mode's start-up, outside React: picking the adapters for the host's context, pointing the
 * hash at the tab's engagement, the 15 s load guard, and turning auth errors into the failure pages
 * and reasons Teams understands (docs/platform.md#loading-indicator).
 */
import { AuthError, type Auth } from '../ports/auth';
import type { EngagementStore } from '../ports/engagement-store';
import type { HostContext, LoadFailureReason, TeamsHost } from '../ports/host-context';
import type { ChannelPoster } from '../ports/channel-poster';
import type { TaskPlanner } from '../ports/task-planner';
import { formatRoute, parseRoute, reviewIdOfSubPage } from '../features/shell/use-hash-route';
import {
  createTeamsAuth,
  createTeamsStore,
  createTeamsTaskPlanner,
  createTeamsChannelPoster,
  type TeamsEnv,
} from './teams-services';

/**
 * Teams shows its own error if the tab reports nothing within 30 s
 * (docs/platform.md#loading-indicator); we give up at 15 s.
 */
export const LOAD_GUARD_MS = 15_000;

/** The personal app's entity id (manifest `staticTabs`): the list of engagements. */
export const PERSONAL_ENTITY_ID = 'engagements';

export interface Failure {
  readonly reason: LoadFailureReason;
  readonly title: string;
  readonly detail: string;
  readonly tips: readonly string[];
  readonly canRetry: boolean;
}

export type Phase =
  | { readonly kind: 'starting' }
  | {
      readonly kind: 'sign-in';
      readonly auth: Auth;
      readonly store: EngagementStore;
      readonly message: string | null;
      readonly busy: boolean;
    }
  | { readonly kind: 'ready'; readonly store: EngagementStore | null }
  | { readonly kind: 'failed'; readonly failure: Failure };

export const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

/**
 * The host as features see it: `notifySuccess`/`notifyFailure` go out at most once (together),
 * and either one stops the load guard.
 */
export function settlingHost(host: TeamsHost, onSettled: () => void): TeamsHost {
  let settled = false;
  const settle = () => {
    if (settled) return false;
    settled = true;
    onSettled();
    return true;
  };
  return {
    get context() {
      return host.context;
    },
    onThemeChange: (listener) => host.onThemeChange(listener),
    notifyAppLoaded: () => host.notifyAppLoaded(),
    notifySuccess: () => {
      if (settle()) host.notifySuccess();
    },
    notifyFailure: (reason, message) => {
      if (settle()) host.notifyFailure(reason, message);
    },
    setConfigValid: (valid) => host.setConfigValid(valid),
    onConfigSave: (handler) => host.onConfigSave(handler),
  };
}

export function authFailure(error: unknown): Failure {
  if (error instanceof AuthError && error.code === 'wrong-tenant') {
    return {
      reason: 'AuthFailed',
      title: 'You are signed in to a different organisation',
      detail: error.message,
      tips: [
        'Sign out of other Microsoft 365 accounts in this browser or Teams client, then reopen the tab.',
        'Make sure you opened the tab from the team that owns this engagement.',
      ],
      canRetry: false,
    };
  }
  return {
    reason: 'AuthFailed',
    title: "Tandem couldn't get access to Microsoft 365",
    detail: messageOf(error),
    tips: [
      'Reload the tab.',
      'If it keeps failing, ask your Microsoft 365 admin whether Tandem is allowed in your organisation.',
    ],
    canRetry: true,
  };
}

export const needsUser = (error: unknown) =>
  error instanceof AuthError &&
  (error.code === 'interaction-required' || error.code === 'consent-required');

/**
 * Points the hash at the tab's engagement before the shell reads it, with a deep-linked row
 * (subPageId = the row id) or a review (subPageId `review:<reviewId>`).
 */
export function routeToEntity(engagementId: string, subPageId: string | null) {
  const current = parseRoute(window.location.hash);
  const same = current.engagementId === engagementId;
  if (same && !subPageId) return;
  const reviewId = reviewIdOfSubPage(subPageId);
  const hash = reviewId
    ? formatRoute({ engagementId, view: 'reviews', reviewId })
    : formatRoute({
        engagementId,
        view: subPageId || !same ? 'matrix' : current.view,
        rowId: subPageId ?? current.rowId,
      });
  window.history.replaceState(null, '', hash);
}

export type Setup =
  | {
      readonly auth: Auth;
      readonly store: EngagementStore | null;
      readonly planner: TaskPlanner | null;
      readonly channel: ChannelPoster | null;
    }
  | { readonly failure: Failure };

/** Picks Teams mode's adapters and points the hash at the tab's engagement. */
export function startTeamsMode(context: HostContext): Setup {
  const env = import.meta.env as TeamsEnv;
  try {
    const auth = createTeamsAuth(context, env);
    const store = createTeamsStore(context, auth, env);
    const planner = createTeamsTaskPlanner(context, auth, env);
    const channel = createTeamsChannelPoster(context, auth, env);
    if (
      context.frameContext === 'content' &&
      context.page.id &&
      context.page.id !== PERSONAL_ENTITY_ID
    ) {
      routeToEntity(context.page.id, context.page.subPageId);
    }
    return { auth, store, planner, channel };
  } catch (error) {
    return {
      failure: {
        reason: 'Other',
        title: 'Tandem is not set up correctly',
        detail: messageOf(error),
        tips: ['Ask whoever deployed Tandem to check its configuration.'],
        canRetry: false,
      },
    };
  }
}

/** Fires once after LOAD_GUARD_MS unless stopped (by notifySuccess/notifyFailure). */
export function createLoadGuard() {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    start(onTimeout: () => void) {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        onTimeout();
      }, LOAD_GUARD_MS);
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
