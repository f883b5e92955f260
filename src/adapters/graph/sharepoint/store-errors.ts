/**
 * The port lets callers see `StoreError` only, so every Graph failure is translated here into a code
 * the UI can act on and a sentence a person can act on, keeping Graph's own code and message for
 * whoever reads the details. `action` completes "Couldn't …".
 *
 * Sign-in lost mid-session is `signed-out`, whichever way it shows: the token source wants the user
 * (the port's `AuthError`, kept as `cause`; nothing reached Graph), or Graph refused a token twice,
 * the second one freshly issued (401 after http/send.ts's one retry). A click on "Sign in" can fix
 * both; a blind retry cannot.
 */
import type { AuthError } from '../../../ports/auth';
import { StoreError } from '../../../ports/engagement-store';
import { GraphFailure, failureDetail, refusedToken } from '../http/send';

function explain(failure: GraphFailure): [StoreError['code'], string] {
  switch (failure.status) {
    case 0:
      return ['unavailable', "SharePoint couldn't be reached. Check the connection and try again."];
    case 400:
      return ['invalid', 'SharePoint refused the data.'];
    case 413:
      return ['invalid', 'SharePoint refused the data as too large.'];
    case 401:
      return ['signed-out', 'your Microsoft 365 sign-in has expired. Sign in again, then retry.'];
    case 403:
      return [
        'forbidden',
        "you don't have permission for the team's lists (Tandem needs Sites.ReadWrite.All, and Sites.Manage.All the first time it sets up the lists).",
      ];
    case 404:
      return ['unavailable', "the team's SharePoint site or one of Tandem's lists is gone."];
    case 429:
    case 503:
    case 504:
      return [
        'unavailable',
        'SharePoint is busy right now and kept asking Tandem to wait. Try again in a minute.',
      ];
    case 507:
      return ['quota-exceeded', "the team's SharePoint site has no storage left."];
    default:
      return ['unavailable', 'SharePoint had a problem.'];
  }
}

/** Auth codes a sign-in from a click resolves (as msal-auth.ts's popup does). */
const SIGN_IN_FIXES = new Set<AuthError['code']>([
  'interaction-required',
  'consent-required',
  'wrong-tenant',
  'cancelled',
]);

/** Whether a sign-in from a click can resolve the token source's refusal (shared by the adapters). */
export const fixedBySignIn = (error: AuthError): boolean => SIGN_IN_FIXES.has(error.code);

function fromAuthError(error: AuthError, action: string): StoreError {
  const code = fixedBySignIn(error) ? 'signed-out' : 'unavailable';
  return new StoreError(code, `Couldn't ${action}: ${error.message}`, [], { cause: error });
}

export function toStoreError(error: unknown, action: string): StoreError {
  if (error instanceof StoreError) return error;
  const refused = refusedToken(error);
  if (refused) return fromAuthError(refused, action);
  if (!(error instanceof GraphFailure)) {
    const text = error instanceof Error ? error.message : String(error);
    return new StoreError('unavailable', `Couldn't ${action}: ${text}`, [], { cause: error });
  }
  const [code, why] = explain(error);
  return new StoreError(code, `Couldn't ${action}: ${why}${failureDetail(error)}`, [], {
    cause: error,
  });
}
