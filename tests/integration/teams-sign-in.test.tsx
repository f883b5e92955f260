import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AuthError, type Auth } from '../../src/ports/auth';
import type { HostContext, TeamsHost } from '../../src/ports/host-context';
import { TeamsMode } from '../../src/app/TeamsMode';
import { createMemoryStore } from '../fakes/memory-store';
import { fakeTeamsAdapters } from '../fakes/teams-adapters';

// Teams mode composed with fakes: the test's Auth, an empty team store.
const teamsApp = (host: TeamsHost, auth: Auth) => (
  <TeamsMode
    host={host}
    env={{}}
    adapters={fakeTeamsAdapters({ auth: () => auth, store: () => createMemoryStore() })}
  />
);

const CONTEXT: HostContext = {
  frameContext: 'settings',
  tenantId: 't1',
  user: { id: 'u1', loginHint: 'megan@contoso.com' },
  team: { groupId: 'g1', displayName: 'Team' },
  channel: null,
  locale: 'en-US',
  theme: 'light',
  page: { id: null, subPageId: null },
};

function fakeHost() {
  const calls: string[] = [];
  const host: TeamsHost = {
    context: CONTEXT,
    onThemeChange: () => () => undefined,
    notifyAppLoaded: () => calls.push('appLoaded'),
    notifySuccess: () => calls.push('success'),
    notifyFailure: (reason) => calls.push(`failure:${reason}`),
    setConfigValid: (valid) => calls.push(`valid:${valid}`),
    onConfigSave: () => calls.push('onSave'),
    openLink: async () => undefined,
  };
  return { host, calls };
}

describe('Teams mode sign-in', () => {
  it('offers "Sign in" when a token needs the user; the click asks interactively, then loads', async () => {
    const getToken = vi.fn(
      async (_scopes: readonly string[], options?: { interactive?: boolean }) => {
        if (options?.interactive) return 'token';
        throw new AuthError('interaction-required', 'Sign in needed');
      },
    );
    const { host, calls } = fakeHost();
    render(teamsApp(host, { getToken }));
    const button = await screen.findByRole('button', { name: 'Sign in' });
    await userEvent.setup().click(button);
    expect(getToken).toHaveBeenLastCalledWith(expect.any(Array), { interactive: true });
    await screen.findByRole('heading', { name: 'Start a co-managed engagement' });
    expect(calls).toContain('appLoaded');
    expect(calls).not.toContainEqual(expect.stringMatching(/^failure/));
  });

  it('explains a wrong-tenant token and does not retry', async () => {
    const getToken = vi.fn(async () => {
      throw new AuthError('wrong-tenant', 'The token is for another organisation.');
    });
    const { host, calls } = fakeHost();
    render(teamsApp(host, { getToken }));
    await screen.findByRole('heading', { name: /different organisation/ });
    expect(screen.queryByRole('button', { name: /Sign in|Reload/ })).toBeNull();
    await waitFor(() => expect(calls).toContain('failure:AuthFailed'));
    expect(getToken).toHaveBeenCalledTimes(1);
  });
});
