import {
  adaptiveCard,
  boldRun as bold,
  cardSection as section,
  labelBlock as heading,
  richLine as line,
  subtleRun as subtle,
  textRun as run,
  type CardJson,
} from './adaptive-card-text';
import {
  MESSAGE_BYTE_BUDGET,
  messageBytes,
  type CardMessage,
} from '../../../ports/channel-message-size';
import { SEVERITY_LABELS, type Finding, type Severity } from '../../../domain/health/finding';
import type { Review, SignOff } from '../../../domain/review/review-record';
import { escapeHtml, linkHtml, reviewSummaryHtml } from './review-card-html';
import {
  describeCreepChange,
  type MoveDirection,
  type OwnershipMove,
  type ScopeCreepEntry,
} from '../../../domain/review/review-diff';
import { DIRECTION_LABELS, formatSignedAt, LEAD_TITLE, OPEN_REVIEW_TITLE } from './review-wording';
import { plural } from '../../../domain/plural';
import { movesSentence, reviewCounts } from '../../../domain/review/review-summary';
import { OWNER_LABELS, type Side } from '../../../domain/matrix/roles';

export { MESSAGE_BYTE_BUDGET, messageBytes } from '../../../ports/channel-message-size';

/**
 * The channel summary of a quarterly review: an Adaptive Card plus a short HTML body (issue #6).
 *
 * Plain text only: every piece of user text (customer, names, rows, decisions, findings) goes into
 * a TextRun, which takes no Markdown (adaptive-card-text.ts); TextBlocks carry fixed labels only.
 * The HTML body escapes & < > " ' and uses only p, b, br and a (review-card-html.ts).
 *
 * Size: the message, as the Graph adapter sends it, stays within {@link MESSAGE_BYTE_BUDGET}. When
 * the lists are long the card shows fewer whole items and says how many were left out ("… and 37
 * more moves — open the review in Tandem"); it never cuts an item in half.
 *
 * Schema 1.5 at most (Teams' limit, docs/platform.md#adaptive-cards); only elements Teams renders
 * in a channel message and `Action.OpenUrl` (a tab-posted card has no bot for
 * Action.Execute/Submit).
 */

export interface ReviewCardInput {
  readonly review: Review;
  readonly customer: string;
  readonly mspName: string;
  /** Teams deep link to the review in the tab (teams-deep-link.ts); only `https:` links are used. */
  readonly deepLink: string | null;
}

/** Structurally the ChannelPoster port's `ChannelMessageDraft` (the domain does not import ports). */
export type ReviewMessage = CardMessage & { readonly card: Record<string, unknown> };

type Json = CardJson;

/** How many items of each list the card shows, from the fullest card to the barest. */
interface Caps {
  readonly moves: number;
  readonly findings: number;
  readonly scopeCreep: number;
  readonly decisions: number;
}

const LEVELS: readonly Caps[] = [
  { moves: 25, findings: 15, scopeCreep: 15, decisions: 25 },
  { moves: 12, findings: 8, scopeCreep: 8, decisions: 12 },
  { moves: 5, findings: 3, scopeCreep: 3, decisions: 5 },
  { moves: 0, findings: 0, scopeCreep: 0, decisions: 0 },
];

/** Moves toward the MSP first: they are the drift a review is for. */
const DIRECTION_ORDER: readonly MoveDirection[] = [
  'toward-msp',
  'into-joint',
  'toward-internal',
  'out-of-joint',
  'to-unassigned',
];

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'warning', 'info'];

const safeLink = (link: string | null): string | null =>
  link !== null && /^https:\/\/[^\s]+$/.test(link) ? link : null;

const moreLine = (hidden: number, noun: string, linked: boolean): Json[] =>
  hidden > 0
    ? [
        line(
          subtle(`… and ${hidden} more ${noun} — ${linked ? 'open' : 'see'} the review in Tandem`),
        ),
      ]
    : [];

function signOffLine(side: Side, lead: string, signOff: SignOff | null): Json {
  return signOff
    ? line(
        bold(`${LEAD_TITLE[side]}: `),
        run(signOff.name || lead),
        run(
          `, signed ${formatSignedAt(signOff.at)}${signOff.fingerprint ? ` (content ${signOff.fingerprint})` : ''}`,
        ),
      )
    : line(
        bold(`${LEAD_TITLE[side]}: `),
        ...(lead ? [run(`${lead}, `)] : []),
        subtle('not signed'),
      );
}

const sortedMoves = (moves: readonly OwnershipMove[]): OwnershipMove[] =>
  DIRECTION_ORDER.flatMap((direction) => moves.filter((move) => move.direction === direction));

function directionSummary(moves: readonly OwnershipMove[]): string {
  const parts = DIRECTION_ORDER.map(
    (direction) =>
      [direction, moves.filter((move) => move.direction === direction).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([direction, count]) => `${count} ${DIRECTION_LABELS[direction]}`);
  return parts.join(', ');
}

function matrixSection(review: Review, caps: Caps, linked: boolean): Json {
  const counts = reviewCounts(review);
  const moves = sortedMoves(review.diff.moves);
  const shown = moves.slice(0, caps.moves);
  return section([
    heading('Matrix changes'),
    line(
      run(
        `${plural(counts.added, 'row')} added · ${counts.archived} archived · ` +
          `${counts.renamed} renamed · joint rows ${counts.joint.before} → ${counts.joint.after}`,
      ),
    ),
    line(
      bold(movesSentence(counts)),
      ...(moves.length > 0 ? [run(`: ${directionSummary(moves)}`)] : []),
    ),
    ...shown.map((move) =>
      line(
        run(move.name),
        subtle(
          ` — ${OWNER_LABELS[move.from]} → ${OWNER_LABELS[move.to]} (${DIRECTION_LABELS[move.direction]})`,
        ),
      ),
    ),
    ...moreLine(moves.length - shown.length, 'moves', linked),
  ]);
}

const SUBJECTS_SHOWN = 3;

/**
 * What a finding is about, by name ("Patch management, Backup +2"), so two findings of the same
 * kind read differently on the card. Names come from the review's own snapshot.
 */
function findingSubject(review: Review, finding: Finding): string {
  const { rows, tools, channels } = review.snapshot;
  const nameOf = (records: readonly { id: string; name: string }[], id: string) =>
    records.find((record) => record.id === id)?.name;
  const names = [
    ...finding.rowIds.map((id) => nameOf(rows, id)),
    ...finding.toolIds.map((id) => nameOf(tools, id)),
    ...finding.channelIds.map((id) => nameOf(channels, id)),
  ].filter((name): name is string => Boolean(name));
  const shown = names.slice(0, SUBJECTS_SHOWN).join(', ');
  return names.length > SUBJECTS_SHOWN ? `${shown} +${names.length - SUBJECTS_SHOWN}` : shown;
}

function findingsSection(review: Review, caps: Caps, linked: boolean): Json {
  const findings = SEVERITY_ORDER.flatMap((severity) =>
    review.snapshot.findings.filter((finding) => finding.severity === severity),
  );
  const counts = SEVERITY_ORDER.map(
    (severity) => [severity, findings.filter((f) => f.severity === severity).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) =>
      severity === 'warning' ? plural(count, 'warning') : `${count} ${severity}`,
    );
  const shown = findings.slice(0, caps.findings);
  return section([
    heading('Health findings'),
    line(
      run(
        findings.length === 0
          ? 'No health findings.'
          : `${plural(findings.length, 'finding')}: ${counts.join(', ')}`,
      ),
    ),
    ...shown.map((finding) => {
      const subject = findingSubject(review, finding);
      return line(
        bold(`${SEVERITY_LABELS[finding.severity]}: `),
        run(finding.title),
        ...(subject ? [subtle(' — '), run(subject)] : []),
      );
    }),
    ...moreLine(findings.length - shown.length, 'findings', linked),
  ]);
}

const scopeCreepLine = (entry: ScopeCreepEntry): Json =>
  line(
    run(entry.rowName),
    subtle(` — ${describeCreepChange(entry)} on ${entry.at.slice(0, 10)} by `),
    run(entry.by),
    entry.renegotiated
      ? subtle(' — renegotiated')
      : run(' — not renegotiated', { color: 'Attention' }),
  );

function scopeCreepSection(review: Review, caps: Caps, linked: boolean): Json {
  const entries = review.scopeCreep;
  const { scopeCreep } = reviewCounts(review);
  // Not renegotiated first: that is the drift the review is for.
  const ordered = [
    ...entries.filter((entry) => !entry.renegotiated),
    ...entries.filter((entry) => entry.renegotiated),
  ];
  const shown = ordered.slice(0, caps.scopeCreep);
  return section([
    heading('Scope creep since the last review'),
    line(
      run(
        scopeCreep.total === 0
          ? 'No work moved toward the MSP.'
          : `${plural(scopeCreep.total, 'change')} toward the MSP: ${scopeCreep.renegotiated} renegotiated, ` +
              `${scopeCreep.notRenegotiated} not`,
      ),
    ),
    ...shown.map(scopeCreepLine),
    ...moreLine(entries.length - shown.length, 'scope-creep entries', linked),
  ]);
}

function decisionsSection(review: Review, caps: Caps, linked: boolean): Json {
  const shown = review.decisions.slice(0, caps.decisions);
  return section([
    heading('Decisions'),
    ...(review.decisions.length === 0 ? [line(run('No decisions recorded.'))] : []),
    ...shown.map((decision) =>
      line(
        run(decision.text),
        ...(decision.owner ? [subtle(` — ${OWNER_LABELS[decision.owner]}`)] : []),
      ),
    ),
    ...moreLine(review.decisions.length - shown.length, 'decisions', linked),
  ]);
}

const title = (quarter: string): Json =>
  line(run(`Quarterly review — ${quarter}`, { size: 'Large', weight: 'Bolder' }));

function fullCard(input: ReviewCardInput, caps: Caps, link: string | null): Json {
  const { review } = input;
  const linked = link !== null;
  return adaptiveCard(
    [
      title(review.quarter),
      line(run(input.customer), subtle(' ↔ '), run(input.mspName)),
      line(subtle(`Reviewed ${review.date} · next review ${review.nextReviewDate}`)),
      section([
        heading('Sign-off'),
        signOffLine('internal', review.leads.internal.name, review.signOffs.internal),
        signOffLine('msp', review.leads.msp.name, review.signOffs.msp),
      ]),
      matrixSection(review, caps, linked),
      findingsSection(review, caps, linked),
      scopeCreepSection(review, caps, linked),
      decisionsSection(review, caps, linked),
    ],
    link ? { title: OPEN_REVIEW_TITLE, url: link } : null,
  );
}

/** The last resort when even names do not fit: only fixed text, the quarter and the link. */
function minimalMessage(review: Review, link: string | null): ReviewMessage {
  const note = 'This summary is too long for a Teams message; the full review is in Tandem.';
  for (const quarter of [review.quarter, '']) {
    for (const url of link ? [link, null] : [null]) {
      const heading = quarter ? `Quarterly review — ${quarter}` : 'Quarterly review';
      const message: ReviewMessage = {
        card: adaptiveCard(
          [line(run(heading, { size: 'Large', weight: 'Bolder' })), line(run(note))],
          url ? { title: OPEN_REVIEW_TITLE, url } : null,
        ),
        fallbackHtml: `<p><b>${escapeHtml(heading)}</b><br>${note}</p>${linkHtml(url)}`,
      };
      if (messageBytes(message) <= MESSAGE_BYTE_BUDGET) return message;
    }
  }
  return {
    card: adaptiveCard([line(run('Quarterly review'))], null),
    fallbackHtml: '<p>Quarterly review</p>',
  };
}

/**
 * The channel message for `review`: the fullest card that fits {@link MESSAGE_BYTE_BUDGET}, with
 * fewer whole list items (and a count of the rest) as needed, and a short HTML fallback. Never throws.
 */
export function buildReviewMessage(input: ReviewCardInput): ReviewMessage {
  const link = safeLink(input.deepLink);
  const fallbackHtml = reviewSummaryHtml(input.review, input, link);
  for (const caps of LEVELS) {
    const message: ReviewMessage = { card: fullCard(input, caps, link), fallbackHtml };
    if (messageBytes(message) <= MESSAGE_BYTE_BUDGET) return message;
  }
  return minimalMessage(input.review, link);
}
