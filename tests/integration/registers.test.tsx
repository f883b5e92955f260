import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { CommChannel } from '../../src/domain/registers/channel-register';
import { newEngagement, type Engagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import type { Tool } from '../../src/domain/registers/tool-register';
import { createMemoryStore } from '../fakes/memory-store';
import { renderApp } from './render-app';

const tool = (id: string, name: string, patch: Partial<Tool> = {}): Tool => ({
  id,
  name,
  category: 'RMM',
  operatedBy: 'internal',
  decision: 'undecided',
  retireBy: null,
  active: true,
  ...patch,
});

const channel = (id: string, kind: CommChannel['kind'], name = ''): CommChannel => ({
  id,
  kind,
  name,
  active: true,
});

async function open(view: 'tools' | 'channels', extra: Partial<Engagement>) {
  const store = createMemoryStore();
  const profile = { ...emptyProfile('2026-09-01'), customer: 'Contoso' };
  await store.createEngagement({ ...newEngagement('e1', profile, []), ...extra });
  const app = renderApp({ store, hash: `#/e/e1/${view}`, today: '2026-11-27' });
  // The first open of a lazily loaded view compiles it, which can take a few seconds in a cold run.
  const name = view === 'tools' ? 'Tools' : 'Communication channels';
  await screen.findByRole('heading', { name });
  return app;
}

/** Keeps every record the app puts, as the store received it. */
function recordCommits(store: ReturnType<typeof createMemoryStore>): object[] {
  const sent: object[] = [];
  const commit = store.commit.bind(store);
  store.commit = async (id, changes) => {
    for (const change of changes) if (change.kind === 'put') sent.push(change.record);
    return commit(id, changes);
  };
  return sent;
}

const stored = async (store: ReturnType<typeof createMemoryStore>) => store.loadEngagement('e1');
const toolRow = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
const overlapWarning = () => screen.queryByText('Overlapping RMM tools');

describe('tool register', () => {
  it('warns about two active RMMs until one is marked for retirement with a date', async () => {
    const { user, store } = await open('tools', {
      tools: [tool('t1', 'Old RMM'), tool('t2', 'MSP RMM', { operatedBy: 'msp' })],
    });
    expect(overlapWarning()).toBeInTheDocument();
    const sent = recordCommits(store);

    await user.click(within(toolRow('Old RMM')).getByRole('button', { name: 'Edit Old RMM' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Old RMM' });
    await user.selectOptions(within(dialog).getByLabelText('Decision'), 'retire');
    await user.click(within(dialog).getByRole('button', { name: 'Save tool' }));
    expect(within(dialog).getByText(/required when the decision is to retire/)).toBeInTheDocument();
    expect(overlapWarning()).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/Retire by/), '2027-03-31');
    await user.click(within(dialog).getByRole('button', { name: 'Save tool' }));
    await waitFor(() => expect(overlapWarning()).not.toBeInTheDocument());
    // The closing dialog hides the page from assistive tech until its exit completes.
    await waitFor(() => expect(within(toolRow('Old RMM')).getByText('Retire')).toBeInTheDocument());
    await waitFor(async () =>
      expect((await stored(store)).tools.find((t) => t.id === 't1')).toMatchObject({
        decision: 'retire',
        retireBy: '2027-03-31',
      }),
    );
    // The session tracks versions itself; records must reach the store without theirs.
    expect(sent).toEqual([expect.not.objectContaining({ version: expect.anything() })]);
  });

  it('warns about a tool still running past its retirement date', async () => {
    await open('tools', {
      tools: [
        tool('t1', 'Old AV', {
          category: 'EDR / antivirus',
          decision: 'replace',
          retireBy: '2026-10-01',
        }),
      ],
    });
    expect(screen.getByText('Tool kept past its retirement date')).toBeInTheDocument();
  });

  it('adds a tool, keeping what was typed while the name is missing', async () => {
    const { user, store } = await open('tools', {});
    expect(screen.getByText(/No tools recorded yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add tool' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a tool' });
    await user.selectOptions(within(dialog).getByLabelText('Category'), 'Backup');
    await user.click(within(dialog).getByRole('button', { name: 'Add tool' }));
    expect(within(dialog).getByText('Give the tool a name.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Category')).toHaveValue('Backup');

    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), '  Veeam ');
    await user.click(within(dialog).getByRole('button', { name: 'Add tool' }));
    expect(await screen.findByRole('rowheader', { name: 'Veeam' })).toBeInTheDocument();
    await waitFor(async () =>
      expect((await stored(store)).tools).toEqual([
        expect.objectContaining({ name: 'Veeam', category: 'Backup', decision: 'undecided' }),
      ]),
    );
  });

  it('renders a tool name with markup as plain text', async () => {
    const { user, container } = await open('tools', {});
    await user.click(screen.getByRole('button', { name: 'Add tool' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a tool' });
    const name = '<script>alert("x")</script><b>bold</b>';
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), name);
    await user.click(within(dialog).getByRole('button', { name: 'Add tool' }));
    expect(await screen.findByRole('rowheader', { name })).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('deletes a tool and brings it back with Undo', async () => {
    const { user, store } = await open('tools', { tools: [tool('t1', 'Old RMM')] });
    await user.click(screen.getByRole('button', { name: 'Delete Old RMM' }));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Old RMM' })).toBeNull());
    await waitFor(async () => expect((await stored(store)).tools).toHaveLength(0));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('rowheader', { name: 'Old RMM' })).toBeInTheDocument();
    await waitFor(async () =>
      expect((await stored(store)).tools).toEqual([
        expect.objectContaining({ id: 't1', name: 'Old RMM' }),
      ]),
    );
  });
});

describe('channel register', () => {
  it('advises two channels and warns when a third active one is added', async () => {
    const { user, store } = await open('channels', {
      channels: [channel('c1', 'Teams channel', '#it-joint'), channel('c2', 'Joint ticketing')],
    });
    expect(screen.getByText('Pick two and use them consistently.')).toBeInTheDocument();
    expect(screen.queryByText('Too many communication channels')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Kind'), 'Daily standup');
    await user.type(screen.getByLabelText('Name (optional)'), '9:00 standup');
    await user.click(screen.getByRole('button', { name: 'Add channel' }));
    expect(await screen.findByText('Too many communication channels')).toBeInTheDocument();
    await waitFor(async () => expect((await stored(store)).channels).toHaveLength(3));

    await user.click(screen.getByRole('switch', { name: '#it-joint in use' }));
    await waitFor(() =>
      expect(screen.queryByText('Too many communication channels')).not.toBeInTheDocument(),
    );
  });

  it('renames a channel in place and deletes one with Undo', async () => {
    const { user, store } = await open('channels', { channels: [channel('c1', 'Phone')] });
    const name = screen.getByRole('textbox', { name: 'Name of Phone' });
    await user.type(name, 'Escalation line{Enter}');
    await waitFor(async () =>
      expect((await stored(store)).channels[0]).toMatchObject({ name: 'Escalation line' }),
    );
    await user.click(screen.getByRole('button', { name: 'Delete Escalation line' }));
    await waitFor(() => expect(screen.getByText('No channels recorded yet.')).toBeInTheDocument());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('textbox', { name: 'Name of Escalation line' })).toHaveValue(
      'Escalation line',
    );
  });
});
