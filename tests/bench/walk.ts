/**
 * `npx tsx tests/bench/walk.ts [outDir]`: a user's walk through the app for a person to look at,
 * not a test. Local mode (the production build in `dist/`, `npm run build` first) and the Teams
 * host fake over the Graph emulator (built here), at 400 px (Teams mobile, side panels) and
 * 1366 px, light and dark: first run, matrix, board, 90-day plan, health, a quarterly review;
 * inside Teams also a Planner sync. Screenshots go to `outDir` (default: a temporary folder).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { preview } from 'vite';
import { createSharePointStore } from '../../src/adapters/graph/sharepoint/store';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { DEFAULT_MILESTONES } from '../../src/domain/plan/plan-template';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { openBrowser } from '../e2e/support/browser';
import { clientFor } from '../fakes/graph-emulator/test-harness';
import { DEV_TEAMS, startTeamsDev } from '../fakes/teams-host/dev-teams';

const out = process.argv[2] ?? (await mkdtemp(join(tmpdir(), 'tandem-walk-')));
const SIZES = [
  { width: 400, height: 800 },
  { width: 1366, height: 900 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const VIEWS = ['Ownership board', 'First 90 days', 'Health', 'Quarterly review'] as const;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(out, `${name}.png`), fullPage: false });

async function viewTab(root: Page | FrameLocator, name: string) {
  // Narrow layouts may put the views behind an overflow menu: try the tab first.
  const tab = root.getByRole('tab', { name });
  // Right after a dialog closes, Fluent lifts aria-hidden from the page on a timer: wait for it.
  const shown = await tab
    .waitFor({ timeout: 3000 })
    .then(() => true)
    .catch(() => false);
  if (shown) await tab.click();
  else {
    await root
      .getByRole('button', { name: /more|views/i })
      .first()
      .click();
    await root.getByRole('menuitem', { name }).click();
  }
}

async function localWalk(baseUrl: string) {
  for (const viewport of SIZES) {
    for (const colorScheme of SCHEMES) {
      const tag = `local-${viewport.width}-${colorScheme}`;
      const session = await openBrowser({ viewport, colorScheme });
      const { page } = session;
      try {
        await page.goto(baseUrl);
        await page.getByRole('textbox', { name: 'Customer' }).fill('Contoso Dental');
        await page.getByRole('textbox', { name: 'MSP', exact: true }).fill('Fabrikam IT');
        await shot(page, `${tag}-first-run`);
        await page.getByRole('button', { name: 'Create engagement' }).click();
        await page.locator('[data-testid="matrix-grid"] [data-row-id]').first().waitFor();
        await shot(page, `${tag}-matrix`);
        await importWalk(page, tag);
        for (const view of VIEWS) {
          await viewTab(page, view);
          await page.waitForTimeout(500);
          await shot(page, `${tag}-${view.replaceAll(' ', '-').toLowerCase()}`);
        }
        const start = page.getByRole('button', { name: /Start the .* review/ });
        if (await start.isVisible().catch(() => false)) {
          await start.click();
          await page.waitForTimeout(500);
          await shot(page, `${tag}-review-started`);
        }
        await viewTab(page, 'Fit assessment');
        await page
          .getByRole('radiogroup', { name: /competent but stretched/ })
          .getByText('Yes')
          .click();
        await shot(page, `${tag}-fit`);
        await page.getByRole('button', { name: 'Engagements' }).click();
        await page.getByRole('menuitem', { name: 'Publish to a team…' }).click();
        await page.getByRole('dialog', { name: 'Publish to a team' }).waitFor();
        await page.waitForTimeout(400);
        await shot(page, `${tag}-publish`);
        await page.getByRole('button', { name: 'Close' }).click();
        await page.getByRole('button', { name: 'Engagements' }).click();
        await page.getByRole('menuitem', { name: 'Delete this engagement…' }).click();
        await page.getByRole('alertdialog').waitFor();
        await shot(page, `${tag}-delete-confirm`);
        await page.getByRole('button', { name: 'Delete', exact: true }).click();
        await page.getByText(/was deleted on/).waitFor();
        await shot(page, `${tag}-deleted`);
        await page.getByRole('button', { name: 'Start a new engagement' }).click();
        await page.getByRole('region', { name: 'Recently deleted' }).waitFor();
        await shot(page, `${tag}-start-with-deleted`);
      } catch (error) {
        console.error(`${tag}: ${(error as Error).message.split('\n').slice(0, 3).join(' | ')}`);
        await shot(page, `${tag}-error`);
      } finally {
        await session.close().catch((error: Error) => console.error(`${tag}: ${error.message}`));
      }
    }
  }
}

/** Import: a legacy-encoded CSV (asks for its encoding), then names that only look alike. */
async function importWalk(page: Page, tag: string) {
  const header =
    'Function,Category,Internal role,Internal condition,MSP role,MSP condition,Owner,Tie-breaker,Notes';
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import functions' });
  await dialog.getByLabel(/CSV or Excel file/).setInputFiles({
    name: 'legacy.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([
      Buffer.from(`${header}\r\nPrinter fleet,Z`),
      Buffer.from([0xfc]),
      Buffer.from('rich,Primary,,None,,,,\r\n'),
    ]),
  });
  await dialog.getByRole('button', { name: 'Read as this encoding' }).waitFor();
  await shot(page, `${tag}-import-encoding`);
  await dialog.getByLabel(/CSV or Excel file/).setInputFiles({
    name: 'lookalike.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `${header}\r\nB\u0430ckup management and testing,,Primary,,None,,,,\r\nPrinter fleet,,Primary,,None,,,,\r\n`,
    ),
  });
  await dialog
    .getByText(/looks just like/)
    .first()
    .waitFor();
  await shot(page, `${tag}-import-lookalike`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** A milestone's checklist broken in Microsoft Lists (shown as broken on the plan). */
async function breakChecklist(client: ReturnType<typeof clientFor>, groupId: string) {
  const site = (await client.api(`/groups/${groupId}/sites/root`).get()) as { id: string };
  const lists = (await client.api(`/sites/${site.id}/lists`).get()) as {
    value: { id: string; displayName: string }[];
  };
  const list = lists.value.find((l) => l.displayName === 'Tandem milestones')!;
  const items = (await client
    .api(`/sites/${site.id}/lists/${list.id}/items`)
    .expand('fields')
    .get()) as { value: { id: string; fields: Record<string, unknown> }[] };
  const kickOff = items.value[0]!;
  await client
    .api(`/sites/${site.id}/lists/${list.id}/items/${kickOff.id}/fields`)
    .patch({ Checklist: '[{"id": "a", "title": "unclosed' });
}

/** A change SharePoint refuses (403 on the row's PATCH): set aside, then Fix. */
async function refusedChangeWalk(
  page: Page,
  frame: FrameLocator,
  graph: Awaited<ReturnType<typeof startTeamsDev>>['graph'],
  tag: string,
) {
  const name = 'Backup management and testing';
  graph.faults.next({ status: 403, inBatch: true, match: { method: 'PATCH' } });
  await frame.getByRole('button', { name: `Edit notes of ${name}` }).click();
  // Each walk types its own note: the emulator keeps the last walk's, and an unchanged note saves nothing.
  await frame
    .getByRole('textbox', { name: `Notes on ${name}` })
    .fill(`Weekly restore test (${tag})`);
  await frame.getByRole('textbox', { name: `Notes on ${name}` }).press('Enter');
  const bar = frame.getByRole('region', { name: 'Changes not saved' });
  await bar.waitFor();
  await shot(page, `${tag}-not-saved`);
  await bar.getByRole('button', { name: 'Fix' }).click();
  await frame.getByRole('dialog', { name: /^Fix: / }).waitFor();
  await page.waitForTimeout(300);
  await shot(page, `${tag}-fix-dialog`);
  await frame
    .getByRole('dialog', { name: /^Fix: / })
    .getByRole('button', { name: 'Save' })
    .click();
  await bar.waitFor({ state: 'detached' });
  graph.faults.clear();
}

async function teamsWalk() {
  const dev = await startTeamsDev({ quiet: true });
  try {
    const store = createSharePointStore({
      client: clientFor(dev.graph),
      site: { groupId: DEV_TEAMS.groupId },
    });
    let n = 0;
    const id = 'eng-walk';
    await store.createEngagement(
      newEngagement(
        id,
        { ...emptyProfile('2026-09-01'), customer: 'Contoso Dental', mspName: 'Fabrikam IT' },
        rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++n}`),
        { milestones: DEFAULT_MILESTONES },
      ),
    );
    await breakChecklist(clientFor(dev.graph), DEV_TEAMS.groupId);
    for (const viewport of SIZES) {
      for (const colorScheme of SCHEMES) {
        const tag = `teams-${viewport.width}-${colorScheme}`;
        const session = await openBrowser({ viewport, colorScheme, ignoreHttpsErrors: true });
        const { page } = session;
        try {
          await page.goto(
            dev.hostUrl({ entityId: id, theme: colorScheme === 'dark' ? 'dark' : 'default' }),
          );
          const frame = page.frameLocator('iframe[title="Tab"]');
          await frame.locator('[data-testid="matrix-grid"] [data-row-id]').first().waitFor();
          await shot(page, `${tag}-matrix`);
          await refusedChangeWalk(page, frame, dev.graph, tag);
          for (const view of VIEWS) {
            await viewTab(frame, view);
            await page.waitForTimeout(700);
            await shot(page, `${tag}-${view.replaceAll(' ', '-').toLowerCase()}`);
            if (view === 'First 90 days' && viewport.width === 1366 && colorScheme === 'light') {
              await frame.getByRole('button', { name: 'Create the Planner plan' }).click();
              await frame.getByTestId('planner-sync-result').waitFor({ timeout: 20_000 });
              await shot(page, `${tag}-planner-synced`);
            }
          }
        } catch (error) {
          console.error(`${tag}: ${(error as Error).message.split('\n')[0]}`);
          await shot(page, `${tag}-error`);
        } finally {
          await session.close().catch((error: Error) => console.error(`${tag}: ${error.message}`));
        }
      }
    }
  } finally {
    await dev.close();
  }
}

const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false } });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('no preview port');
try {
  await localWalk(`http://127.0.0.1:${address.port}/`);
} finally {
  await server.close();
}
await teamsWalk();
console.log(`Screenshots in ${out}`);
