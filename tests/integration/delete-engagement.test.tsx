import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { rowsFromTemplate, templateById } from '../../src/domain/matrix/templates';
import { createMemoryStore } from '../fakes/memory-store';
import { renderApp } from './render-app';

async function twoEngagements() {
  const store = createMemoryStore();
  let n = 0;
  const rows = rowsFromTemplate(templateById('co-managed-75'), () => `r${++n}`);
  for (const [id, customer] of [
    ['e1', 'Contoso'],
    ['e2', 'Northwind'],
  ] as const) {
    const profile = { ...emptyProfile('2026-09-01'), customer, mspName: 'Fabrikam IT' };
    await store.createEngagement(newEngagement(id, profile, id === 'e1' ? rows : []));
  }
  return store;
}

const openMenu = async (user: ReturnType<typeof renderApp>['user']) => {
  await user.click(await screen.findByRole('button', { name: 'Engagements' }));
  return screen.findByRole('menu');
};

describe('issue 12 item 7: deleting an engagement, with a way back', () => {
  it('asks with its name, keeps it restorable, and restores it whole from Recently deleted', async () => {
    const store = await twoEngagements();
    const { user } = renderApp({ store, hash: '#/e/e1/matrix' });
    await screen.findByRole('heading', { name: 'Contoso', level: 1 });
    const rowsBefore = (await store.loadEngagement('e1')).rows;

    const menu = await openMenu(user);
    await user.click(within(menu).getByRole('menuitem', { name: 'Delete this engagement…' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Delete “Contoso ↔ Fabrikam IT”?',
    });
    expect(dialog).toHaveTextContent(/For 30 days anyone who can open it can restore it/);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    const notice = await screen.findByText(/“Contoso ↔ Fabrikam IT” was deleted on 2026-11-27/);
    expect(notice).toHaveTextContent(/It can be restored until 2026-12-27/);
    expect(screen.queryByRole('tab', { name: 'Matrix' })).not.toBeInTheDocument();
    expect((await store.listEngagements()).find((s) => s.id === 'e1')?.deletedAt).not.toBeNull();

    // The switcher no longer offers it to open, only to restore.
    await user.click(screen.getByRole('button', { name: 'Open Northwind' }));
    await screen.findByRole('heading', { name: 'Northwind', level: 1 });
    const again = await openMenu(user);
    expect(within(again).queryByRole('menuitemradio', { name: /Contoso/ })).not.toBeInTheDocument();
    await user.click(
      within(again).getByRole('menuitem', { name: 'Restore Contoso · Fabrikam IT' }),
    );

    await screen.findByRole('heading', { name: 'Contoso', level: 1 });
    await screen.findByRole('tab', { name: 'Matrix' });
    const restored = await store.loadEngagement('e1');
    expect(restored.profile.deletedAt).toBeUndefined();
    expect(restored.rows).toStrictEqual(rowsBefore);
  });

  it('offers the last deleted engagement on the start page, and Restore brings it back', async () => {
    const store = createMemoryStore();
    const profile = { ...emptyProfile('2026-09-01'), customer: 'Contoso', mspName: 'Fabrikam IT' };
    await store.createEngagement(
      newEngagement('e1', { ...profile, deletedAt: '2026-11-20T08:00:00.000Z' }, []),
    );
    const { user } = renderApp({ store });
    const section = await screen.findByRole('region', { name: 'Recently deleted' });
    expect(section).toHaveTextContent('until 2026-12-20');
    await user.click(
      within(section).getByRole('button', { name: 'Restore Contoso · Fabrikam IT' }),
    );
    await screen.findByRole('heading', { name: 'Contoso', level: 1 });
    await waitFor(async () =>
      expect((await store.loadEngagement('e1')).profile.deletedAt).toBeUndefined(),
    );
  });

  it('removes an engagement deleted more than 30 days ago for good when the list is read', async () => {
    const store = createMemoryStore();
    const profile = { ...emptyProfile('2026-09-01'), customer: 'Contoso' };
    await store.createEngagement(
      newEngagement('old', { ...profile, deletedAt: '2026-10-01T08:00:00.000Z' }, []),
    );
    renderApp({ store });
    await screen.findByRole('heading', { name: 'Start a co-managed engagement' });
    await waitFor(async () => expect(await store.listEngagements()).toEqual([]));
    expect(screen.queryByRole('region', { name: 'Recently deleted' })).not.toBeInTheDocument();
  });
});
