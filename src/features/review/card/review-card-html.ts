import type { Review, SignOff } from '../../../domain/review/review-record';
import { formatSignedAt, LEAD_TITLE, OPEN_REVIEW_TITLE } from './review-wording';
import { plural } from '../../../domain/plural';
import { movesSentence, reviewCounts } from '../../../domain/review/review-summary';
import type { Side } from '../../../domain/matrix/roles';

/**
 * The HTML body posted with a review's card: what notifications, search and clients that cannot
 * render the card show. Counts only, so it stays short. Every piece of data is escaped (& < > " '),
 * and only p, b, br and a are used (Teams supports a subset of HTML in messages,
 * docs/platform.md#channel-messages).
 */

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export const linkHtml = (link: string | null): string =>
  link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(OPEN_REVIEW_TITLE)}</a></p>` : '';

function signedHtml(side: Side, lead: string, signOff: SignOff | null): string {
  const who = escapeHtml(signOff?.name || lead);
  return `${LEAD_TITLE[side]}: ${who ? `${who}, ` : ''}${
    signOff
      ? `signed ${escapeHtml(formatSignedAt(signOff.at))}${signOff.fingerprint ? ` (content ${escapeHtml(signOff.fingerprint)})` : ''}`
      : 'not signed'
  }`;
}

export function reviewSummaryHtml(
  review: Review,
  parties: { readonly customer: string; readonly mspName: string },
  link: string | null,
): string {
  const counts = reviewCounts(review);
  const lines = [
    `<b>Quarterly review — ${escapeHtml(review.quarter)}</b>`,
    `${escapeHtml(parties.customer)} ↔ ${escapeHtml(parties.mspName)}`,
    signedHtml('internal', review.leads.internal.name, review.signOffs.internal),
    signedHtml('msp', review.leads.msp.name, review.signOffs.msp),
    `${movesSentence(counts)}; ${plural(counts.added, 'row')} added, ` +
      `${counts.archived} archived, ${counts.renamed} renamed; joint rows ` +
      `${counts.joint.before} → ${counts.joint.after}`,
    `${plural(counts.findings, 'health finding')}; ` +
      `${plural(counts.scopeCreep.total, 'scope-creep change')} (${counts.scopeCreep.renegotiated} renegotiated); ` +
      `${plural(counts.decisions, 'decision')}`,
    `Next review: ${escapeHtml(review.nextReviewDate)}`,
  ];
  return `<p>${lines.join('<br>')}</p>${linkHtml(link)}`;
}
