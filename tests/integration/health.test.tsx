import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { newEngagement, type Engagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import type { FunctionRow } from '../../src/domain/matrix/function-row';
import { NONE, PRIMARY, type SideRole } from '../../src/domain/matrix/roles';
import type { Tool } from '../../src/domain/registers/tool-register';
import { createMemoryStore } from '../fakes/memory-store';
import { renderApp } from './render-app';

const row = (id: string, order: number, internal: SideRole, msp: SideRole): FunctionRow => ({
  id,
  name: `Function ${id}`,
  category: 'Operations',
  internal,
  msp,
  tieBreaker: 'internal',
  notes: '',
  order,
  archived: false,
});

const jointRows = (count: number) =>
  Array.from({ length: count }, (_, i) => row(`j${i + 1}`, i + 1, PRIMARY, PRIMARY));

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

async function openHealth(
  extra: Partial<Engagement> & { rows?: readonly FunctionRow[] },
  startDate = '2026-09-01',
) {
  const store = createMemoryStore();
  const profile = { ...emptyProfile(startDate), customer: 'Contoso' };
  const base = newEngagement('e1', profile, extra.rows ?? []);
  await store.createEngagement({ ...base, ...extra });
  const app = renderApp({ store, hash: '#/e/e1/health' });
  // The first open of a lazily loaded view compiles it, which can take a few seconds in a cold run.
  await screen.findByRole('heading', { name: 'Health checks' });
  return app;
}

const findings = (check: string) =>
  screen.queryAllByTestId('finding').filter((item) => item.dataset.check === check);

describe('health view', () => {
  it('says there are no issues when every check passes', async () => {
    await openHealth({ rows: [row('a', 1, PRIMARY, NONE)] });
    expect(screen.getByText('No issues')).toBeInTheDocument();
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
  });

  it('does not call the matrix vague at the joint-row threshold', async () => {
    await openHealth({ rows: jointRows(3) });
    expect(findings('vague-matrix')).toHaveLength(0);
  });

  it('flags a vague matrix above the threshold, with severity as text and a link per row', async () => {
    await openHealth({ rows: [...jointRows(4), row('solo', 5, PRIMARY, NONE)] });
    const [vague] = findings('vague-matrix');
    expect(vague).toBeDefined();
    const card = within(vague!);
    expect(card.getByRole('heading', { name: 'Vague responsibility matrix' })).toBeInTheDocument();
    expect(card.getByText('Warning')).toBeInTheDocument();
    expect(card.getByText(/4 functions are joint/)).toBeInTheDocument();
    const links = card.getAllByRole('button').map((link) => link.textContent);
    expect(links).toEqual(['Function j1', 'Function j2', 'Function j3', 'Function j4']);
    expect(screen.getByText('1 issue found: 1 warning.')).toBeInTheDocument();
  });

  it('opens the matrix at the row a finding links to', async () => {
    const { user } = await openHealth({ rows: jointRows(4) });
    const [vague] = findings('vague-matrix');
    await user.click(within(vague!).getByRole('button', { name: 'Function j3' }));
    await waitFor(() => expect(window.location.hash).toBe('#/e/e1/matrix?row=j3'));
    expect(screen.getByRole('tab', { name: 'Matrix' })).toHaveAttribute('aria-selected', 'true');
  });

  it('lists critical findings before warnings', async () => {
    await openHealth({ rows: [...jointRows(4), row('orphan', 5, NONE, NONE)] });
    const checks = screen.getAllByTestId('finding').map((item) => item.dataset.check);
    expect(checks[0]).toBe('unowned-function');
    expect(screen.getByRole('region', { name: 'Critical' })).toBeInTheDocument();
    expect(screen.getByText('Critical', { selector: 'span' })).toBeInTheDocument();
  });

  it('reports overlapping tools with a link to the tool register', async () => {
    const { user } = await openHealth({
      tools: [tool('t1', 'Old RMM'), tool('t2', 'MSP RMM', { operatedBy: 'msp' })],
    });
    const [overlap] = findings('tooling-overlap');
    expect(within(overlap!).getByText(/^Tools: Old RMM, MSP RMM/)).toBeInTheDocument();
    await user.click(within(overlap!).getByRole('link', { name: 'Open the tool register' }));
    await screen.findByRole('heading', { name: 'Tools' });
    expect(window.location.hash).toBe('#/e/e1/tools');
  });

  it('says when the quarterly review is overdue, with a link to the reviews', async () => {
    const { user } = await openHealth({}, '2026-05-01');
    const [overdue] = findings('quarterly-review-overdue');
    expect(overdue).toHaveTextContent('The first quarterly review was due 2026-08-01');
    await user.click(within(overdue!).getByRole('link', { name: 'Open the quarterly reviews' }));
    await screen.findByRole('heading', { name: 'Quarterly reviews' });
    expect(window.location.hash).toBe('#/e/e1/reviews');
  });
});
