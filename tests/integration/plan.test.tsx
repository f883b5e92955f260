import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { newEngagement, type Engagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import type { PlanState } from '../../src/domain/plan/plan';
import type { PlanChange } from '../../src/domain/plan/plan-edits';
import { defaultPlan } from '../../src/domain/plan/plan-template';
import type { Tool } from '../../src/domain/registers/tool-register';
import { AppToaster, toasterPart } from '../../src/features/shared/AppToaster';
import { ServicesProvider, type AppServices } from '../../src/features/shared/services-context';
import { PlanTracker } from '../../src/features/plan/PlanTracker';
import { useLocalPlanSource } from './local-plan-source';
import { createMemoryStore } from '../fakes/memory-store';

withJsdomLayout();
// The shell fetches the toaster once the first view is painted; here it is there from the start.
beforeAll(() => toasterPart.load());
import { withJsdomLayout } from './jsdom-layout';

/** Start 2026-09-01: day 14 = 09-14, day 45 = 10-15, day 46 = 10-16, day 90 = 11-29. */
const START = '2026-09-01';
const DAY_46 = '2026-10-16';

const engagementWith = (tools: Tool[] = []): Engagement => ({
  ...newEngagement(
    'e1',
    {
      ...emptyProfile(START),
      customer: 'Contoso',
      internalLead: { name: 'Dana Internal', upn: 'dana@contoso.com' },
      mspLead: { name: 'Sam MSP', upn: 'sam@fabrikam.com' },
    },
    [],
  ),
  tools,
});

function Harness(props: {
  engagement: Engagement;
  today: string;
  initial: PlanState;
  changes: { change: PlanChange; label: string }[];
}) {
  const source = useLocalPlanSource(props.engagement, props.today, props.initial);
  const recorded = {
    ...source,
    onChange: (change: PlanChange, label: string) => {
      props.changes.push({ change, label });
      source.onChange(change, label);
    },
  };
  return <PlanTracker source={recorded} />;
}

/** The tracker on its own, over local plan state, as the shell will show it. */
function renderTracker(options: { today?: string; plan?: PlanState; tools?: Tool[] } = {}) {
  let nextId = 0;
  const today = options.today ?? DAY_46;
  const services: AppServices = {
    store: createMemoryStore(),
    now: () => `${today}T12:00:00.000Z`,
    today: () => today,
    newId: () => `id-${++nextId}`,
    userName: () => 'Test User',
  };
  const changes: { change: PlanChange; label: string }[] = [];
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services}>
        <AppToaster />
        <Harness
          engagement={engagementWith(options.tools)}
          today={today}
          initial={options.plan ?? defaultPlan()}
          changes={changes}
        />
      </ServicesProvider>
    </FluentProvider>,
  );
  return { user, changes };
}

const milestones = () => screen.getAllByTestId('milestone');
const overdue = () => milestones().filter((m) => m.dataset.status === 'overdue');
/**
 * A milestone card by its heading. Found by test id and heading text, not by role over the whole
 * page: computing every element's accessibility in jsdom makes a page this size slow to query.
 * Role queries run inside the card.
 */
const milestone = (name: string) => {
  const card = screen
    .queryAllByTestId('milestone')
    .find((item) => item.querySelector('h4')?.textContent === name);
  if (!card) throw new Error(`No milestone called “${name}”.`);
  return card;
};
const section = (heading: string) =>
  screen.getByText(heading, { selector: 'h3' }).closest('section')!;
const findings = () => screen.queryAllByTestId('register-finding').map((f) => f.dataset.check);

describe('90-day tracker', () => {
  it('marks today on the timeline and says which day it is', () => {
    renderTracker({ today: DAY_46 });
    expect(screen.getByRole('heading', { name: 'First 90 days' })).toBeInTheDocument();
    expect(screen.getByTestId('plan-summary')).toHaveTextContent(
      'Today (2026-10-16) is day 46 of 90.',
    );
    // Day 46 starts half-way along a 90-day axis.
    expect(screen.getByTestId('today-marker')).toHaveStyle({ left: '50%' });
    const phases = screen.getAllByRole('listitem').filter((li) => li.dataset.phase);
    expect(phases.map((li) => [li.dataset.phase, li.dataset.state])).toEqual([
      ['discovery', 'finished'],
      ['tool-deployment', 'finished'],
      ['stabilization', 'current'],
    ]);
    expect(
      within(section('Phases')).getByRole('progressbar', {
        name: 'Discovery and documentation progress',
      }),
    ).toHaveAttribute('aria-valuenow', '0');
  });

  it('moves the marker with today and hides it before the start', () => {
    renderTracker({ today: '2026-09-01' });
    expect(screen.getByTestId('today-marker')).toHaveStyle({ left: '0%' });
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('day 1 of 90');
  });

  it('says when the engagement starts, without a marker, before day 1', () => {
    renderTracker({ today: '2026-08-27' });
    expect(screen.queryByTestId('today-marker')).not.toBeInTheDocument();
    expect(screen.getByTestId('plan-summary')).toHaveTextContent(
      'The engagement starts on 2026-09-01, in 5 days. No milestone is overdue.',
    );
  });

  it('emphasises overdue milestones and clears one when it is done', async () => {
    const { user } = renderTracker({ today: DAY_46 });
    expect(milestones()).toHaveLength(12);
    // Everything due by day 45 (2026-10-15) is late: 4 discovery + 4 tool-deployment milestones.
    expect(overdue()).toHaveLength(8);
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('8 milestones are overdue.');
    const catalog = milestone(
      'Catalog servers, networks, applications, users, vendors and contracts',
    );
    expect(within(catalog).getByTestId('milestone-status')).toHaveTextContent(/Overdue by 32 days/);
    await user.selectOptions(within(catalog).getByLabelText('Progress'), '100');
    expect(overdue()).toHaveLength(7);
    expect(catalog.dataset.status).toBe('done');
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('7 milestones are overdue.');
    expect(
      within(section('Phases')).getByRole('progressbar', {
        name: 'Discovery and documentation progress',
      }),
    ).toHaveAttribute('aria-valuenow', '0.25');
  });

  it('issue 13 item 6: shows a milestone whose checklist could not be read as broken, with the reason', () => {
    const plan = defaultPlan();
    const damage =
      'The checklist of “Day-90 review” (record stabilize-day-90-review) in Tandem milestones could not be read.';
    renderTracker({
      plan: {
        ...plan,
        milestones: plan.milestones.map((m) =>
          m.name === 'Day-90 review' ? { ...m, checklist: [], damage } : m,
        ),
      },
    });
    const card = milestone('Day-90 review');
    expect(within(card).getByText(damage)).toBeInTheDocument();
    expect(within(card).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('shows owners and their leads, dates from the start date, and ticks checklist items', async () => {
    const { user, changes } = renderTracker({ today: DAY_46 });
    const review = milestone('Day-90 review');
    expect(within(review).getByTestId('owner-badge')).toHaveTextContent('Joint');
    expect(within(review).getByText('Dana Internal and Sam MSP')).toBeInTheDocument();
    expect(within(review).getByText('2026-11-24')).toBeInTheDocument(); // day 85
    expect(within(review).getByText('2026-11-29')).toBeInTheDocument();
    expect(within(review).getByTestId('milestone-status')).toHaveTextContent('44 days left');
    await user.click(within(review).getByRole('checkbox', { name: /feel routine/ }));
    expect(
      within(review).getByRole('list', { name: 'Checklist, 1 of 3 done' }),
    ).toBeInTheDocument();
    expect(changes.at(-1)!.change).toMatchObject({
      kind: 'put-milestone',
      milestone: { id: 'stabilize-day-90-review' },
    });
  });

  it('turns the day-90 answer into findings: overdue, not routine, renegotiation planned', async () => {
    const { user } = renderTracker({ today: '2026-12-05' });
    expect(screen.getByText('Day 90 was 2026-11-29.')).toBeInTheDocument();
    expect(findings()).toEqual(['day90-review-overdue']);
    expect(screen.getByText('Day-90 review overdue')).toBeInTheDocument();

    await user.click(within(section('Day-90 check')).getByRole('radio', { name: /^No —/ }));
    expect(findings()).toEqual(['day90-not-routine']);
    expect(
      screen.getByText('The engagement doesn’t feel routine: plan a renegotiation'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Answered on/)).toHaveTextContent(
      'Answered on 2026-12-05 by Test User.',
    );

    await user.click(
      within(section('Day-90 check')).getByRole('checkbox', { name: /renegotiation is planned/ }),
    );
    expect(findings()).toEqual([]);

    await user.click(within(section('Day-90 check')).getByRole('radio', { name: /^Yes/ }));
    expect(findings()).toEqual([]);
    expect(
      within(section('Day-90 check')).queryByRole('checkbox', { name: /renegotiation is planned/ }),
    ).toBeNull();

    await user.click(
      within(section('Day-90 check')).getByRole('radio', { name: 'Not answered yet' }),
    );
    expect(findings()).toEqual(['day90-review-overdue']);
  });

  it('adds a milestone, keeping what was typed while the form shows errors', async () => {
    const { user, changes } = renderTracker({ today: DAY_46 });
    // Pasting instead of typing key by key keeps this test quick; the values are the same.
    const fill = async (field: HTMLElement, text: string) => {
      await user.clear(field);
      if (text) await user.paste(text);
    };
    await user.click(screen.getByRole('button', { name: 'Add milestone' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a milestone' });
    // A new milestone starts in the phase under way, spanning it.
    expect(within(dialog).getByLabelText('Phase')).toHaveValue('stabilization');
    const start = within(dialog).getByRole('textbox', { name: /Start day/ });
    const due = within(dialog).getByRole('textbox', { name: /Due day/ });
    expect(start).toHaveValue('45');
    expect(due).toHaveValue('90');

    await fill(start, '70');
    await fill(due, '6o');
    await fill(within(dialog).getByLabelText(/Checklist/), 'Inventory shares\nMove data');
    await user.click(within(dialog).getByRole('button', { name: 'Add milestone' }));
    expect(within(dialog).getByText('Give the milestone a name.')).toBeInTheDocument();
    expect(within(dialog).getByText('Due day must be a whole number.')).toBeInTheDocument();
    expect(due).toHaveValue('6o');

    await fill(within(dialog).getByRole('textbox', { name: /Name/ }), 'Day-90 review');
    await fill(due, '60');
    await user.click(within(dialog).getByRole('button', { name: 'Add milestone' }));
    expect(
      within(dialog).getByText('A milestone called “Day-90 review” already exists.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('The due day cannot come before the start day (day 70).'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Checklist/)).toHaveValue('Inventory shares\nMove data');

    const name = within(dialog).getByRole('textbox', { name: /Name/ });
    await fill(name, 'Migrate file shares');
    await fill(start, '50');
    expect(within(dialog).getByText('Falls on 2026-10-20.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add milestone' }));

    await waitFor(() => expect(milestones()).toHaveLength(13));
    const added = milestone('Migrate file shares');
    // The closing dialog hides the page from assistive tech until its exit completes.
    await waitFor(() => expect(within(added).getByRole('list')).toBeInTheDocument());
    expect(within(added).getByText('Days 50–60:', { exact: false })).toBeInTheDocument();
    expect(within(added).getByRole('list', { name: 'Checklist, 0 of 2 done' })).toBeInTheDocument();
    expect(changes.at(-1)).toMatchObject({
      label: 'Added “Migrate file shares”',
      change: { kind: 'put-milestone', milestone: { id: 'id-1', phase: 'stabilization' } },
    });
  });

  it('edits a milestone, keeping its ticks and progress', async () => {
    const { user } = renderTracker({ today: DAY_46 });
    const rhythm = milestone('Agree the communication rhythm');
    await user.click(within(rhythm).getByRole('checkbox', { name: /Record them/ }));
    await user.selectOptions(within(rhythm).getByLabelText('Progress'), '50');
    await user.click(
      within(rhythm).getByRole('button', { name: 'Edit Agree the communication rhythm' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Edit Agree the communication rhythm',
    });
    const name = within(dialog).getByRole('textbox', { name: /Name/ });
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: 'Save milestone' }));
    expect(within(dialog).getByText('Give the milestone a name.')).toBeInTheDocument();
    await user.type(name, 'Pick two channels');
    await user.click(within(dialog).getByRole('button', { name: 'Save milestone' }));

    const renamed = await waitFor(() => milestone('Pick two channels'));
    expect(() => milestone('Agree the communication rhythm')).toThrow();
    await waitFor(() =>
      expect(
        within(renamed).getByRole('list', { name: 'Checklist, 1 of 3 done' }),
      ).toBeInTheDocument(),
    );
    expect(within(renamed).getByLabelText('Progress')).toHaveValue('50');
  });

  it('removes a milestone and brings it back with Undo', async () => {
    // A stored plan's records carry the store's version; the records handed back must not.
    const stored = defaultPlan();
    const plan = {
      ...stored,
      milestones: stored.milestones.map((m) => ({ ...m, version: 'v3' })),
    };
    const { user, changes } = renderTracker({ today: DAY_46, plan });
    const catalog = 'Catalog servers, networks, applications, users, vendors and contracts';
    await user.selectOptions(within(milestone(catalog)).getByLabelText('Progress'), '50');
    await user.click(within(milestone(catalog)).getByRole('button', { name: `Remove ${catalog}` }));
    expect(milestones()).toHaveLength(11);
    expect(() => milestone(catalog)).toThrow();
    expect(changes.at(-1)).toEqual({
      label: `Removed “${catalog}”`,
      change: { kind: 'delete-milestone', id: 'discovery-catalog' },
    });

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(milestones()).toHaveLength(12));
    expect(within(milestone(catalog)).getByLabelText('Progress')).toHaveValue('50');
    expect(changes.at(-1)).toMatchObject({
      label: `Restored “${catalog}”`,
      change: {
        kind: 'put-milestone',
        milestone: { id: 'discovery-catalog', percentComplete: 50 },
      },
    });
    expect(changes.map(({ change }) => JSON.stringify(change)).join()).not.toContain('version');
  });

  it('lists every tool of the register with what is left to do', () => {
    const tool = (id: string, name: string, patch: Partial<Tool>): Tool => ({
      id,
      name,
      category: 'RMM',
      operatedBy: 'msp',
      decision: 'keep',
      retireBy: null,
      active: true,
      ...patch,
    });
    renderTracker({
      today: DAY_46,
      tools: [
        tool('t1', 'MSP RMM', {}),
        tool('t2', 'Old RMM', {
          operatedBy: 'internal',
          decision: 'replace',
          retireBy: '2026-10-01',
        }),
        tool('t3', 'MSP EDR', { category: 'EDR / antivirus', active: false }),
      ],
    });
    const table = screen.getByRole('table', { name: 'Tool deployment checklist' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.dataset.state)).toEqual(['running', 'past-retirement', 'deploy']);
    expect(
      within(rows[1]!).getByText(/Still running past its retire-by date \(2026-10-01\)/),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 of 3 tools settled/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing kept yet for: Email security, Backup/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the tool register' })).toHaveAttribute(
      'href',
      '#/e/e1/tools',
    );
  });
});
