// @vitest-environment jsdom
// adaptivecards renders to the DOM; jsdom stands in for the Teams client.
import * as AC from 'adaptivecards';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chatMessageRequestBody,
  utf8ByteLength,
} from '../../../../../src/ports/channel-message-size';
import type { Finding } from '../../../../../src/domain/health/finding';
import { addDecision, createReview, signOff } from '../../../../../src/domain/review/review';
import { type Review } from '../../../../../src/domain/review/review-record';
import { CARD_VERSION } from '../../../../../src/features/review/card/adaptive-card-text';
import {
  buildReviewMessage,
  MESSAGE_BYTE_BUDGET,
  messageBytes,
  type ReviewCardInput,
} from '../../../../../src/features/review/card/review-card';
import { escapeHtml } from '../../../../../src/features/review/card/review-card-html';
import {
  formatSignedAt,
  OPEN_REVIEW_TITLE,
} from '../../../../../src/features/review/card/review-wording';
import type { OwnershipMove } from '../../../../../src/domain/review/review-diff';
import { NONE, PRIMARY } from '../../../../../src/domain/matrix/roles';
import {
  engagementArb,
  makeEngagement,
  makeEntry,
  makeProfile,
  makeRow,
} from '../../../support/arbitraries';
import { IAN, MEGAN, ok } from '../../../support/review-fixtures';

const LINK =
  'https://teams.microsoft.com/l/entity/app-id/tandem?label=Review&context=%7B%22subEntityId%22%3A%22review%2Frev-2%22%7D';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<b>bold</b> &amp; co',
  '**x** [a](javascript:x) _y_ - z',
  "=cmd|' /C calc'!A0",
  '+SUM(A1)',
  '-2+3',
  '@HYPERLINK("x")',
  '1. not a list',
  '"quoted" \'single\'',
];

const before = makeEngagement({
  profile: makeProfile({ internalLead: IAN, mspLead: MEGAN }),
  rows: [
    makeRow({ id: 'a', name: 'Patching', order: 1, internal: PRIMARY, msp: NONE }),
    makeRow({ id: 'b', name: 'Backups', order: 2, internal: PRIMARY, msp: PRIMARY }),
    makeRow({ id: 'c', name: 'Printers', order: 3, internal: PRIMARY, msp: NONE }),
    makeRow({ id: 'd', name: 'Endpoint protection', order: 4, internal: PRIMARY, msp: NONE }),
  ],
});
const previous = createReview({
  id: 'rev-1',
  engagement: before,
  date: '2026-07-15',
  previous: null,
});

function typicalReview(names: { row?: string; decision?: string; signer?: string } = {}): Review {
  const engagement = makeEngagement({
    ...before,
    rows: [
      makeRow({ id: 'a', name: names.row ?? 'Patching', order: 1, internal: NONE, msp: PRIMARY }),
      makeRow({ id: 'b', name: 'Backups and restore', order: 2, internal: PRIMARY, msp: NONE }),
      makeRow({ id: 'c', name: 'Printers', order: 3, archived: true }),
      makeRow({ id: 'd', name: 'Endpoint protection', order: 4, internal: PRIMARY, msp: PRIMARY }),
    ],
    changeLog: [
      makeEntry({
        id: 'e1',
        rowId: 'a',
        rowName: names.row ?? 'Patching',
        at: '2026-08-02T10:00:00.000Z',
      }),
      makeEntry({ id: 'e2', rowId: 'd', at: '2026-09-01T10:00:00.000Z', renegotiated: true }),
    ],
  });
  let review = createReview({ id: 'rev-2', engagement, date: '2026-10-15', previous });
  for (const [id, text] of [
    ['d1', names.decision ?? 'Hand patching back to the internal team by January'],
    ['d2', 'Renegotiate backups in the next contract'],
  ] as const) {
    review = ok(addDecision(review, { id, text, owner: 'internal' }));
  }
  review = ok(
    signOff(review, 'internal', {
      ...IAN,
      name: names.signer ?? IAN.name,
      at: '2026-10-15T15:00:00.000Z',
    }),
  );
  return review;
}

const input = (review: Review, overrides: Partial<ReviewCardInput> = {}): ReviewCardInput => ({
  review,
  customer: 'Contoso',
  mspName: 'Fabrikam IT',
  deepLink: LINK,
  ...overrides,
});

const ALLOWED_ELEMENTS = new Set([
  'TextBlock',
  'RichTextBlock',
  'TextRun',
  'Container',
  'FactSet',
  'ColumnSet',
  'Column',
]);
/** The HTML body's only tags: p, b, br and a with an href. */
const ALLOWED_TAGS = /<\/?(p|b|br|a)( href="[^"<>]*")?>/g;
const ALLOWED_ACTIONS = new Set(['Action.OpenUrl']);

/** Every `type` in the card, with where it sits. */
function typesIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => typesIn(item, found));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.type === 'string') found.push(record.type);
    Object.values(record).forEach((value) => typesIn(value, found));
  }
  return found;
}

/** TextBlock texts (they interpret Markdown, so they may only carry the module's fixed labels). */
function textBlockTexts(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => textBlockTexts(item, found));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'TextBlock') found.push(String(record.text));
    Object.values(record).forEach((value) => textBlockTexts(value, found));
  }
  return found;
}

function parse(card: Record<string, unknown>) {
  const adaptive = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  adaptive.parse(card, context);
  const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i));
  return { adaptive, events };
}

// A stand-in Markdown processor: if user text ever reached a Markdown-processing element, its `**`
// and `[a](b)` would disappear from the rendered text.
let savedMarkdown: typeof AC.AdaptiveCard.onProcessMarkdown;
beforeAll(() => {
  // jsdom has no innerText, which adaptivecards uses for TextRuns: stand in with textContent.
  if (!Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'innerText')) {
    Object.defineProperty(HTMLElement.prototype, 'innerText', {
      configurable: true,
      get(this: HTMLElement) {
        return this.textContent;
      },
      set(this: HTMLElement, value: string) {
        this.textContent = value;
      },
    });
  }
  savedMarkdown = AC.AdaptiveCard.onProcessMarkdown;
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
      .replace(/\[(.+?)\]\((.+?)\)/g, '<a href="$2">$1</a>');
    result.didProcess = true;
  };
});
afterAll(() => {
  AC.AdaptiveCard.onProcessMarkdown = savedMarkdown;
});

const renderedText = (card: Record<string, unknown>): string => {
  const element = parse(card).adaptive.render();
  return (element?.textContent ?? '').replace(/\u200B/g, '');
};

describe('buildReviewMessage: the card', () => {
  const message = buildReviewMessage(input(typicalReview()));

  it('parses with adaptivecards without any parse or validation event', () => {
    const { adaptive, events } = parse(message.card);
    expect(events).toEqual([]);
    expect(adaptive.validateProperties().validationEvents).toEqual([]);
  });

  it('uses schema ≤ 1.5 and only elements and actions Teams renders in a channel message', () => {
    expect(message.card.version).toBe(CARD_VERSION);
    expect(Number(CARD_VERSION)).toBeLessThanOrEqual(1.5);
    const types = typesIn(message.card.body);
    expect(types.filter((type) => !ALLOWED_ELEMENTS.has(type))).toEqual([]);
    const actionTypes = typesIn(message.card.actions);
    expect(actionTypes).toEqual(['Action.OpenUrl']);
    expect(actionTypes.every((type) => ALLOWED_ACTIONS.has(type))).toBe(true);
    expect(message.card.actions).toEqual([
      { type: 'Action.OpenUrl', title: OPEN_REVIEW_TITLE, url: LINK },
    ]);
  });

  it('shows the quarter, the parties, sign-offs, moves with direction, counts, findings, scope creep, decisions and the next review', () => {
    const text = renderedText(message.card);
    for (const expected of [
      'Quarterly review — 2026 Q4',
      'Contoso ↔ Fabrikam IT',
      'Internal lead: Ian, signed 2026-10-15 15:00 UTC',
      'MSP lead: Megan, not signed',
      '0 rows added · 1 archived · 1 renamed · joint rows 1 → 1',
      '3 ownership moves: 1 toward MSP, 1 into joint, 1 out of joint',
      'Patching — Internal → MSP (toward MSP)',
      'Backups and restore — Joint → Internal (out of joint)',
      'Endpoint protection — Internal → Joint (into joint)',
      'Hand patching back to the internal team by January — Internal',
      'next review 2027-01-15',
      '2 changes toward the MSP: 1 renegotiated, 1 not',
      'not renegotiated',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('… and');
  });

  it('reports every finding count and names findings by severity', () => {
    const review = typicalReview();
    const findings: Finding[] = [
      {
        id: 'x:1',
        check: 'vague-matrix',
        severity: 'warning',
        title: 'Vague responsibility matrix',
        message: '',
        rowIds: [],
        toolIds: [],
        channelIds: [],
      },
      {
        id: 'x:2',
        check: 'unowned-function',
        severity: 'critical',
        title: 'Nobody owns Printers',
        message: '',
        rowIds: [],
        toolIds: [],
        channelIds: [],
      },
    ];
    const text = renderedText(
      buildReviewMessage(input({ ...review, snapshot: { ...review.snapshot, findings } })).card,
    );
    expect(text).toContain('2 findings: 1 critical, 1 warning');
    expect(text.indexOf('Critical: Nobody owns Printers')).toBeLessThan(
      text.indexOf('Warning: Vague responsibility matrix'),
    );
  });

  it('names what each finding is about, so two findings of one kind read differently', () => {
    const review = typicalReview();
    const jointWithoutTieBreaker = (rowId: string): Finding => ({
      id: `joint:${rowId}`,
      check: 'joint-without-tie-breaker',
      severity: 'warning',
      title: 'Joint function without a tie-breaker',
      message: '',
      rowIds: [rowId],
      toolIds: [],
      channelIds: [],
    });
    const findings = [jointWithoutTieBreaker('a'), jointWithoutTieBreaker('b')];
    const text = renderedText(
      buildReviewMessage(input({ ...review, snapshot: { ...review.snapshot, findings } })).card,
    );
    const named = (id: string) => review.snapshot.rows.find((row) => row.id === id)!.name;
    expect(named('a')).not.toBe(named('b'));
    expect(text).toContain(`Joint function without a tie-breaker — ${named('a')}`);
    expect(text).toContain(`Joint function without a tie-breaker — ${named('b')}`);
  });

  it('says when there is nothing to report', () => {
    const empty = createReview({ id: 'r', engagement: before, date: '2026-10-15', previous });
    const text = renderedText(buildReviewMessage(input(empty, { deepLink: null })).card);
    expect(text).toContain('0 ownership moves');
    expect(text).toContain('No work moved toward the MSP.');
    expect(text).toContain('No decisions recorded.');
    expect(text).toContain('MSP lead: Megan, not signed');
  });

  it('leaves the action out without a deep link, and refuses a non-https link', () => {
    expect(
      buildReviewMessage(input(typicalReview(), { deepLink: null })).card.actions,
    ).toBeUndefined();
    const unsafe = buildReviewMessage(input(typicalReview(), { deepLink: 'javascript:alert(1)' }));
    expect(unsafe.card.actions).toBeUndefined();
    expect(unsafe.fallbackHtml).not.toContain('javascript:');
  });

  it('keeps TextBlocks to fixed labels; user text only travels in TextRuns', () => {
    const hostile = HOSTILE.join(' ');
    const card = buildReviewMessage(
      input(typicalReview({ row: hostile, decision: hostile, signer: hostile }), {
        customer: hostile,
        mspName: hostile,
      }),
    ).card;
    for (const text of textBlockTexts(card)) {
      expect(text).toMatch(/^[A-Za-z -]+$/);
    }
  });
});

describe('buildReviewMessage: user text stays plain text', () => {
  for (const hostile of HOSTILE) {
    it(`keeps ${JSON.stringify(hostile)} literal in the card and escaped in the HTML`, () => {
      const review = typicalReview({ row: hostile, decision: hostile, signer: hostile });
      const message = buildReviewMessage(input(review, { customer: hostile, mspName: hostile }));
      expect(parse(message.card).events).toEqual([]);
      const text = renderedText(message.card);
      expect(text).toContain(`${hostile} ↔ ${hostile}`);
      expect(text).toContain(`${hostile} — Internal → MSP (toward MSP)`);
      expect(text).toContain(`${hostile} — Internal`);
      expect(text).toContain(`Internal lead: ${hostile}, signed`);
      // The rendered card holds no element the user typed.
      const element = parse(message.card).adaptive.render()!;
      expect(element.querySelector('script, b, a[href^="javascript"]')).toBeNull();

      const html = message.fallbackHtml;
      expect(html).toContain(escapeHtml(hostile));
      expect(html.replace(ALLOWED_TAGS, '')).not.toMatch(/[<>]/);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(doc.querySelectorAll('script').length).toBe(0);
      expect(doc.body.textContent).toContain(`${hostile} ↔ ${hostile}`);
    });
  }

  it('breaks Adaptive Card date functions in user text so they show as typed', () => {
    const sneaky = '{{DATE(2017-02-14T06:00:00Z, SHORT)}}';
    const text = renderedText(
      buildReviewMessage(input(typicalReview(), { customer: sneaky })).card,
    );
    expect(text).toContain(sneaky);
  });

  it('escapes & < > " and \' in HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    );
  });
});

describe('buildReviewMessage: size', () => {
  const manyMoves = (count: number): Review => {
    const review = typicalReview();
    const moves: OwnershipMove[] = Array.from({ length: count }, (_, i) => ({
      rowId: `row-${String(i).padStart(4, '0')}`,
      name: `Function number ${i} with a fairly long descriptive name to take up room`,
      from: 'internal',
      to: i % 2 === 0 ? 'msp' : 'joint',
      direction: i % 2 === 0 ? 'toward-msp' : 'into-joint',
    }));
    return { ...review, diff: { ...review.diff, moves } };
  };

  it('measures exactly the request body the adapter sends', () => {
    const message = buildReviewMessage(input(typicalReview()));
    const body = JSON.stringify(chatMessageRequestBody(message, 'a'.repeat(32)));
    expect(messageBytes(message)).toBe(Buffer.byteLength(body, 'utf8'));
    expect(utf8ByteLength('aé€😀')).toBe(Buffer.byteLength('aé€😀', 'utf8'));
  });

  it('a typical review is well within the budget', () => {
    const bytes = messageBytes(buildReviewMessage(input(typicalReview())));
    expect(bytes).toBeLessThan(10_000);
  });

  it('2,000 moves stay within 28,000 bytes, with whole items and a count of the rest', () => {
    const message = buildReviewMessage(input(manyMoves(2000)));
    expect(messageBytes(message)).toBeLessThanOrEqual(MESSAGE_BYTE_BUDGET);
    expect(parse(message.card).events).toEqual([]);
    const text = renderedText(message.card);
    expect(text).toContain('2000 ownership moves: 1000 toward MSP, 1000 into joint');
    const shown = (
      text.match(/Function number \d+ with a fairly long descriptive name to take up room — /g) ??
      []
    ).length;
    expect(shown).toBeGreaterThan(0);
    expect(text).toContain(`… and ${2000 - shown} more moves — open the review in Tandem`);
    expect(message.fallbackHtml).toContain('2000 ownership moves');
  });

  it('drops whole sections to a note when even the names do not fit', () => {
    const huge = 'x'.repeat(40_000);
    const message = buildReviewMessage(input(typicalReview(), { customer: huge }));
    expect(messageBytes(message)).toBeLessThanOrEqual(MESSAGE_BYTE_BUDGET);
    expect(renderedText(message.card)).toContain('too long for a Teams message');
    expect(message.card.actions).toEqual([
      { type: 'Action.OpenUrl', title: OPEN_REVIEW_TITLE, url: LINK },
    ]);
  });

  it('property: any review, any names, fits the budget, parses cleanly and keeps the HTML to its tags', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.constantFrom(...HOSTILE),
    );
    fc.assert(
      fc.property(
        engagementArb,
        fc.array(text, { maxLength: 60 }),
        fc.integer({ min: 0, max: 3000 }),
        text,
        text,
        fc.option(fc.constant(LINK), { nil: null }),
        (engagement, decisions, extraMoves, customer, mspName, deepLink) => {
          let review = createReview({ id: 'r', engagement, date: '2026-10-15', previous: null });
          review = {
            ...review,
            decisions: decisions.map((text, i) => ({ id: `d${i}`, text, owner: null })),
            diff: {
              ...review.diff,
              moves: Array.from({ length: extraMoves }, (_, i) => ({
                rowId: `m${i}`,
                name: customer,
                from: 'internal' as const,
                to: 'msp' as const,
                direction: 'toward-msp' as const,
              })),
            },
          };
          const message = buildReviewMessage({ review, customer, mspName, deepLink });
          expect(messageBytes(message)).toBeLessThanOrEqual(MESSAGE_BYTE_BUDGET);
          expect(parse(message.card).events).toEqual([]);
          expect(message.fallbackHtml.replace(ALLOWED_TAGS, '')).not.toMatch(/[<>]/);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('formatSignedAt', () => {
  it('shows a UTC timestamp to the minute, anything else as given', () => {
    expect(formatSignedAt('2026-10-15T15:00:00.000Z')).toBe('2026-10-15 15:00 UTC');
    expect(formatSignedAt('2026-10-15T15:00Z')).toBe('2026-10-15 15:00 UTC');
    expect(formatSignedAt('2026-10-15T15:00:00+02:00')).toBe('2026-10-15T15:00:00+02:00');
  });
});

describe('scope creep on the card (issue 12 item 3)', () => {
  it('names a role change that keeps the owner as that role change', () => {
    const grew = makeEntry({
      id: 'grew',
      rowId: 'row-1',
      at: '2026-10-02T09:00:00.000Z',
      fromRoles: { internal: { kind: 'primary' }, msp: { kind: 'none' } },
      toRoles: {
        internal: { kind: 'primary' },
        msp: { kind: 'secondary', condition: 'Overflow only' },
      },
    });
    const engagement = makeEngagement({
      rows: [makeRow({ id: 'row-1', name: 'User onboarding / offboarding' })],
      changeLog: [grew],
    });
    const review = createReview({ id: 'r', engagement, date: '2026-10-15', previous: null });
    const text = renderedText(buildReviewMessage(input(review)).card);
    expect(text).toContain('MSP: none → secondary, Overflow only');
    expect(text).not.toContain('Internal → Internal');
  });
});

describe('one set of counts (issue 12 item 3)', () => {
  it('a first review does not say "0 ownership moves" beside the changes toward the MSP; card and HTML agree', () => {
    const rows = [
      makeRow({ id: 'row-1', name: 'Patch servers' }),
      makeRow({ id: 'row-2', name: 'Backups' }),
    ];
    const engagement = makeEngagement({
      rows,
      changeLog: [
        makeEntry({ id: 'c1', rowId: 'row-1', at: '2026-10-02T09:00:00.000Z' }),
        makeEntry({ id: 'c2', rowId: 'row-2', at: '2026-10-03T09:00:00.000Z' }),
      ],
    });
    const review = createReview({ id: 'r', engagement, date: '2026-10-15', previous: null });
    const message = buildReviewMessage(input(review));
    const text = renderedText(message.card);
    expect(text).not.toContain('0 ownership moves');
    expect(text).toContain('First review: no earlier review to compare owners with');
    expect(text).toContain('2 changes toward the MSP: 0 renegotiated, 2 not');
    expect(message.fallbackHtml).not.toContain('0 ownership moves');
    expect(message.fallbackHtml).toContain(
      'First review: no earlier review to compare owners with',
    );
    expect(message.fallbackHtml).toContain('2 scope-creep changes (0 renegotiated)');
  });
});
