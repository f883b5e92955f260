/**
 * A quarterly review end to end inside Teams: the app framed by the Teams host fake, the engagement
 * and its reviews in the team's SharePoint lists, the summary posted to the team's channel — all in
 * the Graph emulator. The two leads are two sign-ins (the host fake's `loginHint`): each may sign
 * only for their own side. Then the posted card's deep link is opened like Teams would open it.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharePointStore } from '../../src/adapters/graph/sharepoint/store';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import type { FunctionRow } from '../../src/domain/matrix/function-row';
import { createReview, signOff } from '../../src/domain/review/review';
import { type Review } from '../../src/domain/review/review-record';
import { NONE, PRIMARY } from '../../src/domain/matrix/roles';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { clientFor } from '../fakes/graph-emulator/test-harness';
import {
  DEV_TEAMS,
  DEV_TEAMS_APP_ID,
  startTeamsDev,
  type TeamsDev,
} from '../fakes/teams-host/dev-teams';
import { openBrowser, type BrowserSession } from './support/browser';
import { tabFrame } from './support/teams-tab';

let dev: TeamsDev;
let session: BrowserSession;
const ENGAGEMENT_ID = 'eng-review-e2e';
const CUSTOMER = 'Contoso <Dental> & Co';
const MEGAN = { name: 'Megan Bowen', upn: DEV_TEAMS.loginHint };
const ALEX = { name: 'Alex Wilber', upn: 'alex@fabrikam.com' };
const MOVED_ROW = 'Patching =cmd|calc';

function signed(review: Review): Review {
  let result = review;
  for (const [side, lead] of [
    ['internal', MEGAN],
    ['msp', ALEX],
  ] as const) {
    const next = signOff(result, side, { ...lead, at: '2026-07-06T09:00:00.000Z' });
    if (!next.ok) throw new Error(next.error.message);
    result = next.review;
  }
  return result;
}

beforeAll(async () => {
  dev = await startTeamsDev({ quiet: true });
  let next = 0;
  const rows: FunctionRow[] = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++next}`);
  rows[0] = { ...rows[0]!, name: MOVED_ROW, internal: NONE, msp: PRIMARY, tieBreaker: null };
  const profile = {
    ...emptyProfile('2026-04-01'),
    customer: CUSTOMER,
    mspName: 'Fabrikam IT',
    internalLead: MEGAN,
    mspLead: ALEX,
    lastReviewDate: '2026-07-05',
  };
  const engagement = newEngagement(ENGAGEMENT_ID, profile, rows);
  // Last quarter's signed review, when the first row was still the internal side's.
  const lastQuarter = createReview({
    id: 'review-q3',
    engagement: {
      ...engagement,
      rows: [{ ...rows[0]!, internal: PRIMARY, msp: NONE }, ...rows.slice(1)],
    },
    date: '2026-07-05',
    previous: null,
  });
  const store = createSharePointStore({
    client: clientFor(dev.graph),
    site: { groupId: DEV_TEAMS.groupId },
  });
  await store.createEngagement({ ...engagement, reviews: [signed(lastQuarter)] });
  session = await openBrowser({ ignoreHttpsErrors: true });
}, 180_000);
afterAll(async () => {
  await session?.close();
  await dev?.close();
});

async function openReviews(page: Page, params: Record<string, string>): Promise<FrameLocator> {
  await page.goto(dev.hostUrl({ entityId: ENGAGEMENT_ID, ...params }));
  const frame = tabFrame(page);
  await frame.getByRole('tab', { name: 'Quarterly review' }).click();
  return frame;
}

const saved = (frame: FrameLocator) => frame.getByTestId('sync-state').getByText('Saved').waitFor();

describe('a quarterly review in Teams', () => {
  it('is prepared, signed by both leads, posted to the channel, and opened from the post', async () => {
    const { page } = session;

    // The internal lead starts the review, records a decision and signs for the internal side.
    let frame = await openReviews(page, {});
    await frame.getByRole('button', { name: /^Start the \d{4} Q\d review$/ }).click();
    await frame.getByRole('tab', { name: '1. What changed' }).click();
    await frame.getByText(MOVED_ROW).first().waitFor();
    await frame.getByRole('tab', { name: '3. Decisions' }).click();
    await frame
      .getByRole('textbox', { name: /decision/i })
      .first()
      .fill('Fabrikam keeps patching <b>for now</b>');
    await frame.getByRole('button', { name: 'Add decision' }).click();
    await frame.getByText('Fabrikam keeps patching <b>for now</b>').waitFor();
    await frame.getByRole('tab', { name: '4. Sign-off' }).click();
    const mspCard = frame.getByTestId('signoff-msp');
    await expect(
      mspCard.getByRole('button', { name: 'Sign for the MSP side' }).isDisabled(),
    ).resolves.toBe(true);
    await frame
      .getByTestId('signoff-internal')
      .getByRole('button', { name: 'Sign for the Internal IT side' })
      .click();
    await frame
      .getByTestId('signoff-internal')
      .getByText(/Signed by/)
      .waitFor();
    await saved(frame);
    expect(dev.graph.channelMessages(DEV_TEAMS.groupId, DEV_TEAMS.channelId)).toHaveLength(0);

    // The MSP lead (a guest signed in with their own address) signs and posts.
    frame = await openReviews(page, { loginHint: ALEX.upn });
    await frame.getByRole('button', { name: /^Continue the \d{4} Q\d review$/ }).click();
    await frame.getByRole('tab', { name: '4. Sign-off' }).click();
    await frame
      .getByTestId('signoff-internal')
      .getByText(/Signed by/)
      .waitFor();
    expect(await frame.getByTestId('signoff-internal').textContent()).toContain(MEGAN.upn);
    await frame
      .getByTestId('signoff-msp')
      .getByRole('button', { name: 'Sign for the MSP side' })
      .click();
    await frame.getByText(/this review is history/).waitFor();
    await saved(frame);
    await frame.getByRole('tab', { name: '5. Post to channel' }).click();
    await frame.getByRole('button', { name: `Post summary to ${DEV_TEAMS.channelName}` }).click();
    await frame.getByText(/^Posted /).waitFor();
    await saved(frame);

    // Exactly one message in the channel: the card, its escaped fallback, the deep link back.
    const messages = dev.graph.channelMessages(DEV_TEAMS.groupId, DEV_TEAMS.channelId);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message!.body.content).toContain('Contoso &#60;Dental&#62; &#38; Co');
    expect(message!.body.content).not.toContain('<Dental>');
    const attachment = message!.attachments[0]!;
    expect(attachment['contentType']).toBe('application/vnd.microsoft.card.adaptive');
    const cardJson = attachment['content'] as string;
    expect(cardJson).toContain(MOVED_ROW);
    expect(cardJson).toContain('Fabrikam keeps patching <b>for now</b>');
    const card = JSON.parse(cardJson) as { actions: { type: string; url: string }[] };
    const open = card.actions.find((action) => action.type === 'Action.OpenUrl');
    const link = new URL(open!.url);
    expect(link.pathname).toBe(`/l/entity/${DEV_TEAMS_APP_ID}/${ENGAGEMENT_ID}`);
    const context = JSON.parse(link.searchParams.get('context')!) as {
      subEntityId: string;
      channelId: string;
    };
    expect(context.channelId).toBe(DEV_TEAMS.channelId);
    expect(context.subEntityId).toMatch(/^review:/);

    // Teams opens the deep link as the tab with `subEntityId`: the posted review is on screen.
    await page.goto(dev.hostUrl({ entityId: ENGAGEMENT_ID, subEntityId: context.subEntityId }));
    frame = tabFrame(page);
    await frame.getByText(/this review is history/).waitFor();
    await frame.getByRole('tab', { name: '5. Post to channel' }).click();
    await frame.getByText(/^Posted /).waitFor();
  }, 180_000);
});
