import { describe, expect, it, vi } from 'vitest';
import { lazyAuth } from '../../../src/app/lazy-auth';
import { AuthError, type Auth } from '../../../src/ports/auth';

const tokenAuth = (token: string): Auth => ({ getToken: () => Promise.resolve(token) });

describe('lazyAuth', () => {
  it('starts loading at once and loads only once for concurrent calls', async () => {
    const load = vi.fn(() => Promise.resolve(tokenAuth('t1')));
    const auth = lazyAuth(load);
    expect(load).toHaveBeenCalledTimes(1);
    await expect(Promise.all([auth.getToken(['a']), auth.getToken(['b'])])).resolves.toEqual([
      't1',
      't1',
    ]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('passes scopes and options through', async () => {
    const getToken = vi.fn(() => Promise.resolve('t'));
    const auth = lazyAuth(() => Promise.resolve({ getToken }));
    await auth.getToken(['Sites.Read.All'], { interactive: true });
    expect(getToken).toHaveBeenCalledWith(['Sites.Read.All'], { interactive: true });
  });

  it('reports a failed download as unavailable and tries again on the next call', async () => {
    const load = vi
      .fn<() => Promise<Auth>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(tokenAuth('t2'));
    const auth = lazyAuth(load);
    const failure = await auth.getToken(['a']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect((failure as AuthError).code).toBe('unavailable');
    expect((failure as AuthError).message).toMatch(/could not be downloaded/);
    await expect(auth.getToken(['a'])).resolves.toBe('t2');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
