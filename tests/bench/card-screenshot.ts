/**
 * `npx tsx tests/bench/card-screenshot.ts`: renders the channel summary of a sample quarterly review
 * (domain/review-card.ts) with the `adaptivecards` renderer in headless Chromium, in a Teams-like
 * host config, and saves assets/screenshots/review-card.png. It also prints the message's size as
 * the Graph adapter would send it. The real Teams client draws its own fonts and spacing; this
 * shows the content and the layout, not Teams' exact pixels.
 */
import { createRequire } from 'node:module';
import type * as AdaptiveCardsModule from 'adaptivecards';
import { addDecision, createReview, signOff } from '../../src/domain/review/review';
import { type Review } from '../../src/domain/review/review-record';
import { buildReviewMessage, messageBytes } from '../../src/features/review/card/review-card';
import { tabDeepLink } from '../../src/adapters/teams/teams-deep-link';
import { NONE, PRIMARY, secondary } from '../../src/domain/matrix/roles';
import { openBrowser } from '../e2e/support/browser';
import { makeEngagement, makeEntry, makeProfile, makeRow } from '../unit/support/arbitraries';

const OUT = 'assets/screenshots/review-card.png';
const require = createRequire(import.meta.url);

const DANA = { name: 'Dana Whitfield', upn: 'dana@contosodental.example' };
const SAM = { name: 'Sam Okafor', upn: 'sam@fabrikam.example' };
const profile = makeProfile({
  customer: 'Contoso Dental',
  mspName: 'Fabrikam IT',
  internalLead: DANA,
  mspLead: SAM,
});

const rowsBefore = [
  makeRow({ id: 'r1', name: 'Patch management', order: 1, internal: PRIMARY, msp: NONE }),
  makeRow({ id: 'r2', name: 'Backup monitoring', order: 2, internal: PRIMARY, msp: PRIMARY }),
  makeRow({ id: 'r3', name: 'New-starter laptops', order: 3, internal: PRIMARY, msp: NONE }),
  makeRow({ id: 'r4', name: 'Firewall changes', order: 4, internal: NONE, msp: PRIMARY }),
  makeRow({ id: 'r5', name: 'Printer fleet', order: 5, internal: PRIMARY, msp: NONE }),
];
const rowsNow = [
  makeRow({ id: 'r1', name: 'Patch management', order: 1, internal: NONE, msp: PRIMARY }),
  makeRow({
    id: 'r2',
    name: 'Backup monitoring and restore tests',
    order: 2,
    internal: PRIMARY,
    msp: secondary('Overflow only'),
  }),
  makeRow({ id: 'r3', name: 'New-starter laptops', order: 3, internal: PRIMARY, msp: PRIMARY }),
  makeRow({ id: 'r4', name: 'Firewall changes', order: 4, internal: NONE, msp: PRIMARY }),
  makeRow({ id: 'r5', name: 'Printer fleet', order: 5, archived: true }),
  makeRow({
    id: 'r6',
    name: 'Microsoft 365 licence reviews',
    order: 6,
    internal: PRIMARY,
    msp: NONE,
  }),
];

function sampleReview(): Review {
  const before = makeEngagement({ profile, rows: rowsBefore });
  const previous = createReview({
    id: 'q3',
    engagement: before,
    date: '2026-07-14',
    previous: null,
  });
  const engagement = makeEngagement({
    profile,
    rows: rowsNow,
    changeLog: [
      makeEntry({
        id: 'c1',
        rowId: 'r1',
        rowName: 'Patch management',
        at: '2026-08-03T10:12:00.000Z',
        by: SAM.upn,
      }),
      makeEntry({
        id: 'c2',
        rowId: 'r3',
        rowName: 'New-starter laptops',
        at: '2026-09-21T08:30:00.000Z',
        by: DANA.upn,
        toRoles: { internal: PRIMARY, msp: PRIMARY },
        renegotiated: true,
      }),
    ],
  });
  let review = createReview({ id: 'q4', engagement, date: '2026-10-13', previous });
  const decide = (id: string, text: string, owner: 'internal' | 'msp' | null) => {
    const result = addDecision(review, { id, text, owner });
    if (!result.ok) throw new Error(result.error.message);
    review = result.review;
  };
  decide(
    'd1',
    'Fabrikam keeps patch management; add it to the contract schedule by December',
    'msp',
  );
  decide('d2', 'Name a tie-breaker for new-starter laptops before the next review', 'internal');
  for (const [side, signer, at] of [
    ['internal', DANA, '2026-10-13T15:05:00.000Z'],
    ['msp', SAM, '2026-10-14T09:40:00.000Z'],
  ] as const) {
    const result = signOff(review, side, { ...signer, at });
    if (!result.ok) throw new Error(result.error.message);
    review = result.review;
  }
  return review;
}

const message = buildReviewMessage({
  review: sampleReview(),
  customer: profile.customer,
  mspName: profile.mspName,
  deepLink: tabDeepLink({
    appId: '00000000-0000-4000-8000-00000000tand',
    entityId: 'tandem',
    subPageId: 'review/q4',
    channelId: '19:reviews@thread.tacv2',
    webUrl: null,
    label: 'Quarterly review 2026 Q4',
  }),
});

/** Close to Teams' light theme: Segoe UI, Teams' text colours and accent. */
const HOST_CONFIG = {
  fontFamily: "'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E1DFDD' },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        accent: { default: '#5B5FC7', subtle: '#5B5FC7' },
        attention: { default: '#C4314B', subtle: '#C4314B' },
        good: { default: '#237B4B', subtle: '#237B4B' },
        warning: { default: '#835C00', subtle: '#835C00' },
      },
    },
  },
  actions: { actionsOrientation: 'horizontal', actionAlignment: 'left', buttonSpacing: 8 },
};

const session = await openBrowser({ viewport: { width: 560, height: 1400 } });
try {
  const { page } = session;
  await page.setContent(
    `<!doctype html><html><head><style>
      body { margin: 0; padding: 24px; background: #F5F5F5; }
      #card { width: 480px; border: 1px solid #E1DFDD; border-radius: 6px; background: #fff; }
      .ac-pushButton { border: 1px solid #D1D1D1; border-radius: 4px; background: #fff;
        padding: 6px 12px; font: 600 14px 'Segoe UI', Arial, sans-serif; color: #242424; }
    </style></head><body><div id="card"></div></body></html>`,
  );
  await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
  const events = await page.evaluate(
    ({ card, hostConfig }) => {
      const AC = (window as unknown as { AdaptiveCards: typeof AdaptiveCardsModule }).AdaptiveCards;
      const adaptive = new AC.AdaptiveCard();
      adaptive.hostConfig = new AC.HostConfig(hostConfig);
      const context = new AC.SerializationContext();
      adaptive.parse(card, context);
      const rendered = adaptive.render();
      if (rendered) document.getElementById('card')?.appendChild(rendered);
      return context.eventCount;
    },
    { card: message.card, hostConfig: HOST_CONFIG },
  );
  if (events !== 0) throw new Error(`The card had ${events} parse events.`);
  await page.locator('#card').screenshot({ path: OUT });
  console.log(`${OUT} written; the message is ${messageBytes(message)} bytes as posted.`);
} finally {
  await session.close();
}
