import { AxeBuilder } from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';
import { baseUrl, createEngagementFromTemplate, openView } from './support/app';

const VIEWS = [
  'Matrix',
  'Ownership board',
  'Health',
  'Tools',
  'Channels',
  'Fit assessment',
  'Change log',
  'Profile',
];

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function seriousViolations(session: BrowserSession) {
  const results = await new AxeBuilder({ page: session.page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
}

describe.each(['light', 'dark'] as const)('accessibility scan (axe), %s theme', (colorScheme) => {
  it('the first-run form has no serious or critical violations', async () => {
    session = await openBrowser({ colorScheme });
    await session.page.goto(baseUrl());
    await session.page.getByRole('button', { name: 'Create engagement' }).waitFor();
    expect(await seriousViolations(session)).toEqual([]);
  });

  it('every engagement view has no serious or critical violations', async () => {
    session = await openBrowser({ colorScheme });
    await createEngagementFromTemplate(session.page);
    const report: Record<string, string[]> = {};
    for (const view of VIEWS) {
      await openView(session.page, view);
      await session.page.getByRole('tab', { name: view, selected: true }).waitFor();
      await session.page
        .locator('main [role="progressbar"], main .fui-Spinner')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => {});
      await session.page.waitForTimeout(300); // let the lazy view mount and settle (not an assertion)
      report[view] = await seriousViolations(session);
    }
    expect(report).toEqual(Object.fromEntries(VIEWS.map((view) => [view, []])));
  });
});
