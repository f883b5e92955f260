import {
  BrowserAuthError,
  ClientAuthError,
  InteractionRequiredAuthError,
  ServerError,
} from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { createMsalAuth, type MsalAuthOptions } from '../../../../src/adapters/auth/msal-auth';
import { AuthError } from '../../../../src/ports/auth';
import { CUSTOMER, FakeMsal, account, result } from '../../../fakes/fake-msal';

const MSP = '22222222-bbbb-4bbb-8bbb-222222222222';
const ELSEWHERE = '33333333-cccc-4ccc-8ccc-333333333333';
const SCOPES = ['Sites.Read.All'];

function auth(msal: FakeMsal, options: Partial<MsalAuthOptions> = {}) {
  return createMsalAuth({
    clientId: 'client-id',
    cloud: 'global',
    tenantId: CUSTOMER,
    loginHint: 'alice@customer.com',
    redirectUri: 'https://tandem.example/auth.html',
    insideTeams: true,
    msal,
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}

describe('createMsalAuth: silent first', () => {
  it('uses the cached account of the team tenant that matches the login hint', async () => {
    const msal = new FakeMsal();
    const alice = account(CUSTOMER, 'Alice@Customer.com');
    msal.accounts = [
      account(ELSEWHERE, 'alice@customer.com'),
      account(CUSTOMER, 'bob@customer.com'),
      alice,
    ];
    msal.onSilent = async (request) => result(request.account!, CUSTOMER, request.scopes, 'cached');

    await expect(auth(msal).getToken(SCOPES)).resolves.toBe('cached');
    expect(msal.calls).toEqual([
      {
        method: 'silent',
        request: {
          scopes: SCOPES,
          account: alice,
          authority: `https://login.microsoftonline.com/${CUSTOMER}`,
        },
      },
    ]);
  });

  it('asks ssoSilent with the Teams login hint when no account is cached', async () => {
    const msal = new FakeMsal();
    msal.onSso = async (request) =>
      result(account(CUSTOMER, 'alice@customer.com'), CUSTOMER, request.scopes, 'sso');

    await expect(auth(msal).getToken(SCOPES)).resolves.toBe('sso');
    expect(msal.calls).toEqual([
      {
        method: 'sso',
        request: {
          scopes: SCOPES,
          loginHint: 'alice@customer.com',
          authority: `https://login.microsoftonline.com/${CUSTOMER}`,
        },
      },
    ]);
  });

  it('asks only for the scopes the caller needs now, and remembers what was granted', async () => {
    const msal = new FakeMsal();
    msal.onSso = async (request) =>
      result(account(CUSTOMER, 'alice@customer.com'), CUSTOMER, [
        ...(request.scopes ?? []),
        'User.Read',
      ]);
    const tandem = auth(msal);

    await tandem.getToken(['Sites.Read.All']);
    expect(tandem.grantedScopes()).toEqual(['Sites.Read.All', 'User.Read']);
    await tandem.getToken(['Sites.Manage.All']);

    expect(msal.calls.map((call) => call.request.scopes)).toEqual([
      ['Sites.Read.All'],
      ['Sites.Manage.All'],
    ]);
    expect(tandem.grantedScopes()).toEqual(['Sites.Read.All', 'User.Read', 'Sites.Manage.All']);
  });
});

describe('createMsalAuth: forceRefresh', () => {
  it('asks MSAL for a new token instead of the cached one, only when told', async () => {
    const msal = new FakeMsal();
    const alice = account(CUSTOMER, 'alice@customer.com');
    msal.accounts = [alice];
    let issued = 0;
    msal.onSilent = async (request) =>
      result(alice, CUSTOMER, request.scopes, request.forceRefresh ? `new-${++issued}` : 'cached');
    const tandem = auth(msal);

    await expect(tandem.getToken(SCOPES)).resolves.toBe('cached');
    await expect(tandem.getToken(SCOPES, { forceRefresh: true })).resolves.toBe('new-1');
    expect(msal.calls.map((call) => call.request)).toEqual([
      {
        scopes: SCOPES,
        account: alice,
        authority: `https://login.microsoftonline.com/${CUSTOMER}`,
      },
      {
        scopes: SCOPES,
        account: alice,
        authority: `https://login.microsoftonline.com/${CUSTOMER}`,
        forceRefresh: true,
      },
    ]);
  });

  it('still refuses to prompt: a refresh that needs the user rejects with interaction-required', async () => {
    const msal = new FakeMsal();
    msal.accounts = [account(CUSTOMER, 'alice@customer.com')];

    const error = await failure(auth(msal).getToken(SCOPES, { forceRefresh: true }));
    expect(error.code).toBe('interaction-required');
    expect(msal.calls.map((call) => call.method)).toEqual(['silent']);
  });
});

describe('createMsalAuth: when MSAL needs the user', () => {
  it('rejects with interaction-required and opens no popup unless the user asked', async () => {
    const msal = new FakeMsal();

    const error = await failure(auth(msal).getToken(SCOPES));
    expect(error.code).toBe('interaction-required');
    expect(error.message).toMatch(/Select "Sign in"/);
    expect(error.cause).toBeInstanceOf(InteractionRequiredAuthError);
    expect(msal.count('popup')).toBe(0);
  });

  it('rejects with consent-required naming the new permission, without a popup', async () => {
    const msal = new FakeMsal();
    msal.onSso = async () => {
      throw new InteractionRequiredAuthError(
        'invalid_grant',
        'c',
        'AADSTS65001: The user or administrator has not consented to use the application.',
        'consent_required',
      );
    };

    const error = await failure(auth(msal).getToken(['Sites.Manage.All']));
    expect(error.code).toBe('consent-required');
    expect(error.message).toMatch(/Sites\.Manage\.All/);
    expect(error.message).toMatch(/Select "Sign in"/);
    expect(msal.count('popup')).toBe(0);
  });

  it('opens one popup when the call comes from a click, and returns its token', async () => {
    const msal = new FakeMsal();

    await expect(auth(msal).getToken(SCOPES, { interactive: true })).resolves.toBe('popup-token');
    expect(msal.calls.map((call) => call.method)).toEqual(['sso', 'popup']);
    expect(msal.calls[1]?.request).toEqual({
      scopes: SCOPES,
      authority: `https://login.microsoftonline.com/${CUSTOMER}`,
      loginHint: 'alice@customer.com',
    });
  });

  it('goes straight to the popup on the click that follows a rejection', async () => {
    const msal = new FakeMsal();
    const tandem = auth(msal);

    await failure(tandem.getToken(SCOPES));
    await expect(tandem.getToken(SCOPES, { interactive: true })).resolves.toBe('popup-token');
    expect(msal.calls.map((call) => call.method)).toEqual(['sso', 'popup']);
  });

  it('tries silently again once a token has been issued since the rejection', async () => {
    const msal = new FakeMsal();
    const tandem = auth(msal);
    await failure(tandem.getToken(SCOPES));
    msal.onSso = async (request) =>
      result(account(CUSTOMER, 'alice@customer.com'), CUSTOMER, request.scopes, 'sso');
    await tandem.getToken(['User.Read']);

    await expect(tandem.getToken(SCOPES, { interactive: true })).resolves.toBe('sso');
    expect(msal.count('popup')).toBe(0);
  });

  it('opens a single popup for two clicks at once; the second gets its token silently', async () => {
    const msal = new FakeMsal();
    let release: () => void = () => undefined;
    msal.onPopup = async (request) => {
      await new Promise<void>((resolve) => (release = resolve));
      msal.onSso = async (again) =>
        result(account(CUSTOMER, 'alice@customer.com'), CUSTOMER, again.scopes, 'after-popup');
      return result(account(CUSTOMER, 'alice@customer.com'), CUSTOMER, request.scopes, 'popup');
    };
    const tandem = auth(msal);

    const first = tandem.getToken(SCOPES, { interactive: true });
    const second = tandem.getToken(SCOPES, { interactive: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();

    await expect(Promise.all([first, second])).resolves.toEqual(['popup', 'after-popup']);
    expect(msal.count('popup')).toBe(1);
  });

  it('reports a closed popup as cancelled (browser popup and Teams NAA prompt)', async () => {
    const msal = new FakeMsal();
    msal.onPopup = async () => {
      throw new BrowserAuthError('user_cancelled', 'c');
    };
    const browser = await failure(auth(msal).getToken(SCOPES, { interactive: true }));
    expect(browser.code).toBe('cancelled');

    const naa = new FakeMsal();
    naa.onPopup = async () => {
      throw new ClientAuthError('user_canceled', 'c');
    };
    const host = await failure(auth(naa).getToken(SCOPES, { interactive: true }));
    expect(host.code).toBe('cancelled');
    expect(host.message).toMatch(/cancelled.*Select "Sign in"/);
  });

  it('does not open a popup for a network failure, and keeps the cause', async () => {
    const msal = new FakeMsal();
    const offline = new BrowserAuthError('no_network_connectivity', 'c');
    msal.onSso = async () => {
      throw offline;
    };

    const error = await failure(auth(msal).getToken(SCOPES, { interactive: true }));
    expect(error.code).toBe('unavailable');
    expect(error.cause).toBe(offline);
    expect(msal.count('popup')).toBe(0);
  });
});

describe('createMsalAuth: the token must be for the team tenant', () => {
  it('refuses a token for another tenant and says which account to use', async () => {
    const msal = new FakeMsal();
    const bob = account(ELSEWHERE, 'bob@elsewhere.com');
    msal.accounts = [bob];
    msal.onSilent = async (request) => result(bob, ELSEWHERE, request.scopes);

    const error = await failure(auth(msal, { loginHint: 'bob@elsewhere.com' }).getToken(SCOPES));
    expect(error.code).toBe('wrong-tenant');
    expect(error.message).toBe(
      `You are signed in to tenant ${ELSEWHERE} (as bob@elsewhere.com), but this team belongs to tenant ${CUSTOMER}. ` +
        `Sign in with your account in tenant ${CUSTOMER} (your guest account there works too): select "Sign in" and pick that account.`,
    );
    expect(msal.count('popup')).toBe(0);
  });

  it("accepts a B2B guest's token for the team's (resource) tenant", async () => {
    const msal = new FakeMsal();
    // The MSP's manager: home account in the MSP tenant, a guest in the customer's team.
    const manager = account(MSP, 'manager@msp.com');
    msal.accounts = [manager];
    // The token is for the customer's tenant (result.tenantId); the account shown is their home one.
    msal.onSilent = async (request) => result(manager, CUSTOMER, request.scopes, 'guest-token');

    const guest = auth(msal, { loginHint: 'manager@msp.com' });
    await expect(guest.getToken(SCOPES)).resolves.toBe('guest-token');
    expect(msal.calls[0]?.request).toMatchObject({
      account: manager,
      authority: `https://login.microsoftonline.com/${CUSTOMER}`,
    });
  });

  it("refuses the guest's home-tenant token even though the account is theirs", async () => {
    const msal = new FakeMsal();
    const manager = account(MSP, 'manager@msp.com');
    msal.accounts = [manager];
    msal.onSilent = async (request) => result(manager, MSP, request.scopes);

    const error = await failure(auth(msal, { loginHint: 'manager@msp.com' }).getToken(SCOPES));
    expect(error.code).toBe('wrong-tenant');
    expect(error.message).toContain(`signed in to tenant ${MSP}`);
  });

  it('lets a click pick another account, and checks the tenant of that token too', async () => {
    const msal = new FakeMsal();
    const bob = account(ELSEWHERE, 'bob@elsewhere.com');
    msal.accounts = [bob];
    msal.onSilent = async (request) => result(bob, ELSEWHERE, request.scopes);
    const options = { loginHint: 'bob@elsewhere.com' };

    await expect(auth(msal, options).getToken(SCOPES, { interactive: true })).resolves.toBe(
      'popup-token',
    );
    expect(msal.calls.map((call) => call.method)).toEqual(['silent', 'popup']);
    expect(msal.calls[1]?.request).toMatchObject({ prompt: 'select_account' });

    msal.onPopup = async (request) => result(bob, ELSEWHERE, request.scopes);
    const stillWrong = await failure(auth(msal, options).getToken(SCOPES, { interactive: true }));
    expect(stillWrong.code).toBe('wrong-tenant');
  });

  it("turns Entra's AADSTS50020 (not a member or guest of the tenant) into wrong-tenant", async () => {
    const msal = new FakeMsal();
    msal.onSso = async () => {
      throw new ServerError(
        'invalid_request',
        'c',
        "AADSTS50020: User account 'bob@elsewhere.com' from identity provider does not exist in tenant 'Customer'.",
      );
    };

    const error = await failure(auth(msal).getToken(SCOPES));
    expect(error.code).toBe('wrong-tenant');
    expect(error.message).toContain(`this team belongs to tenant ${CUSTOMER}`);
  });

  it('checks nothing outside Teams, where the authority is "organizations"', async () => {
    const msal = new FakeMsal();
    const bob = account(ELSEWHERE, 'bob@elsewhere.com');
    msal.accounts = [bob];
    msal.onSilent = async (request) => result(bob, ELSEWHERE, request.scopes, 'any-tenant');

    const outside = auth(msal, { tenantId: null, loginHint: null, insideTeams: false });
    await expect(outside.getToken(SCOPES)).resolves.toBe('any-tenant');
    expect(msal.calls[0]?.request.authority).toBe(
      'https://login.microsoftonline.com/organizations',
    );
  });
});

describe('issue 13 item 5: no tenant in the Teams context, no token', () => {
  it('refuses before asking MSAL for anything, with a sentence', async () => {
    const msal = new FakeMsal();
    const error = await failure(auth(msal, { tenantId: null }).getToken(SCOPES));
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/Teams has not said which organisation this team belongs to/);
    expect(msal.calls).toEqual([]);
  });
});

describe('createMsalAuth: authority per cloud and tenant', () => {
  it.each([
    ['global', 'https://login.microsoftonline.com'],
    ['usGovL4', 'https://login.microsoftonline.us'],
    ['usGovL5', 'https://login.microsoftonline.us'],
    ['china', 'https://login.chinacloudapi.cn'],
  ] as const)('%s signs in at %s/<tenant>', async (cloud, host) => {
    const msal = new FakeMsal();
    await failure(auth(msal, { cloud }).getToken(SCOPES));
    await failure(auth(msal, { cloud, tenantId: MSP }).getToken(SCOPES));
    await failure(auth(msal, { cloud, tenantId: null, insideTeams: false }).getToken(SCOPES));

    expect(msal.calls.map((call) => call.request.authority)).toEqual([
      `${host}/${CUSTOMER}`,
      `${host}/${MSP}`,
      `${host}/organizations`,
    ]);
  });
});

describe('createMsalAuth: initialization', () => {
  it('initializes the client once, lazily, for concurrent first calls', async () => {
    const msal = new FakeMsal();
    msal.accounts = [account(CUSTOMER, 'alice@customer.com')];
    msal.onSilent = async (request) => result(request.account!, CUSTOMER, request.scopes);
    const tandem = auth(msal);
    expect(msal.initializeCalls).toBe(0);

    await Promise.all([tandem.getToken(SCOPES), tandem.getToken(SCOPES), tandem.getToken(SCOPES)]);
    await tandem.getToken(SCOPES);

    expect(msal.initializeCalls).toBe(1);
    expect(msal.count('silent')).toBe(4);
  });

  it('reports a failed start as unavailable and tries again on the next call', async () => {
    const msal = new FakeMsal();
    msal.initializeFails = 1;
    msal.onSso = async (request) =>
      result(account(CUSTOMER, 'alice@customer.com'), CUSTOMER, request.scopes, 'sso');
    const tandem = auth(msal);

    const error = await failure(tandem.getToken(SCOPES));
    expect(error.code).toBe('unavailable');
    expect((error.cause as Error).message).toBe('storage unavailable');
    await expect(tandem.getToken(SCOPES)).resolves.toBe('sso');
    expect(msal.initializeCalls).toBe(2);
  });
});
