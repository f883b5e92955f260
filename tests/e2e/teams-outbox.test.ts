/**
 * Issue 13 item 1 in a real browser: an edit made inside Teams while SharePoint cannot be reached
 * is kept in IndexedDB (the outbox, with the browser's own Web Locks) when the tab is closed, and
 * sent the next time the engagement is opened — stored once, as counted in the Graph emulator.
 */
import { describe, expect, it } from 'vitest';
import { createSharePointStore } from '../../src/adapters/graph/sharepoint/store';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { LISTS } from '../../src/adapters/graph/sharepoint/schema';
import { clientFor } from '../fakes/graph-emulator/test-harness';
import { DEV_TEAMS } from '../fakes/teams-host/dev-teams';
import { tabFrame } from './support/teams-tab';
import { withTeamsDev } from './support/teams-dev';

const ID = 'eng-outbox';
const ROW = 'Backup management and testing';

const teams = withTeamsDev(async (dev) => {
  let n = 0;
  await createSharePointStore({
    client: clientFor(dev.graph),
    site: { groupId: DEV_TEAMS.groupId },
  }).createEngagement(
    newEngagement(
      ID,
      { ...emptyProfile('2026-09-01'), customer: 'Contoso Dental', mspName: 'Fabrikam IT' },
      rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++n}`),
    ),
  );
});

/** The row items whose notes say `notes`, in the emulator's list (not on screen). */
async function storedWithNotes(notes: string) {
  const dev = teams.dev();
  const site = (await clientFor(dev.graph)
    .api(`/groups/${DEV_TEAMS.groupId}/sites/root`)
    .get()) as {
    id: string;
  };
  const list = dev.graph.state
    .lists(site.id)
    .find((l) => l.displayName === LISTS.rows.displayName)!;
  return list.items.filter((item) => item.fields['Notes'] === notes);
}

describe('the outbox inside Teams', () => {
  it('sends, on the next visit, an edit SharePoint could not take before the tab was closed', async () => {
    const session = await teams.open();
    const dev = teams.dev();
    const first = session.page;
    await first.goto(dev.hostUrl({ entityId: ID }));
    let frame = tabFrame(first);
    await frame.locator('[data-testid="matrix-grid"] [data-row-id]').first().waitFor();

    dev.graph.faults.next({ status: 503, times: 100_000 }); // SharePoint gone
    await frame.getByRole('button', { name: `Edit notes of ${ROW}` }).click();
    const box = frame.getByRole('textbox', { name: `Notes on ${ROW}` });
    await box.fill('Typed while SharePoint was down');
    await box.press('Enter');
    // Wait until the tab has kept it (its outbox slot holds work), then close it mid-retry.
    await expect
      .poll(
        () =>
          first.frames()[1]!.evaluate(
            () =>
              new Promise<number>((resolve) => {
                const open = indexedDB.open('tandem-outbox');
                open.onsuccess = () => {
                  const all = open.result.transaction('slots').objectStore('slots').getAll();
                  all.onsuccess = () => resolve(all.result.filter((slot) => slot.work).length);
                };
                open.onerror = () => resolve(0);
              }),
          ),
        { timeout: 10_000 },
      )
      .toBe(1);
    await first.close({ runBeforeUnload: false });
    dev.graph.faults.clear(); // SharePoint back
    expect(await storedWithNotes('Typed while SharePoint was down')).toHaveLength(0);

    const second = await session.context.newPage();
    await second.goto(dev.hostUrl({ entityId: ID }));
    frame = tabFrame(second);
    await expect
      .poll(async () => (await storedWithNotes('Typed while SharePoint was down')).length, {
        timeout: 15_000,
      })
      .toBe(1);
    await frame.getByTestId('sync-state').getByText('Saved').waitFor();
    // On screen too, in its row (scrolled to: the grid renders the rows in view).
    await frame.getByRole('button', { name: `Edit notes of ${ROW}` }).scrollIntoViewIfNeeded();
    await frame.getByText('Typed while SharePoint was down').waitFor();
  });
});
