import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { createMemoryStore } from '../fakes/memory-store';
import { renderApp } from './render-app';

async function openProfile() {
  const store = createMemoryStore();
  const profile = { ...emptyProfile('2026-09-01'), customer: 'Contoso', mspName: 'Fabrikam IT' };
  await store.createEngagement(newEngagement('e1', profile, []));
  const commits: unknown[] = [];
  const commit = store.commit.bind(store);
  store.commit = (id, changes) => {
    commits.push(changes);
    return commit(id, changes);
  };
  const app = renderApp({ store, hash: '#/e/e1/profile', today: '2026-11-27' });
  // The first open of a lazily loaded view compiles it, which can take a few seconds in a cold run.
  await screen.findByRole('heading', { name: 'Engagement profile' });
  return { ...app, commits };
}

const field = (name: string | RegExp) => screen.getByLabelText(name);
const saveButton = () => screen.getByRole('button', { name: 'Save profile' });
const storedProfile = async (store: ReturnType<typeof createMemoryStore>) =>
  (await store.loadEngagement('e1')).profile;

describe('profile', () => {
  it('shows an invalid e-mail inline, keeps the typing and does not save', async () => {
    const { user, store, commits } = await openProfile();
    await user.type(field('Internal IT lead e-mail'), 'dana@contoso');
    await user.clear(field(/^Customer/));
    await user.type(field(/^Customer/), 'Contoso Ltd');
    await user.click(saveButton());
    expect(
      screen.getByText('Internal lead e-mail must be an e-mail address such as name@contoso.com.'),
    ).toBeInTheDocument();
    expect(field('Internal IT lead e-mail')).toHaveValue('dana@contoso');
    expect(field(/^Customer/)).toHaveValue('Contoso Ltd');
    expect(screen.getByText('Not saved: correct the fields marked above.')).toBeInTheDocument();
    expect((await storedProfile(store)).customer).toBe('Contoso');
    expect(commits).toHaveLength(0);
  });

  it('refuses an impossible start date with an inline message', async () => {
    const { user, store, commits } = await openProfile();
    // Like a browser, the date input cannot hold 2026-02-30: it reads as empty.
    await user.clear(field(/^Engagement start date/));
    await user.type(field(/^Engagement start date/), '2026-02-30');
    await user.click(saveButton());
    expect(screen.getByText('Start date is required.')).toBeInTheDocument();
    expect((await storedProfile(store)).startDate).toBe('2026-09-01');
    expect(commits).toHaveLength(0);
  });

  it('refuses a review date the browser cannot read, or one in the future', async () => {
    const { user, store, commits } = await openProfile();
    const review = field(/^Last quarterly review date/) as HTMLInputElement;
    await user.type(review, '2027-01-15');
    await user.click(saveButton());
    expect(
      screen.getByText('Last quarterly review date cannot be in the future.'),
    ).toBeInTheDocument();

    // jsdom does not report half-typed dates; stand in for the browser's `validity.badInput`.
    await user.clear(review);
    Object.defineProperty(review.validity, 'badInput', { configurable: true, get: () => true });
    await user.click(saveButton());
    expect(
      screen.getByText('Last quarterly review date must be a real date (YYYY-MM-DD).'),
    ).toBeInTheDocument();
    expect((await storedProfile(store)).lastReviewDate).toBeNull();
    expect(commits).toHaveLength(0);
  });

  it('saves a valid change, including the last review date', async () => {
    const { user, store } = await openProfile();
    await user.clear(field(/^Customer/));
    await user.type(field(/^Customer/), 'Contoso Ltd');
    await user.type(field('MSP engagement manager e-mail'), 'sam@fabrikam.com');
    await user.clear(field(/^Joint rows allowed/));
    await user.type(field(/^Joint rows allowed/), '4');
    await user.type(field(/^Last quarterly review date/), '2026-11-15');
    await user.click(saveButton());
    expect(screen.getByText('Profile saved.')).toBeInTheDocument();
    await waitFor(async () =>
      expect(await storedProfile(store)).toMatchObject({
        customer: 'Contoso Ltd',
        mspName: 'Fabrikam IT',
        mspLead: { name: '', upn: 'sam@fabrikam.com' },
        jointRowThreshold: 4,
        lastReviewDate: '2026-11-15',
      }),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeInTheDocument();
  });
});
