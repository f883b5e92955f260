/**
 * MSAL's failures translated into the port's `AuthError` codes, each with a sentence that tells the
 * person what to do (the UI's button is "Sign in"). MSAL's own error stays as `cause`.
 *
 * Errors are read by `errorCode`/`subError`/`name` rather than `instanceof`, because under nested
 * app authentication the host's bridge errors arrive re-created by msal-browser's NAA adapter with
 * the host's inner code (an `InteractionRequiredAuthError` may carry an empty or host-specific code),
 * and a duplicated msal-browser copy would defeat `instanceof`.
 */
import { AuthError } from '../../ports/auth';
import { wrongTenantError } from './auth-tenant';

interface MsalErrorShape {
  readonly name?: unknown;
  readonly errorCode?: unknown;
  readonly subError?: unknown;
  readonly errorMessage?: unknown;
  readonly message?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** msal-common `InteractionRequiredAuthErrorCodes`, plus "no account/session to be silent with". */
const NEEDS_USER = new Set([
  'interaction_required',
  'login_required',
  'no_tokens_found',
  'refresh_token_expired',
  'bad_token',
  'ui_not_allowed',
  'interrupted_user',
  'native_account_unavailable',
  'no_account_error',
  'no_account_found',
  'no_account_in_silent_request',
]);
/** The user has not consented (AADSTS65001), or only an admin may (AADSTS90094, AADSTS90008). */
const NO_CONSENT = /\bconsent_required\b|AADSTS65001|AADSTS90094|AADSTS90008/;
/** "User account … does not exist in tenant …": the person is neither member nor guest there. */
const NOT_IN_TENANT = /AADSTS50020/;
/** BrowserAuthError `user_cancelled`; ClientAuthError `user_canceled` (NAA: the host's cancel). */
const CANCELLED = new Set(['user_cancelled', 'user_canceled']);
const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error']);
/**
 * Sign-in in the background gave up: outside NAA, msal-browser's hidden iframe did not hear back
 * (`monitor_window_timeout` after its 10 s, `timed_out`), which a click on "Sign in" resolves.
 */
const SILENT_GAVE_UP = new Set(['monitor_window_timeout', 'timed_out']);

export interface AuthErrorContext {
  /** The scopes that were asked for: a consent message names them. */
  readonly scopes: readonly string[];
  /** The Teams context's tenant, for AADSTS50020. */
  readonly tenantId: string | null;
}

export function toAuthError(error: unknown, context: AuthErrorContext): AuthError {
  if (error instanceof AuthError) return error;
  const shape: MsalErrorShape = typeof error === 'object' && error !== null ? error : {};
  const code = text(shape.errorCode);
  const subError = text(shape.subError);
  const detail = `${code} ${subError} ${text(shape.errorMessage) || text(shape.message)}`;

  if (CANCELLED.has(code)) {
    return new AuthError('cancelled', 'Sign-in was cancelled. Select "Sign in" to try again.', {
      cause: error,
    });
  }
  if (context.tenantId && NOT_IN_TENANT.test(detail)) {
    return wrongTenantError('', null, context.tenantId, error);
  }
  if (NO_CONSENT.test(`${code} ${subError}`) || NO_CONSENT.test(detail)) {
    return new AuthError(
      'consent-required',
      `Tandem needs your permission to use ${context.scopes.join(', ')} in Microsoft 365. ` +
        'Select "Sign in" and accept the permission request. If it says an admin must approve, ' +
        'ask your Microsoft 365 admin to grant consent for Tandem.',
      { cause: error },
    );
  }
  if (text(shape.name) === 'InteractionRequiredAuthError' || NEEDS_USER.has(code)) {
    return new AuthError(
      'interaction-required',
      'Tandem needs you to sign in to Microsoft 365 again. Select "Sign in" to continue.',
      { cause: error },
    );
  }
  if (SILENT_GAVE_UP.has(code)) {
    return new AuthError(
      'interaction-required',
      'Tandem could not sign you in in the background: the Microsoft 365 sign-in page did not answer in time. Select "Sign in" to continue.',
      { cause: error },
    );
  }
  if (POPUP_BLOCKED.has(code)) {
    return new AuthError(
      'unavailable',
      'The browser blocked the sign-in window. Allow pop-ups for this site, then select "Sign in" again.',
      { cause: error },
    );
  }
  if (code === 'interaction_in_progress') {
    return new AuthError(
      'unavailable',
      'A sign-in window is already open. Finish signing in there, then try again.',
      { cause: error },
    );
  }
  // MSAL's own text is for developers (links, internals): people get its code; the rest keep theirs.
  const why = code ? `error ${code}` : text(shape.message) || String(error);
  return new AuthError(
    'unavailable',
    `Couldn't sign in to Microsoft 365 (${why}). Check the connection and try again.`,
    { cause: error },
  );
}
