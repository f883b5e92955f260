/**
 * The 90-day tracker and Planner end to end: the app framed by the Teams host fake, its plan in the
 * team's SharePoint lists and its tasks in the team's Planner plan, both in the Graph emulator.
 * Planner edits made "by a person in Planner" go through the emulator's UI side door.
 */
import type { FrameLocator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharePointStore } from '../../src/adapters/graph/sharepoint/store';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { clientFor } from '../fakes/graph-emulator/test-harness';
import { DEV_TEAMS, startTeamsDev, type TeamsDev } from '../fakes/teams-host/dev-teams';
import { openBrowser, type BrowserSession } from './support/browser';
import { tabFrame } from './support/teams-tab';

let dev: TeamsDev;
let session: BrowserSession;
const ENGAGEMENT_ID = 'eng-plan-e2e';
const SECOND_ID = 'eng-plan-existing';

beforeAll(async () => {
  dev = await startTeamsDev({ quiet: true });
  let next = 0;
  const store = createSharePointStore({
    client: clientFor(dev.graph),
    site: { groupId: DEV_TEAMS.groupId },
  });
  await store.createEngagement(
    newEngagement(SECOND_ID, { ...emptyProfile('2026-09-01'), customer: 'Northwind' }, []),
  );
  await store.createEngagement(
    newEngagement(
      ENGAGEMENT_ID,
      {
        ...emptyProfile('2026-09-01'),
        customer: 'Contoso Dental',
        mspName: 'Fabrikam IT',
        mspLead: { name: 'Alex Wilber', upn: 'alex@fabrikam.com' },
      },
      rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++next}`),
    ),
  );
  dev.graph.addUser({
    id: '5b6c7d8e-0000-4000-8000-00000000a1e0',
    userPrincipalName: 'alex@fabrikam.com',
  });
  session = await openBrowser({ ignoreHttpsErrors: true });
}, 180_000);
afterAll(async () => {
  await session?.close();
  await dev?.close();
});

const plannerTasks = () => dev.graph.planner.plans().flatMap((plan) => plan.tasks);

async function sync(frame: FrameLocator, button: string): Promise<string> {
  await frame.getByRole('button', { name: button }).click();
  const result = frame.getByTestId('planner-sync-result');
  const failure = frame.getByRole('alert').filter({ hasText: 'Planner was not synced' });
  await result.or(failure).first().waitFor();
  if (await failure.isVisible()) throw new Error(`Sync failed: ${await failure.textContent()}`);
  const text = (await result.textContent()) ?? '';
  await frame.getByRole('button', { name: 'Sync with Planner' }).waitFor();
  return text;
}

describe('the 90-day plan with Planner, in Teams', () => {
  it('starts the plan, publishes it to Planner, takes progress back, and re-syncs without duplicates', async () => {
    const { page } = session;
    await page.goto(dev.hostUrl({ entityId: ENGAGEMENT_ID }));
    const frame = tabFrame(page);
    await frame.getByRole('tab', { name: 'First 90 days' }).click();
    await frame.getByRole('button', { name: 'Start the 90-day plan' }).click();
    const milestones = frame.getByTestId('milestone');
    await milestones.first().waitFor();
    const milestoneCount = await milestones.count();
    expect(milestoneCount).toBeGreaterThan(10);
    await frame.getByTestId('sync-state').getByText('Saved').waitFor();

    // First sync: a plan in the team's group, a bucket per phase, a task per milestone.
    const first = await sync(frame, 'Create the Planner plan');
    expect(first).toContain(`${milestoneCount} tasks created`);
    const [plan] = dev.graph.planner.plans();
    expect(dev.graph.planner.plans()).toHaveLength(1);
    expect(plan?.groupId).toBe(DEV_TEAMS.groupId);
    expect(plan?.buckets.map((bucket) => bucket.name).sort()).toEqual(
      ['Discovery and documentation', 'Stabilization and refinement', 'Tool deployment'].sort(),
    );
    expect(plannerTasks()).toHaveLength(milestoneCount);
    // The MSP lead was found in the directory and assigned to the MSP's milestones.
    expect(
      plannerTasks().some((task) => '5b6c7d8e-0000-4000-8000-00000000a1e0' in task.assignments),
    ).toBe(true);

    // Someone completes a task in Planner; the next sync brings it into the tracker.
    const done = plannerTasks()[0]!;
    dev.graph.planner.ui.setPercentComplete(done.id, 100);
    const second = await sync(frame, 'Sync with Planner');
    expect(second).toContain('progress of 1 milestone taken from Planner');
    const item = milestones.filter({ hasText: done.title });
    await item.getByTestId('milestone-status').getByText('Done').waitFor();

    // Nothing changed since: a sync writes nothing and creates nothing.
    const seen = dev.graph.log.entries().length;
    const third = await sync(frame, 'Sync with Planner');
    expect(third).toContain('nothing to change');
    expect(plannerTasks()).toHaveLength(milestoneCount);
    const writes = dev.graph.log
      .entries()
      .slice(seen)
      .filter(
        (entry) => entry.method !== 'GET' && !new URL(entry.url).pathname.endsWith('/$batch'),
      );
    expect(writes.map((entry) => `${entry.method} ${entry.url}`)).toEqual([]);

    // After a reload the progress is still there: it was saved in SharePoint.
    await page.reload();
    await tabFrame(page).getByRole('tab', { name: 'First 90 days' }).click();
    await tabFrame(page)
      .getByTestId('milestone')
      .filter({ hasText: done.title })
      .getByTestId('milestone-status')
      .getByText('Done')
      .waitFor();
  });

  it('links one of the team’s existing plans instead of making a new one', async () => {
    const existing = (await clientFor(dev.graph)
      .api('/planner/plans')
      .post({
        container: { url: `https://graph.microsoft.com/v1.0/groups/${DEV_TEAMS.groupId}` },
        title: 'Northwind rollout',
      })) as { id: string };
    const plansBefore = dev.graph.planner.plans().length;
    const { page } = session;
    await page.goto(dev.hostUrl({ entityId: SECOND_ID }));
    const frame = tabFrame(page);
    await frame.getByRole('tab', { name: 'First 90 days' }).click();
    await frame.getByRole('button', { name: 'Start the 90-day plan' }).click();
    await frame.getByTestId('milestone').first().waitFor();
    await frame.getByTestId('sync-state').getByText('Saved').waitFor();
    await frame.getByRole('button', { name: 'Use an existing plan…' }).click();
    await frame
      .getByRole('combobox', { name: 'Plan' })
      .selectOption({ label: 'Northwind rollout' });
    const result = await sync(frame, 'Link the plan');
    expect(result).toContain('Synced with “Northwind rollout”');
    expect(dev.graph.planner.plans()).toHaveLength(plansBefore);
    const linked = dev.graph.planner.plans().find((plan) => plan.id === existing.id);
    expect(linked?.buckets).toHaveLength(3);
    expect(linked?.tasks.length).toBe(await frame.getByTestId('milestone').count());
  });
});
