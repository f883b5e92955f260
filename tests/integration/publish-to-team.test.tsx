import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { rowsFromTemplate, templateById } from '../../src/domain/matrix/templates';
import { plainEngagement } from '../../src/ports/engagement-store';
import { createMemoryStore } from '../fakes/memory-store';
import { readBytes } from '../../src/features/shared/read-file';
import { captureDownloads } from './downloads';
import { renderApp } from './render-app';

afterEach(() => vi.restoreAllMocks());

async function localEngagement() {
  const store = createMemoryStore();
  let n = 0;
  const profile = { ...emptyProfile('2026-09-01'), customer: 'Contoso', mspName: 'Fabrikam IT' };
  const rows = rowsFromTemplate(templateById('co-managed-75'), () => `r${++n}`);
  await store.createEngagement(newEngagement('e1', profile, rows));
  return store;
}

describe('issue 12 item 7: "Publish to a team" has a real button', () => {
  it('downloads the engagement from local mode; the team’s tab publishes it whole, and a second time writes nothing', async () => {
    const files = captureDownloads();
    const local = await localEngagement();
    const browser = renderApp({ store: local, hash: '#/e/e1/matrix' });
    await screen.findByRole('heading', { name: 'Contoso', level: 1 });
    await browser.user.click(await screen.findByRole('button', { name: 'Engagements' }));
    await browser.user.click(await screen.findByRole('menuitem', { name: 'Publish to a team…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish to a team' });
    await browser.user.click(
      within(dialog).getByRole('button', { name: 'Download engagement file' }),
    );
    expect(files.map((file) => file.name)).toEqual(['Contoso ↔ Fabrikam IT.tandem.json']);
    expect(dialog).toHaveTextContent('Downloaded “Contoso ↔ Fabrikam IT.tandem.json”');
    browser.unmount();

    // The team's store, empty: its tab opens on the create form.
    const team = createMemoryStore();
    const tab = renderApp({ store: team });
    await screen.findByRole('heading', { name: 'Start a co-managed engagement' });
    const file = new File([await readBytes(files[0]!.blob as File)], files[0]!.name, {
      type: 'application/json',
    });
    await tab.user.upload(screen.getByLabelText('Engagement file'), file);
    await screen.findByRole('heading', { name: 'Contoso', level: 1 });
    expect(plainEngagement(await team.loadEngagement('e1'))).toStrictEqual(
      plainEngagement(await local.loadEngagement('e1')),
    );

    // Again, from "New engagement…": nothing new is written.
    const commit = vi.spyOn(team, 'commit');
    await tab.user.click(screen.getByRole('button', { name: 'Engagements' }));
    await tab.user.click(await screen.findByRole('menuitem', { name: 'New engagement…' }));
    await tab.user.upload(await screen.findByLabelText('Engagement file'), file);
    expect(
      await screen.findByText('Contoso is already here and up to date: nothing was written.'),
    ).toBeInTheDocument();
    expect(commit).not.toHaveBeenCalled();
  });

  it('refuses a file that is not an engagement file, saying so, and creates nothing', async () => {
    const team = createMemoryStore();
    const { user } = renderApp({ store: team });
    await screen.findByRole('heading', { name: 'Start a co-managed engagement' });
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'logo.json');
    await user.upload(screen.getByLabelText('Engagement file'), png);
    expect(
      await screen.findByText('This is not a Tandem engagement file: it is not JSON.'),
    ).toBeInTheDocument();
    expect(await team.listEngagements()).toEqual([]);
  });

  it('offers Publish only in local mode', async () => {
    const local = await localEngagement();
    const { user } = renderApp({ store: { ...local, kind: 'sharepoint' }, hash: '#/e/e1/matrix' });
    await screen.findByRole('heading', { name: 'Contoso', level: 1 });
    await user.click(await screen.findByRole('button', { name: 'Engagements' }));
    await screen.findByRole('menuitem', { name: 'New engagement…' });
    expect(screen.queryByRole('menuitem', { name: 'Publish to a team…' })).not.toBeInTheDocument();
  });
});
