import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { createMemoryStore } from '../fakes/memory-store';
import { renderApp } from './render-app';

async function openFit(internalItHeadcount = 1) {
  const store = createMemoryStore();
  const profile = { ...emptyProfile('2026-09-01'), customer: 'Contoso', internalItHeadcount };
  await store.createEngagement(newEngagement('e1', profile, []));
  const app = renderApp({ store, hash: '#/e/e1/fit' });
  // The first open of a lazily loaded view compiles it, which can take a few seconds in a cold run.
  await screen.findByRole('heading', { name: 'Does co-managed IT fit?' });
  return app;
}

const headcount = () => screen.getByRole('spinbutton', { name: /How many internal IT people/ });
const result = () => screen.getByTestId('fit-result');

describe('fit assessment', () => {
  it('prefills the headcount from the profile', async () => {
    await openFit(3);
    expect(headcount()).toHaveValue(3);
  });

  it('recommends managed IT when there is no internal IT staff', async () => {
    const { user } = await openFit();
    await user.clear(headcount());
    await user.type(headcount(), '0');
    expect(within(result()).getByText('Managed IT, not co-managed')).toBeInTheDocument();
    expect(within(result()).getByText(/don't have any internal IT staff/)).toBeInTheDocument();
  });

  it('asks to resolve the internal-IT concern first when the IT person resists', async () => {
    const { user } = await openFit();
    await user.click(screen.getByRole('switch', { name: /Your internal IT people are competent/ }));
    await user.click(screen.getByRole('switch', { name: /resistant to working with outside/ }));
    expect(within(result()).getByText('Resolve the internal-IT concern first')).toBeInTheDocument();
  });

  it('recommends co-managed IT for two stretched people, with the reasons', async () => {
    const { user } = await openFit();
    await user.clear(headcount());
    await user.type(headcount(), '2');
    await user.click(screen.getByRole('switch', { name: /competent but stretched thin/ }));
    await user.click(screen.getByRole('switch', { name: /lacks specific capabilities/ }));
    expect(within(result()).getByText('Co-managed IT fits')).toBeInTheDocument();
    const reasons = within(within(result()).getByRole('list', { name: 'Reasons' })).getAllByRole(
      'listitem',
    );
    expect(reasons.map((item) => item.textContent)).toEqual([
      'You have 2 internal IT people — the one-to-three range co-managed is made for.',
      'Your internal IT staff are competent but stretched thin.',
      'Your internal team lacks specific capabilities (cybersecurity, compliance, after-hours coverage).',
    ]);
  });

  it('explains an unusable headcount instead of guessing', async () => {
    const { user } = await openFit();
    await user.clear(headcount());
    expect(screen.getByText(/must be a whole number/)).toBeInTheDocument();
    expect(within(result()).getByText(/Enter how many internal IT people/)).toBeInTheDocument();
  });
});
