/**
 * Issue 12, item 2 — "one signature does not freeze the review": a signature is consent to what
 * was on the page, so once one lead has signed, every edit is refused with a sentence saying why,
 * and each signature carries a fingerprint of the content it consented to.
 */
import { describe, expect, it } from 'vitest';
import {
  addDecision,
  createReview,
  markFindingDiscussed,
  renewReview,
  reviewFingerprint,
  setNextReviewDate,
  signOff,
} from '../../../../src/domain/review/review';
import type { Review } from '../../../../src/domain/review/review-record';
import { jointRow, makeEngagement, makeProfile } from '../../support/arbitraries';
import { IAN, MEGAN, ok } from '../../support/review-fixtures';

const engagement = makeEngagement({
  profile: makeProfile({ internalLead: IAN, mspLead: MEGAN }),
  rows: [jointRow('a', 0), jointRow('b', 1), jointRow('c', 2), jointRow('d', 3)],
});
const draft = (): Review =>
  createReview({ id: 'r1', engagement, date: '2026-10-05', previous: null });
const signedByIan = () =>
  ok(signOff(draft(), 'internal', { ...IAN, at: '2026-10-05T10:00:00.000Z' }));

describe('one signature freezes the review', () => {
  it('refuses a decision, a discussed tick, a next date and a new snapshot after the first signature, saying why', () => {
    const review = signedByIan();
    const finding = review.snapshot.findings[0]!;
    const refusals = [
      addDecision(review, { id: 'd1', text: 'Move patching to the MSP', owner: 'msp' }),
      markFindingDiscussed(review, finding.id, true),
      setNextReviewDate(review, '2027-01-10'),
      renewReview(review, draft()),
    ];
    for (const result of refusals) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('signed');
      expect(result.error.message).toBe(
        'Ian signed the 2026 Q4 review for the internal side, so it can no longer change: a signature is consent to what was on the page.',
      );
    }
  });

  it('each signature carries the fingerprint of the content it consented to; both match', () => {
    const both = ok(signOff(signedByIan(), 'msp', { ...MEGAN, at: '2026-10-05T11:00:00.000Z' }));
    const { internal, msp } = both.signOffs;
    expect(internal?.fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(msp?.fingerprint).toBe(internal?.fingerprint);
    expect(reviewFingerprint(both)).toBe(internal?.fingerprint);
  });

  it('the fingerprint changes with the content, not with signatures or a post', () => {
    const review = draft();
    const decided = ok(
      addDecision(review, { id: 'd1', text: 'Keep backups internal', owner: null }),
    );
    expect(reviewFingerprint(decided)).not.toBe(reviewFingerprint(review));
    expect(reviewFingerprint(signedByIan())).toBe(reviewFingerprint(review));
  });

  it('refuses the second signature when the content no longer matches the first one (changed behind the app)', () => {
    const tampered: Review = { ...signedByIan(), nextReviewDate: '2027-03-01' };
    const result = signOff(tampered, 'msp', { ...MEGAN, at: '2026-10-05T11:00:00.000Z' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('changed-since-signed');
  });

  it('a draft nobody signed takes a new snapshot, keeping its decisions', () => {
    const decided = ok(
      addDecision(draft(), { id: 'd1', text: 'Keep backups internal', owner: null }),
    );
    const renewed = ok(
      renewReview(
        decided,
        createReview({ id: 'r1', engagement, date: '2026-10-06', previous: null }),
      ),
    );
    expect(renewed.date).toBe('2026-10-06');
    expect(renewed.decisions).toEqual(decided.decisions);
  });
});

describe('issue 13 item 6: a review that could not be read whole never changes', () => {
  it('refuses signatures and edits of a damaged review, with the reason', () => {
    const damage = 'The 2026 Q4 review (record r1 in Tandem reviews) was changed outside Tandem.';
    const review: Review = { ...draft(), damage };
    const refusals = [
      signOff(review, 'internal', { ...IAN, at: '2026-10-05T10:00:00.000Z' }),
      addDecision(review, { id: 'd1', text: 'Anything', owner: 'msp' }),
      setNextReviewDate(review, '2027-01-10'),
    ];
    for (const result of refusals) {
      expect(result).toEqual({ ok: false, error: { code: 'damaged', message: damage } });
    }
  });
});
