import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, teamsDarkTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { type Engagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { AuthError } from '../../src/ports/auth';
import { DirectoryError } from '../../src/ports/engagement-directory';
import type { HostContext, TeamsHost } from '../../src/ports/host-context';
import { PersonalPage } from '../../src/features/personal/PersonalPage';
import type { PersonalTabServices } from '../../src/features/personal/personal-tab-services';
import { createMemoryDirectory, type MemoryTeam } from '../fakes/memory-directory';
import { createMemoryStore } from '../fakes/memory-store';

// A loaded CI machine can take more than the default second to render Fluent's first frame.
configure({ asyncUtilTimeout: 5000 });

const ME = 'megan@contoso.onmicrosoft.com';
let sequence = 0;
const newId = () => `id-${++sequence}`;

function engagement(customer: string, leads: { internal?: string; msp?: string }): Engagement {
  return {
    id: newId(),
    profile: {
      ...emptyProfile('2026-01-05'),
      customer,
      mspName: 'Fabrikam IT',
      internalLead: { name: 'Ian', upn: leads.internal ?? '' },
      mspLead: { name: 'Megan', upn: leads.msp ?? '' },
    },
    rows: rowsFromTemplate(CO_MANAGED_TEMPLATE, newId),
    tools: [],
    channels: [],
    changeLog: [],
  };
}

async function teamWith(id: string, displayName: string, engagements: Engagement[]) {
  const store = createMemoryStore();
  for (const e of engagements) await store.createEngagement(e);
  return { team: { id, displayName, isArchived: false }, store } satisfies MemoryTeam;
}

function fakeHost() {
  const calls: string[] = [];
  const host: TeamsHost = {
    context: { user: { id: 'u1', loginHint: ME } } as HostContext,
    onThemeChange: () => () => undefined,
    notifyAppLoaded: () => calls.push('appLoaded'),
    notifySuccess: () => {
      // What is on screen when the host hears "success".
      const rows = document.querySelectorAll('[data-row-id]').length;
      calls.push(`success:${rows} rows`);
    },
    notifyFailure: (reason, message) => calls.push(`failure:${reason}:${message}`),
    setConfigValid: () => undefined,
    onConfigSave: () => undefined,
    openLink: async () => undefined,
  };
  return { host, calls };
}

function renderPage(teams: MemoryTeam[], options: Partial<PersonalTabServices> = {}) {
  const directory = createMemoryDirectory(teams);
  const { host, calls } = fakeHost();
  const services: PersonalTabServices = {
    directory,
    authorize: async () => undefined,
    userUpn: ME,
    host,
    ...options,
  };
  const user = userEvent.setup();
  render(
    <FluentProvider theme={teamsDarkTheme}>
      <PersonalPage services={services} />
    </FluentProvider>,
  );
  return { directory, calls, user };
}

describe('the personal tab', () => {
  it('lists engagements by team with the rows the user owns, then tells the host', async () => {
    const dental = await teamWith('g-dental', 'Contoso Dental — IT', [
      engagement('Contoso Dental', { msp: 'Megan@Contoso.onmicrosoft.com' }),
      engagement('Alpine Clinic', { internal: 'ian@contoso.example' }),
    ]);
    const empty = await teamWith('g-empty', 'Marketing', []);
    const { calls } = renderPage([
      dental,
      empty,
      {
        team: { id: 'g-locked', displayName: 'Board', isArchived: true },
        unreadable: 'No access.',
      },
    ]);

    const team = await screen.findByRole('region', { name: 'Contoso Dental — IT' });
    const mine = within(team).getByRole('article', { name: 'Contoso Dental' });
    expect(within(mine).getByText('You lead the MSP side')).toBeInTheDocument();
    expect(within(mine).getByText('11 rows you own')).toBeInTheDocument();
    const table = within(mine).getByRole('table', { name: 'Rows you own in Contoso Dental' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(11);
    expect(within(rows[0]!).getByRole('cell', { name: 'After-hours emergency response' }));
    expect(within(rows[0]!).getByText('Support')).toBeInTheDocument();
    expect(within(rows[0]!).getByTestId('owner-badge')).toHaveTextContent('MSP');
    expect(within(table).getAllByText('Joint')).toHaveLength(2);

    const other = within(team).getByRole('article', { name: 'Alpine Clinic' });
    expect(within(other).getByText("You're not a lead on this engagement.")).toBeInTheDocument();
    expect(within(other).queryByRole('table')).toBeNull();

    const locked = screen.getByRole('region', { name: /Board/ });
    expect(within(locked).getByText("Couldn't be read")).toBeInTheDocument();
    expect(within(locked).getByText('No access.')).toBeInTheDocument();
    expect(within(locked).getByText('Archived team')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Marketing' })).toBeNull();
    expect(screen.getByText('1 more of your teams has no Tandem engagements.')).toBeInTheDocument();
    // Teams in name order: Board before Contoso Dental.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'BoardArchived team',
      'Contoso Dental — IT',
    ]);
    await waitFor(() => expect(calls).toEqual(['success:11 rows']));
  });

  it('says so when the user leads no engagement, and when no team has Tandem', async () => {
    const { calls } = renderPage([
      await teamWith('g-1', 'Dental', [
        engagement('Contoso Dental', { msp: 'x@fabrikam.example' }),
      ]),
    ]);
    await screen.findByText("You're not a lead on any engagement yet");
    expect(screen.getByText(/yours: megan@contoso\.onmicrosoft\.com/)).toBeInTheDocument();
    await waitFor(() => expect(calls).toEqual(['success:0 rows']));
  });

  it('explains that no team has Tandem yet', async () => {
    const { calls } = renderPage([await teamWith('g-1', 'Marketing', [])]);
    await screen.findByRole('heading', { name: 'No teams with Tandem yet' });
    await waitFor(() => expect(calls).toEqual(['success:0 rows']));
  });

  it('asks for sign-in when the token needs the user, then lists on the click', async () => {
    const requests: string[] = [];
    let consented = false; // like MSAL: once the user agreed, silent requests succeed
    const authorize = async (options?: { interactive?: boolean }) => {
      requests.push(options?.interactive ? 'interactive' : 'silent');
      if (options?.interactive) consented = true;
      else if (!consented) throw new AuthError('consent-required', 'Consent needed.');
    };
    const dental = await teamWith('g-1', 'Dental', [engagement('Contoso Dental', { msp: ME })]);
    const { calls, directory, user } = renderPage([dental], { authorize });
    const signIn = await screen.findByRole('button', { name: 'Sign in' });
    expect(directory.calls()).toBe(0);
    // The page the user needs is on screen: the host may stop waiting.
    await waitFor(() => expect(calls).toEqual(['success:0 rows']));
    await user.tab();
    expect(signIn).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByRole('article', { name: 'Contoso Dental' });
    expect(requests).toEqual(['silent', 'interactive', 'silent']);
    expect(directory.calls()).toBe(1);
  });

  it('shows why the teams could not be listed, tells the host, and tries again', async () => {
    const dental = await teamWith('g-1', 'Dental', [engagement('Contoso Dental', { msp: ME })]);
    const directory = createMemoryDirectory([dental]);
    directory.failNext(new DirectoryError('forbidden', 'Tandem needs Team.ReadBasic.All.'));
    const { host, calls } = fakeHost();
    const user = userEvent.setup();
    render(
      <FluentProvider theme={teamsDarkTheme}>
        <PersonalPage
          services={{ directory, authorize: async () => undefined, userUpn: ME, host }}
        />
      </FluentProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText("Tandem isn't allowed to see your teams")).toBeInTheDocument();
    expect(within(alert).getByText('Tandem needs Team.ReadBasic.All.')).toBeInTheDocument();
    await waitFor(() =>
      expect(calls).toEqual([
        "failure:Other:Tandem isn't allowed to see your teams. Tandem needs Team.ReadBasic.All.",
      ]),
    );
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('article', { name: 'Contoso Dental' });
    expect(directory.calls()).toBe(2);
  });

  it('reports AuthFailed for a token from another organisation', async () => {
    const authorize = async () => {
      throw new AuthError('wrong-tenant', 'The token is for another organisation.');
    };
    const { calls } = renderPage([], { authorize });
    await screen.findByText('You are signed in to a different organisation');
    await waitFor(() =>
      expect(calls).toEqual([
        'failure:AuthFailed:You are signed in to a different organisation. The token is for another organisation.',
      ]),
    );
  });
});
