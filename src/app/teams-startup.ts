/**
 * Teams mode's start-up, outside React: pointing the hash at the tab's engagement, the 15 s load
 * guard, and turning auth errors into the failure pages and reasons Teams understands
 * (docs/platform.md#loading-indicator).
 */
import { AuthError } from '../ports/auth';
import type { EngagementStore } from '../ports/engagement-store';
import type { HostContext, LoadFailureReason, TeamsHost } from '../ports/host-context';
import { formatRoute, parseRoute, reviewIdOfSubPage } from '../features/shared/use-hash-route';

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
    openLink: (url) => host.openLink(url),
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

/** A channel tab's content page opens its engagement (and the row or review deep-linked to). */
export function pointHashAtTab(context: HostContext) {
  if (
    context.frameContext === 'content' &&
    context.page.id &&
    context.page.id !== PERSONAL_ENTITY_ID
  )
    routeToEntity(context.page.id, context.page.subPageId);
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
