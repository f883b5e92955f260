import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { ownerOf } from '../../src/domain/matrix/function-row';
import { OWNERS, type Owner } from '../../src/domain/matrix/roles';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { createMemoryStore, type MemoryStore } from '../fakes/memory-store';
import { renderApp } from './render-app';

withJsdomLayout();
import { withJsdomLayout } from './jsdom-layout';

const ENGAGEMENT_ID = 'eng-1';
const TIER_1 = 'Tier 1 helpdesk (passwords, printers, basic Windows)';
const ONBOARDING = 'User onboarding / offboarding';

async function openBoard() {
  const store = createMemoryStore();
  let next = 0;
  const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++next}`);
  const profile = { ...emptyProfile('2026-09-01'), customer: 'Contoso', mspName: 'Fabrikam' };
  await store.createEngagement(newEngagement(ENGAGEMENT_ID, profile, rows));
  const app = renderApp({ store, hash: `#/e/${ENGAGEMENT_ID}/board` });
  await screen.findByRole('region', { name: /^Internal lane/ });
  return { ...app, rows };
}

const lane = (label: string) => screen.getByRole('region', { name: new RegExp(`^${label} lane,`) });
const laneNames = (label: string) =>
  within(lane(label))
    .queryAllByTestId('board-card')
    .map((card) => within(card).getAllByText(/./)[0]?.textContent);
const card = (name: string) =>
  screen
    .getAllByTestId('board-card')
    .find((element) => within(element).queryByText(name, { exact: true })) as HTMLElement;

const loadStored = (store: MemoryStore) => store.loadEngagement(ENGAGEMENT_ID);

describe('ownership board', () => {
  it('shows the default template split into the four lanes, in matrix order', async () => {
    const { rows } = await openBoard();
    const expected = Object.fromEntries(
      OWNERS.map((owner) => [owner, rows.filter((row) => ownerOf(row) === owner)]),
    ) as Record<Owner, typeof rows>;
    expect(expected.internal).toHaveLength(3);
    expect(expected.msp).toHaveLength(9);
    expect(expected.joint).toHaveLength(2);
    expect(expected.unassigned).toHaveLength(0);

    expect(screen.getByRole('region', { name: 'Internal lane, 3 functions' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'MSP lane, 9 functions' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Joint lane, 2 functions' })).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Unassigned lane, 0 functions' }),
    ).toBeInTheDocument();
    for (const owner of OWNERS) {
      const cards = document.querySelectorAll(`[data-lane="${owner}"] [data-testid="board-card"]`);
      expect([...cards].map((element) => element.getAttribute('data-row-id'))).toEqual(
        expected[owner].map((row) => row.id),
      );
    }
  });

  it('shows category, helper conditions and the tie-breaker on cards', async () => {
    await openBoard();
    const tier1 = card(TIER_1);
    expect(within(tier1).getByText('Support')).toBeInTheDocument();
    expect(within(tier1).getByText('MSP: Overflow only')).toBeInTheDocument();
    const projects = card('Major projects (migrations, deployments)');
    // The guide's template names the internal side as tie-breaker of its joint rows (issue 12
    // item 4); a joint row without one says "No tie-breaker named yet" (board-model.ts).
    expect(within(projects).getByText('Tie-breaker: Internal')).toBeInTheDocument();
    expect(within(lane('Unassigned')).getByText('No functions in this lane.')).toBeInTheDocument();
  });

  it('moves a card with the keyboard through "Move to…" and logs the renegotiated change', async () => {
    const { user, store } = await openBoard();
    const moveButton = screen.getByRole('button', { name: `Move ${TIER_1} to…` });
    moveButton.focus();
    await user.keyboard('{Enter}');
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['MSP', 'Joint', 'Unassigned']);
    // Fluent moves focus into the menu with tabster, which needs layout jsdom lacks; the e2e test
    // covers arrow keys. Here the item is focused directly and activated with the keyboard.
    items[0]?.focus();
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: `Move “${TIER_1}” to MSP` });
    await user.click(within(dialog).getByRole('checkbox', { name: /renegotiated/ }));
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Internal IT is moving to projects',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Change owner' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: 'Internal lane, 2 functions' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'MSP lane, 10 functions' })).toBeInTheDocument();
    const moved = card(TIER_1);
    expect(moved.closest('[data-lane]')).toHaveAttribute('data-lane', 'msp');
    await waitFor(() => expect(moved).toHaveFocus());
    expect(screen.getByText(`Moved ${TIER_1} to MSP`)).toBeInTheDocument();

    await waitFor(async () => expect((await loadStored(store)).changeLog).toHaveLength(1));
    const stored = await loadStored(store);
    expect(stored.changeLog[0]).toMatchObject({
      rowId: 'row-1',
      rowName: TIER_1,
      by: 'Test User',
      from: { owner: 'internal' },
      to: { owner: 'msp', internal: { kind: 'none' }, msp: { kind: 'primary' } },
      renegotiated: true,
      reason: 'Internal IT is moving to projects',
    });
    const row = stored.rows.find((candidate) => candidate.id === 'row-1');
    expect(row && ownerOf(row)).toBe('msp');
  });

  it('leaves everything as it was when the move is cancelled', async () => {
    const { user, store } = await openBoard();
    await user.click(screen.getByRole('button', { name: `Move ${ONBOARDING} to…` }));
    await user.click(await screen.findByRole('menuitem', { name: 'MSP' }));
    const dialog = await screen.findByRole('dialog', { name: `Move “${ONBOARDING}” to MSP` });
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Not agreed');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: 'Internal lane, 3 functions' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'MSP lane, 9 functions' })).toBeInTheDocument();
    expect(card(ONBOARDING).closest('[data-lane]')).toHaveAttribute('data-lane', 'internal');
    await waitFor(() => expect(card(ONBOARDING)).toHaveFocus());
    const stored = await loadStored(store);
    expect(stored.changeLog).toHaveLength(0);
    const row = stored.rows.find((candidate) => candidate.name === ONBOARDING);
    expect(row && ownerOf(row)).toBe('internal');
  });

  it('moves a row into Joint and updates both counts', async () => {
    const { user, store } = await openBoard();
    await user.click(screen.getByRole('button', { name: `Move ${ONBOARDING} to…` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Joint' }));
    const dialog = await screen.findByRole('dialog', { name: `Move “${ONBOARDING}” to Joint` });
    await user.click(within(dialog).getByRole('button', { name: 'Change owner' }));

    expect(
      await screen.findByRole('region', { name: 'Joint lane, 3 functions' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Internal lane, 2 functions' })).toBeInTheDocument();
    expect(laneNames('Joint')).toContain(ONBOARDING);
    expect(within(card(ONBOARDING)).getByText('No tie-breaker named yet')).toBeInTheDocument();

    await waitFor(async () => expect((await loadStored(store)).changeLog).toHaveLength(1));
    expect((await loadStored(store)).changeLog[0]).toMatchObject({
      from: { owner: 'internal' },
      to: { owner: 'joint' },
      renegotiated: false,
      reason: '',
    });
  });

  it('filters the lanes by category', async () => {
    const { user } = await openBoard();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Security');

    expect(screen.getByRole('region', { name: 'Internal lane, 0 functions' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'MSP lane, 3 functions' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Joint lane, 0 functions' })).toBeInTheDocument();
    expect(laneNames('MSP')).toEqual([
      'Cybersecurity monitoring / SIEM',
      'EDR management / response',
      'Email security platform',
    ]);
    expect(screen.getByText(/Showing 3 of 14 functions/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'All categories');
    expect(screen.getAllByTestId('board-card')).toHaveLength(14);
  });

  it('opens a card’s row in the matrix', async () => {
    const { user } = await openBoard();
    await user.click(within(card(TIER_1)).getByRole('button', { name: 'Open in matrix' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/e/${ENGAGEMENT_ID}/matrix?row=row-1`));
  });
});
