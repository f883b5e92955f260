import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { ChangeEntry } from '../../src/domain/engagement/change-log';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import type { FunctionRow } from '../../src/domain/matrix/function-row';
import {
  NONE,
  PRIMARY,
  deriveOwner,
  secondary,
  type SideRole,
} from '../../src/domain/matrix/roles';
import { createMemoryStore } from '../fakes/memory-store';
import { renderApp } from './render-app';

const row = (id: string, name: string): FunctionRow => ({
  id,
  name,
  category: 'Support',
  internal: PRIMARY,
  msp: NONE,
  tieBreaker: null,
  notes: '',
  order: 1,
  archived: false,
});

const side = (internal: SideRole, msp: SideRole) => ({
  owner: deriveOwner(internal, msp),
  internal,
  msp,
});

const entry = (
  id: string,
  at: string,
  from: ReturnType<typeof side>,
  to: ReturnType<typeof side>,
  renegotiated: boolean,
  reason: string,
): ChangeEntry => ({
  id,
  rowId: 'r1',
  rowName: 'Tier 1 helpdesk',
  at,
  by: 'Dana',
  from,
  to,
  renegotiated,
  reason,
});

const INTERNAL = side(PRIMARY, secondary('Overflow only'));
const MSP = side(NONE, PRIMARY);
const JOINT = side(PRIMARY, PRIMARY);

async function openLog(changeLog: ChangeEntry[]) {
  const store = createMemoryStore();
  const profile = { ...emptyProfile('2026-09-01'), customer: 'Contoso' };
  await store.createEngagement({
    ...newEngagement('e1', profile, [row('r1', 'Tier 1 helpdesk')]),
    changeLog,
  });
  const app = renderApp({ store, hash: '#/e/e1/log' });
  // The first open of a lazily loaded view compiles it, which can take a few seconds in a cold run.
  await screen.findByRole('heading', { name: 'Change log' });
  return app;
}

const reasons = () =>
  screen
    .queryAllByTestId('change-entry')
    .map((tr) => within(tr).getAllByRole('cell').at(-1)?.textContent);

describe('change log', () => {
  it('says so when nothing has changed', async () => {
    await openLog([]);
    expect(screen.getByText(/No ownership changes yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists changes newest first with who, when, from → to and renegotiation as text', async () => {
    await openLog([
      entry('a', '2026-10-01T09:00:00.000Z', INTERNAL, JOINT, true, 'Agreed at kickoff'),
      entry('c', '2026-11-20T16:30:00.000Z', JOINT, INTERNAL, true, 'Handed back'),
      entry('b', '2026-11-02T10:00:00.000Z', JOINT, MSP, false, 'Internal lead on leave'),
    ]);
    expect(reasons()).toEqual(['Handed back', 'Internal lead on leave', 'Agreed at kickoff']);
    const [, drift] = screen.getAllByTestId('change-entry');
    const cells = within(drift!).getAllByRole('cell');
    expect(cells[0]!.querySelector('time')).toHaveAttribute('dateTime', '2026-11-02T10:00:00.000Z');
    expect(cells[1]).toHaveTextContent('Dana');
    expect(cells[3]).toHaveTextContent('JointInternal: Primary · MSP: Primary');
    expect(cells[4]).toHaveTextContent('MSPInternal: None · MSP: Primary');
    expect(cells[5]).toHaveTextContent('No — moved toward the MSP');
  });

  it('filters to unrenegotiated moves toward the MSP', async () => {
    const { user } = await openLog([
      entry('a', '2026-10-01T09:00:00.000Z', INTERNAL, JOINT, true, 'Agreed at kickoff'),
      entry('b', '2026-11-02T10:00:00.000Z', JOINT, MSP, false, 'Internal lead on leave'),
      entry('c', '2026-11-20T16:30:00.000Z', MSP, INTERNAL, false, 'Handed back'),
    ]);
    await user.click(
      screen.getByRole('switch', { name: 'Only unrenegotiated moves toward the MSP' }),
    );
    expect(reasons()).toEqual(['Internal lead on leave']);
    expect(screen.getByText('Showing 1 of 3 changes.')).toBeInTheDocument();
    await user.click(
      screen.getByRole('switch', { name: 'Only unrenegotiated moves toward the MSP' }),
    );
    expect(reasons()).toHaveLength(3);
  });

  it('links each change to its row in the matrix', async () => {
    const { user } = await openLog([
      entry('a', '2026-10-01T09:00:00.000Z', INTERNAL, JOINT, true, 'Agreed at kickoff'),
    ]);
    await user.click(screen.getByRole('button', { name: 'Tier 1 helpdesk' }));
    await waitFor(() => expect(window.location.hash).toBe('#/e/e1/matrix?row=r1'));
  });
});
