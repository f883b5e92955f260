import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HostContext, TeamsHost } from '../../src/ports/host-context';
import { TeamsMode } from '../../src/app/TeamsMode';
import { createMemoryDirectory } from '../fakes/memory-directory';
import { fakeTeamsAdapters } from '../fakes/teams-adapters';

// Teams mode composed with fakes: a token always at hand, a directory with one team.
const teamsApp = (host: TeamsHost) => (
  <TeamsMode
    host={host}
    env={{}}
    adapters={fakeTeamsAdapters({
      directory: () =>
        createMemoryDirectory([
          { team: { id: 'g1', displayName: 'Marketing', isArchived: false } },
        ]),
    })}
  />
);

const NO_TEAM: HostContext = {
  frameContext: 'content',
  tenantId: 't1',
  user: { id: 'u1', loginHint: 'megan@contoso.com' },
  team: null,
  channel: null,
  locale: 'en-US',
  theme: 'light',
  page: { id: 'engagements', subPageId: null },
};

function hostFor(context: HostContext) {
  const calls: string[] = [];
  const host: TeamsHost = {
    context,
    onThemeChange: () => () => undefined,
    notifyAppLoaded: () => calls.push('appLoaded'),
    notifySuccess: () => calls.push('success'),
    notifyFailure: (reason) => calls.push(`failure:${reason}`),
    setConfigValid: () => undefined,
    onConfigSave: () => undefined,
    openLink: async () => undefined,
  };
  return { host, calls };
}

describe('Teams mode without a team', () => {
  it('shows the personal tab for the static tab entity id and settles the host once', async () => {
    const { host, calls } = hostFor(NO_TEAM);
    render(teamsApp(host));
    // The page is a lazy chunk: the first import in a test run takes a while.
    await screen.findByRole('heading', { name: 'No teams with Tandem yet' });
    await waitFor(() => expect(calls).toEqual(['appLoaded', 'success']));
  });

  it('keeps the explanation for a chat tab that has no team', async () => {
    const { host, calls } = hostFor({ ...NO_TEAM, page: { id: 'engagement-7', subPageId: null } });
    render(teamsApp(host));
    await screen.findByRole('heading', { name: 'Your engagements live in your teams' });
    // Each once (the page's effect runs before the app's, children first).
    await waitFor(() => expect([...calls].sort()).toEqual(['appLoaded', 'success']));
  });
});
