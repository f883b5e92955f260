import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { createMemoryStore } from '../fakes/memory-store';
import { renderApp } from './render-app';

async function openFit(internalItHeadcount = 1, store = createMemoryStore()) {
  if (!(await store.listEngagements()).length) {
    const profile = { ...emptyProfile('2026-09-01'), customer: 'Contoso', internalItHeadcount };
    await store.createEngagement(newEngagement('e1', profile, []));
  }
  const app = renderApp({ store, hash: '#/e/e1/fit' });
  // The first open of a lazily loaded view compiles it, which can take a few seconds in a cold run.
  await screen.findByRole('heading', { name: 'Does co-managed IT fit?' });
  return app;
}

const headcount = () => screen.getByRole('spinbutton', { name: /How many internal IT people/ });
const result = () => screen.getByTestId('fit-result');
const question = (name: RegExp) => screen.getByRole('radiogroup', { name });
const answer = (name: RegExp, value: 'Yes' | 'No') =>
  within(question(name)).getByRole('radio', { name: value });

const RESISTS = /resistant to working with outside/;
const FITS_WHEN = [
  /competent but stretched thin/,
  /keep your internal IT relationships/,
  /lacks specific capabilities/,
  /compliance obligation/,
  /growing faster than you can hire/,
];

describe('fit assessment', () => {
  it('prefills the headcount from the profile', async () => {
    await openFit(3);
    expect(headcount()).toHaveValue(3);
  });

  it('issue 12 item 4: one internal IT person with nothing answered is "Not answered yet", with the questions left', async () => {
    await openFit(1);
    expect(within(result()).getByText('Not answered yet')).toBeInTheDocument();
    expect(within(result()).queryByText('Targeted consulting engagements')).not.toBeInTheDocument();
    const left = within(
      within(result()).getByRole('list', { name: 'Still to answer' }),
    ).getAllByRole('listitem');
    expect(left).toHaveLength(6);
  });

  it('issue 12 item 4: the answers are saved with the engagement and are there on reopening', async () => {
    const first = await openFit(2);
    await first.user.click(answer(/competent but stretched thin/, 'Yes'));
    await first.user.click(answer(RESISTS, 'No'));
    await waitFor(async () =>
      expect((await first.store.loadEngagement('e1'))?.profile.fitAnswers).toEqual({
        internalCompetentButStretched: true,
        internalResistsOutsideHelp: false,
      }),
    );
    first.unmount();
    await openFit(2, first.store);
    expect(answer(/competent but stretched thin/, 'Yes')).toBeChecked();
    expect(answer(RESISTS, 'No')).toBeChecked();
    expect(within(result()).getByText('Co-managed IT fits')).toBeInTheDocument();
  });

  it('saves a changed headcount to the profile when the field is left', async () => {
    const { user, store } = await openFit(1);
    await user.clear(headcount());
    await user.type(headcount(), '2');
    await user.tab();
    await waitFor(async () =>
      expect((await store.loadEngagement('e1'))?.profile.internalItHeadcount).toBe(2),
    );
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
    await user.click(answer(/competent but stretched thin/, 'Yes'));
    await user.click(answer(RESISTS, 'Yes'));
    expect(within(result()).getByText('Resolve the internal-IT concern first')).toBeInTheDocument();
  });

  it('says no need is shown when every "fits when" is answered no', async () => {
    const { user } = await openFit(2);
    for (const name of FITS_WHEN) await user.click(answer(name, 'No'));
    await user.click(answer(RESISTS, 'No'));
    expect(within(result()).getByText('No need for co-managed IT shown')).toBeInTheDocument();
  });

  it('recommends co-managed IT for two stretched people, with the reasons', async () => {
    const { user } = await openFit();
    await user.clear(headcount());
    await user.type(headcount(), '2');
    await user.click(answer(/competent but stretched thin/, 'Yes'));
    await user.click(answer(/lacks specific capabilities/, 'Yes'));
    await user.click(answer(RESISTS, 'No'));
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
