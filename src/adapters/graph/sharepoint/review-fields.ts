/**
 * Pure mapping between a quarterly review and a "Tandem reviews" list item (columns in
 * sharepoint/schema.ts), on the same terms as sharepoint/fields.ts: every owned column written,
 * reading forgiving.
 *
 * The review itself is JSON spread over `REVIEW_JSON_PARTS` note columns (a snapshot of a large
 * matrix outgrows one); the date and sign-off columns repeat a little of it for people browsing the
 * list in Microsoft Lists. Only the quarter and dates are read back, to rebuild a review whose JSON
 * was broken; the sign-off columns never are.
 */
import type { Review } from '../../../domain/review/review-record';
import { isIsoDate } from '../../../domain/validation';
import { StoreError } from '../../../ports/engagement-store';
import { REVIEW_JSON_PARTS, reviewJsonColumn } from './schema';
import { NOTE_MAX_LENGTH, isRecord, readDate, readText, writeDate, type Fields } from './values';
import { storedReviewSchema } from './review-schema';

/** The most JSON one review item holds. */
export const REVIEW_JSON_MAX_LENGTH = NOTE_MAX_LENGTH * REVIEW_JSON_PARTS;

export function reviewToFields(engagementId: string, review: Review): Fields {
  if (review.damage) {
    // Written back, the stand-in would replace what is left of a signed record.
    throw new StoreError('invalid', `${review.damage} It cannot be changed in Tandem.`);
  }
  const json = JSON.stringify(review);
  if (json.length > REVIEW_JSON_MAX_LENGTH) {
    throw new StoreError(
      'invalid',
      `The ${review.quarter} review is too large to store in SharePoint (${json.length.toLocaleString('en')} characters of at most ${REVIEW_JSON_MAX_LENGTH.toLocaleString('en')}). Archive rows the engagement no longer needs, then take the snapshot again.`,
    );
  }
  const parts = Object.fromEntries(
    Array.from({ length: REVIEW_JSON_PARTS }, (_, part) => {
      const chunk = json.slice(part * NOTE_MAX_LENGTH, (part + 1) * NOTE_MAX_LENGTH);
      // Unused parts are cleared, so a review that shrank leaves no stale tail behind.
      return [reviewJsonColumn(part), chunk === '' ? null : chunk];
    }),
  );
  const signer = (side: 'internal' | 'msp') => review.signOffs[side];
  return {
    Title: review.quarter,
    EngagementId: engagementId,
    RecordId: review.id,
    ReviewDate: writeDate(review.date, 'The review date'),
    NextReviewDate: writeDate(review.nextReviewDate, 'The next review date'),
    InternalSignedBy: signer('internal')?.name ?? null,
    InternalSignedAt: signer('internal')?.at ?? null,
    MspSignedBy: signer('msp')?.name ?? null,
    MspSignedAt: signer('msp')?.at ?? null,
    ...parts,
  };
}

function parseReviewJson(f: Fields): Record<string, unknown> | null {
  const json = Array.from({ length: REVIEW_JSON_PARTS }, (_, part) =>
    readText(f[reviewJsonColumn(part)]),
  ).join('');
  try {
    const parsed: unknown = JSON.parse(json);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

const EMPTY_LEAD = { name: '', upn: '' };

/**
 * A review whose JSON someone broke in Microsoft Lists still reads, from its visible columns: its
 * quarter and dates, with an empty snapshot and no sign-offs, so history shows that it existed.
 */
function reviewFromVisibleColumns(f: Fields): Review {
  const date = readDate(f['ReviewDate']) ?? '1970-01-01';
  const quarter = readText(f['Title']) || date;
  return {
    id: readText(f['RecordId']),
    engagementId: readText(f['EngagementId']),
    date,
    // Title is a required column that Tandem fills with the quarter; the date stands in if cleared.
    quarter,
    leads: { internal: EMPTY_LEAD, msp: EMPTY_LEAD },
    snapshot: { rows: [], tools: [], channels: [], findings: [] },
    previousReviewId: null,
    diff: { added: [], archived: [], renamed: [], moves: [], jointCount: { before: 0, after: 0 } },
    scopeCreep: [],
    decisions: [],
    signOffs: { internal: null, msp: null },
    nextReviewDate: readDate(f['NextReviewDate']) ?? date,
    damage: `The ${quarter} review (record ${readText(f['RecordId'])} in Tandem reviews) was changed outside Tandem and cannot be read whole: only its quarter and dates are shown. Its earlier version is in the item's version history in Microsoft Lists.`,
  };
}

/** The stored review; its id always comes from the item's RecordId column, as for other records. */
export function reviewFromFields(f: Fields): Review {
  const parsed = parseReviewJson(f);
  if (
    !parsed ||
    !storedReviewSchema.safeParse(parsed).success ||
    typeof parsed['date'] !== 'string' ||
    !isIsoDate(parsed['date'])
  ) {
    return reviewFromVisibleColumns(f);
  }
  return { ...(parsed as unknown as Review), id: readText(f['RecordId']) };
}
