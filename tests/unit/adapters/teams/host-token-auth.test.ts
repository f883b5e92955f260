import { describe, expect, it } from 'vitest';
import { hostTokenAuth } from '../../../../src/adapters/teams/host-token-auth';
import { readTokenClaims } from '../../../../src/adapters/teams/token-claims';
import { AuthError } from '../../../../src/ports/auth';

const TEAM = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER = '33333333-cccc-4ccc-8ccc-333333333333';

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** An unsigned JWT, as the Teams host fake issues. */
const jwt = (claims: Record<string, unknown>) =>
  `${segment({ alg: 'none', typ: 'JWT' })}.${segment(claims)}.`;

async function refusal(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}

describe('readTokenClaims', () => {
  it('reads the payload of a JWT, base64url with non-ASCII text', () => {
    const token = jwt({ tid: TEAM, name: 'Zoë Ångström ✓', upn: 'zoe@contoso.com' });
    expect(readTokenClaims(token)).toEqual({
      tid: TEAM,
      name: 'Zoë Ångström ✓',
      upn: 'zoe@contoso.com',
    });
  });

  it('gives null for anything that is not a JWT with a JSON object payload', () => {
    expect(readTokenClaims('fake.jwt.token')).toBeNull();
    expect(readTokenClaims('opaque-token')).toBeNull();
    expect(readTokenClaims(`${segment({})}.${segment([1, 2])}.`)).toBeNull();
    expect(readTokenClaims('a..c')).toBeNull();
  });
});

describe('hostTokenAuth', () => {
  it("returns the host's token when its tid is the team's tenant (any letter case)", async () => {
    const token = jwt({ tid: TEAM.toUpperCase(), upn: 'megan@contoso.com' });
    await expect(hostTokenAuth(TEAM, async () => token).getToken(['Sites.Read.All'])).resolves.toBe(
      token,
    );
  });

  it("refuses a token for another tenant with the MSAL path's wrong-tenant message", async () => {
    const token = jwt({ tid: OTHER, upn: 'bob@elsewhere.com' });
    const error = await refusal(hostTokenAuth(TEAM, async () => token).getToken([]));
    expect(error.code).toBe('wrong-tenant');
    expect(error.message).toBe(
      `You are signed in to tenant ${OTHER} (as bob@elsewhere.com), but this team belongs to tenant ${TEAM}. ` +
        `Sign in with your account in tenant ${TEAM} (your guest account there works too): select "Sign in" and pick that account.`,
    );
  });

  it('names a v2 token’s user by preferred_username', async () => {
    const token = jwt({ tid: OTHER, preferred_username: 'bob@elsewhere.com' });
    const error = await refusal(hostTokenAuth(TEAM, async () => token).getToken([]));
    expect(error.message).toContain('(as bob@elsewhere.com)');
  });

  it('refuses a token whose tenant cannot be read, since it cannot be shown to be the team’s', async () => {
    for (const token of ['fake.jwt.token', jwt({ upn: 'megan@contoso.com' })]) {
      const error = await refusal(hostTokenAuth(TEAM, async () => token).getToken([]));
      expect(error.code).toBe('unavailable');
      expect(error.message).toContain(`tenant ${TEAM}`);
    }
  });

  it('issue 13 item 5: asks the host for no token while the Teams context names no tenant', async () => {
    let asked = 0;
    const foreign = jwt({ tid: OTHER, upn: 'eve@fabrikam.com' });
    const error = await refusal(
      hostTokenAuth(null, async () => {
        asked += 1;
        return foreign;
      }).getToken([]),
    );
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/Teams has not said which organisation/);
    expect(asked).toBe(0);
  });

  it("reports the host's refusal as unavailable, keeping the cause", async () => {
    const denied = new Error('resourceRequiresConsent');
    const error = await refusal(
      hostTokenAuth(TEAM, async () => {
        throw denied;
      }).getToken([]),
    );
    expect(error.code).toBe('unavailable');
    expect(error.message).toBe('The Teams host gave no token (resourceRequiresConsent).');
    expect(error.cause).toBe(denied);
  });
});
