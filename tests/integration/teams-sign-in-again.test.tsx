/**
 * Sign-in lost while the board is open (Teams mode): the app over the SharePoint store on the Graph
 * emulator, its token from a fake `Auth` through Tandem's real graph-client auth provider, so a
 * refused token travels the same way as in the browser.
 */
import { AuthenticationHandler, Client } from '@microsoft/microsoft-graph-client';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphAuthProvider } from '../../src/adapters/auth/graph-auth-provider';
import {
  createSharePointStore,
  type SharePointStore,
} from '../../src/adapters/graph/sharepoint/store';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { AuthError, type Auth, type TokenOptions } from '../../src/ports/auth';
import type { HostContext, TeamsHost } from '../../src/ports/host-context';
import { createGraphEmulator, type GraphEmulator } from '../fakes/graph-emulator/index';
import { clientFor } from '../fakes/graph-emulator/test-harness';
import { fakeTeamsAdapters } from '../fakes/teams-adapters';
import { TeamsMode } from '../../src/app/TeamsMode';

const SCOPES = ['Sites.ReadWrite.All'];
const ID = 'eng-teams';
const ROW = 'Backup management and testing';

/** Teams mode composed with fakes: Microsoft 365's Auth and the team's store on the emulator. */
const teamsApp = (auth: Auth, store: SharePointStore) => (
  <TeamsMode
    host={HOST}
    env={{}}
    adapters={fakeTeamsAdapters({ auth: () => auth, store: () => store })}
  />
);

const CONTEXT: HostContext = {
  frameContext: 'content',
  tenantId: 't1',
  user: { id: 'u1', loginHint: 'megan@contoso.com' },
  team: { groupId: 'team-1', displayName: 'Team' },
  channel: null,
  locale: 'en-US',
  theme: 'light',
  page: { id: ID, subPageId: null },
};

const HOST: TeamsHost = {
  context: CONTEXT,
  onThemeChange: () => () => undefined,
  notifyAppLoaded: () => undefined,
  notifySuccess: () => undefined,
  notifyFailure: () => undefined,
  setConfigValid: () => undefined,
  onConfigSave: () => undefined,
  openLink: async () => undefined,
};

/** Microsoft 365 as the app sees it: signed in until `expire()`; a click signs in again. */
function microsoft365() {
  let signedIn = true;
  const asked: TokenOptions[] = [];
  const signIn = async () => {
    signedIn = true;
  };
  let onPrompt: () => Promise<void> = signIn;
  const auth: Auth = {
    async getToken(_scopes, options = {}) {
      asked.push(options);
      if (options.interactive) await onPrompt();
      if (!signedIn) {
        throw new AuthError(
          'interaction-required',
          'Tandem needs you to sign in to Microsoft 365 again. Select "Sign in" to continue.',
        );
      }
      return 'token';
    },
  };
  return {
    auth,
    asked,
    expire: () => {
      signedIn = false;
    },
    /** What the sign-in prompt does from now on (default: the user signs in). */
    promptWith: (prompt: () => Promise<void> = signIn) => {
      onPrompt = prompt;
    },
  };
}

/** The team's lists in the emulator, holding the guide's 14-row engagement. */
async function teamSite(auth: Auth): Promise<{ graph: GraphEmulator; store: SharePointStore }> {
  const graph = createGraphEmulator({ seed: 7 });
  graph.addGroupSite('team-1');
  const client = Client.initWithMiddleware({
    middleware: [new AuthenticationHandler(graphAuthProvider(auth, SCOPES)), graph.middleware],
  });
  const store = createSharePointStore({ client, site: { groupId: 'team-1' } });
  let n = 0;
  const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++n}`);
  await store.createEngagement(
    newEngagement(ID, { ...emptyProfile('2026-06-20'), customer: 'Contoso' }, rows),
  );
  return { graph, store };
}

/** What the team's lists hold, read by another client with a working token. */
async function storedNotes(graph: GraphEmulator, name: string): Promise<string | undefined> {
  const reader = createSharePointStore({ client: clientFor(graph), site: { groupId: 'team-1' } });
  const engagement = await reader.loadEngagement(ID);
  return engagement.rows.find((row) => row.name === name)?.notes;
}

async function editNotes(
  user: ReturnType<typeof userEvent.setup>,
  grid: HTMLElement,
  text: string,
) {
  await user.click(within(grid).getByRole('button', { name: `Edit notes of ${ROW}` }));
  const box = await screen.findByRole('textbox', { name: `Notes on ${ROW}` });
  await user.clear(box);
  await user.type(box, `${text}{Enter}`);
}

describe('Teams mode: sign-in lost mid-session', () => {
  let m365: ReturnType<typeof microsoft365>;
  let graph: GraphEmulator;
  let store: SharePointStore;

  beforeEach(async () => {
    m365 = microsoft365();
    const site = await teamSite(m365.auth);
    graph = site.graph;
    store = site.store;
    window.location.hash = '';
  });

  it('keeps the edits on screen, offers "Sign in again", and saves them all after the click', async () => {
    const user = userEvent.setup();
    render(teamsApp(m365.auth, store));
    const grid = await screen.findByTestId('matrix-grid');

    m365.expire();
    graph.log.reset();
    await editNotes(user, grid, 'Monthly');
    const sync = screen.getByTestId('sync-state');
    await within(sync).findByText(/Your Microsoft 365 sign-in has expired/);
    expect(sync).toHaveAttribute('data-sync', 'signed-out');
    expect(within(sync).getByText('(1 change kept)')).toBeInTheDocument();
    // No token, so nothing reached SharePoint, and the edit is still on screen.
    expect(graph.log.entries()).toHaveLength(0);
    expect(within(grid).getByText('Monthly')).toBeInTheDocument();

    // Editing goes on while signed out: queued, shown, not sent.
    await editNotes(user, grid, 'Weekly');
    expect(within(sync).getByText('(2 changes kept)')).toBeInTheDocument();
    expect(graph.log.entries()).toHaveLength(0);

    await user.click(within(sync).getByRole('button', { name: 'Sign in again' }));
    await waitFor(() => expect(sync).toHaveAttribute('data-sync', 'saved'));
    expect(m365.asked).toContainEqual({ interactive: true, forceRefresh: true });
    expect(await storedNotes(graph, ROW)).toBe('Weekly');
    expect(within(grid).getByText('Weekly')).toBeInTheDocument();
  });

  it('says why when signing in again fails, and keeps everything for another try', async () => {
    const user = userEvent.setup();
    render(teamsApp(m365.auth, store));
    const grid = await screen.findByTestId('matrix-grid');

    m365.expire();
    await editNotes(user, grid, 'Monthly');
    const sync = screen.getByTestId('sync-state');
    const signIn = await within(sync).findByRole('button', { name: 'Sign in again' });

    m365.promptWith(async () => {
      throw new AuthError('cancelled', 'Sign-in was cancelled. Select "Sign in" to try again.');
    });
    await user.click(signIn);
    await within(sync).findByText('Sign-in was cancelled. Select "Sign in" to try again.');
    expect(sync).toHaveAttribute('data-sync', 'signed-out');
    expect(within(grid).getByText('Monthly')).toBeInTheDocument();
    expect(await storedNotes(graph, ROW)).toBe('');

    m365.promptWith();
    await user.click(within(sync).getByRole('button', { name: 'Sign in again' }));
    await waitFor(() => expect(sync).toHaveAttribute('data-sync', 'saved'));
    expect(await storedNotes(graph, ROW)).toBe('Monthly');
  });
});
