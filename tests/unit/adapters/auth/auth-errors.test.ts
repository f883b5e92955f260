import {
  AuthError as MsalError,
  BrowserAuthError,
  ClientAuthError,
  InteractionRequiredAuthError,
  ServerError,
} from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { toAuthError } from '../../../../src/adapters/auth/auth-errors';
import { AuthError } from '../../../../src/ports/auth';

const context = { scopes: ['Sites.Manage.All'], tenantId: 'team-tenant' };

describe("toAuthError: MSAL's errors as the port's codes", () => {
  it.each([
    ['a silent call without a session', new InteractionRequiredAuthError('login_required', 'c')],
    // NAA: the host's "user interaction required" arrives with the host's inner code (or none).
    ['the NAA host asking for the user', new InteractionRequiredAuthError('', 'c')],
    ['an expired refresh token', new InteractionRequiredAuthError('refresh_token_expired', 'c')],
    ['no account to be silent with', new BrowserAuthError('no_account_error', 'c')],
  ])('%s → interaction-required', (_, error) => {
    const mapped = toAuthError(error, context);
    expect(mapped.code).toBe('interaction-required');
    expect(mapped.cause).toBe(error);
  });

  it.each([
    ['consent_required code', new InteractionRequiredAuthError('consent_required', 'c')],
    [
      'consent_required sub-error',
      new InteractionRequiredAuthError('invalid_grant', 'c', 'no', 'consent_required'),
    ],
    [
      'admin consent needed (AADSTS90094)',
      new ServerError('access_denied', 'c', 'AADSTS90094: Admin consent is required.'),
    ],
  ])('%s → consent-required naming the scopes', (_, error) => {
    const mapped = toAuthError(error, context);
    expect(mapped.code).toBe('consent-required');
    expect(mapped.message).toContain('Sites.Manage.All');
  });

  it('a closed sign-in window → cancelled', () => {
    expect(toAuthError(new BrowserAuthError('user_cancelled', 'c'), context).code).toBe(
      'cancelled',
    );
  });

  it('issue 14 item 4: the hidden-iframe sign-in that timed out → interaction-required, in words, not MSAL text', () => {
    const timeout = new BrowserAuthError(
      'monitor_window_timeout',
      'Token acquisition in iframe failed due to timeout. For more visit: aka.ms/msaljs/browser-errors',
    );
    const mapped = toAuthError(timeout, context);
    expect(mapped.code).toBe('interaction-required');
    expect(mapped.message).toBe(
      'Tandem could not sign you in in the background: the Microsoft 365 sign-in page did not answer in time. Select "Sign in" to continue.',
    );
    const odd = new MsalError('unknown_error', 'c', 'See aka.ms/msaljs/browser-errors');
    expect(toAuthError(odd, context).message).not.toMatch(/aka\.ms/);
  });

  it('a blocked popup → unavailable, saying to allow pop-ups', () => {
    const mapped = toAuthError(new BrowserAuthError('popup_window_error', 'c'), context);
    expect(mapped.code).toBe('unavailable');
    expect(mapped.message).toMatch(/Allow pop-ups/);
  });

  it('network and unknown failures → unavailable with the cause kept', () => {
    const offline = new ClientAuthError('no_network_connectivity', 'c');
    expect(toAuthError(offline, context)).toMatchObject({ code: 'unavailable', cause: offline });
    const odd = new MsalError('unknown_error', 'c', 'An unknown error occurred');
    expect(toAuthError(odd, context)).toMatchObject({ code: 'unavailable', cause: odd });
    const plain = new TypeError('Failed to fetch');
    expect(toAuthError(plain, context).message).toContain('Failed to fetch');
  });

  it('an AADSTS50020 is wrong-tenant only when there is a team tenant to name', () => {
    const notInTenant = new ServerError('invalid_request', 'c', 'AADSTS50020: User account …');
    expect(toAuthError(notInTenant, context).code).toBe('wrong-tenant');
    expect(toAuthError(notInTenant, { ...context, tenantId: null }).code).toBe('unavailable');
  });

  it("passes the port's own AuthError through unchanged", () => {
    const own = new AuthError('wrong-tenant', 'signed in elsewhere');
    expect(toAuthError(own, context)).toBe(own);
  });
});
