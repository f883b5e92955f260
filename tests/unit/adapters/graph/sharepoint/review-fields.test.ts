import { describe, expect, it } from 'vitest';
import {
  REVIEW_JSON_MAX_LENGTH,
  reviewFromFields,
  reviewToFields,
} from '../../../../../src/adapters/graph/sharepoint/review-fields';
import {
  LISTS,
  REVIEW_JSON_PARTS,
  fieldNames,
  reviewJsonColumn,
} from '../../../../../src/adapters/graph/sharepoint/schema';
import { NOTE_MAX_LENGTH, type Fields } from '../../../../../src/adapters/graph/sharepoint/values';
import { newEngagement } from '../../../../../src/domain/engagement/engagement';
import { emptyProfile } from '../../../../../src/domain/engagement/profile';
import { createReview } from '../../../../../src/domain/review/review';
import { type Review } from '../../../../../src/domain/review/review-record';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../../../../src/domain/matrix/templates';
import { StoreError } from '../../../../../src/ports/engagement-store';

function reviewWithRows(count: number, notes = ''): Review {
  let next = 0;
  const rows = Array.from({ length: Math.ceil(count / CO_MANAGED_TEMPLATE.rows.length) })
    .flatMap(() => rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${next++}`))
    .slice(0, count)
    .map((row) => ({ ...row, notes }));
  const profile = { ...emptyProfile('2026-01-05'), customer: 'Contoso <b>&</b>' };
  return createReview({
    id: 'review-1',
    engagement: newEngagement('engagement-1', profile, rows),
    date: '2026-10-05',
    previous: null,
  });
}

/** The parts of a stored review's JSON the damage below touches. */
type ReviewJson = {
  signOffs: { internal: unknown };
  decisions: unknown;
  post?: unknown;
  snapshot: { rows: unknown };
};

/** What Graph hands back: a cleared (null) cell is absent from `fields`. */
const asReturned = (fields: Fields): Fields =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));

describe('review list fields', () => {
  it('writes only columns the reviews list has', () => {
    const written = Object.keys(reviewToFields('engagement-1', reviewWithRows(3)));
    expect(written.every((name) => fieldNames(LISTS.reviews).includes(name))).toBe(true);
  });

  it('keeps a small review in the first JSON column and clears the others', () => {
    const fields = reviewToFields('engagement-1', reviewWithRows(14));
    expect(String(fields[reviewJsonColumn(0)]).length).toBeLessThan(NOTE_MAX_LENGTH);
    for (let part = 1; part < REVIEW_JSON_PARTS; part++) {
      expect(fields[reviewJsonColumn(part)]).toBeNull();
    }
    expect(reviewFromFields(asReturned(fields))).toStrictEqual(reviewWithRows(14));
  });

  it('spreads a large review over several columns, none over the note limit, and reads it back whole', () => {
    const review = reviewWithRows(600, 'x'.repeat(200));
    const fields = reviewToFields('engagement-1', review);
    const used = Array.from({ length: REVIEW_JSON_PARTS }, (_, part) =>
      String(fields[reviewJsonColumn(part)] ?? ''),
    ).filter((chunk) => chunk !== '');
    expect(used.length).toBeGreaterThan(1);
    expect(used.every((chunk) => chunk.length <= NOTE_MAX_LENGTH)).toBe(true);
    expect(reviewFromFields(asReturned(fields))).toStrictEqual(review);
  });

  it('keeps the first review of a 2,000-row matrix (every row added) whole', () => {
    const review = reviewWithRows(2000);
    expect(reviewFromFields(asReturned(reviewToFields('engagement-1', review)))).toStrictEqual(
      review,
    );
  });

  it('refuses a review too large for the list with a sentence saying what to do', () => {
    const review = reviewWithRows(300, 'y'.repeat(Math.ceil(REVIEW_JSON_MAX_LENGTH / 300)));
    let error: unknown;
    try {
      reviewToFields('engagement-1', review);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('invalid');
    expect((error as StoreError).message).toMatch(/too large to store in SharePoint.*Archive rows/);
  });

  it('reads a review whose JSON was broken in Microsoft Lists from its visible columns', () => {
    const fields = {
      ...asReturned(reviewToFields('engagement-1', reviewWithRows(3))),
      [reviewJsonColumn(0)]: '{"broken',
    };
    const read = reviewFromFields(fields);
    expect(read).toMatchObject({
      id: 'review-1',
      quarter: '2026 Q4',
      date: '2026-10-05',
      nextReviewDate: '2027-01-05',
      decisions: [],
      signOffs: { internal: null, msp: null },
    });
    expect(read.snapshot.rows).toStrictEqual([]);
    // Shown as what it is, with its record id, and never written back over what is left.
    expect(read.damage).toMatch(/^The 2026 Q4 review \(record review-1 in Tandem reviews\)/);
    expect(() => reviewToFields('engagement-1', read)).toThrow(/cannot be changed in Tandem/);
  });

  it.each([
    [
      'a signature without its time',
      (json: ReviewJson) => {
        json.signOffs.internal = { name: 'Mallory', upn: 'mallory@evil.example' };
      },
    ],
    [
      'a decision whose text is not text',
      (json: ReviewJson) => {
        json.decisions = [{ id: 'd1', text: { html: '<img src=x>' }, owner: null }];
      },
    ],
    [
      'a post link that is not a string',
      (json: ReviewJson) => {
        json.post = { messageId: 'm', postedAt: '2026-10-05T10:00:00Z', webUrl: 42 };
      },
    ],
    [
      'a snapshot row without an id',
      (json: ReviewJson) => {
        json.snapshot.rows = [{ name: 'No id' }];
      },
    ],
  ])(
    'issue 13 item 6: does not trust review JSON with %s (schema-checked), reading the visible columns instead',
    (_, damage) => {
      const fields = asReturned(reviewToFields('engagement-1', reviewWithRows(3)));
      const json = JSON.parse(String(fields[reviewJsonColumn(0)])) as ReviewJson;
      damage(json);
      const read = reviewFromFields({ ...fields, [reviewJsonColumn(0)]: JSON.stringify(json) });
      expect(read).toMatchObject({
        id: 'review-1',
        decisions: [],
        signOffs: { internal: null, msp: null },
      });
      expect(read.post).toBeUndefined();
      expect(read.snapshot.rows).toStrictEqual([]);
    },
  );
});
