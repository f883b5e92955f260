/**
 * Issue 12, item 1 — "scope creep on the day of a review is invisible": "since the last review"
 * means after the instant both leads had signed it, wherever it is computed (health, the next
 * review's scope creep), not after its date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHealthIssues } from '../../../../src/domain/health/health';
import { createReview } from '../../../../src/domain/review/review';
import { makeEngagement, makeEntry, makeProfile, makeRow } from '../../support/arbitraries';
import { IAN, MEGAN, ok } from '../../support/review-fixtures';
import { signOff } from '../../../../src/domain/review/review';
import type { Engagement } from '../../../../src/domain/engagement/engagement';

const GO_NO_GO = makeRow({ id: 'go-no-go', name: 'Go / no-go decision' });

/** A review of `engagement` on `date`, signed by Ian at `internalAt` and Megan at `mspAt`. */
function signedReview(engagement: Engagement, date: string, internalAt: string, mspAt: string) {
  const draft = createReview({ id: 'r1', engagement, date, previous: null });
  return ok(
    signOff(ok(signOff(draft, 'internal', { ...IAN, at: internalAt })), 'msp', {
      ...MEGAN,
      at: mspAt,
    }),
  );
}

const leads = makeProfile({ internalLead: IAN, mspLead: MEGAN });

describe('since the last review = after both leads signed it', () => {
  it('a move toward the MSP later on the day of the signature is scope creep in health and in the next review', () => {
    const base = makeEngagement({ profile: leads, rows: [GO_NO_GO] });
    const review = signedReview(
      base,
      '2026-10-05',
      '2026-10-05T09:00:00.000Z',
      '2026-10-05T10:00:00.000Z',
    );
    const move = makeEntry({ id: 'move-1', rowId: GO_NO_GO.id, at: '2026-10-05T15:00:00.000Z' });
    const after: Engagement = {
      ...base,
      // What the second signature records (features/review/use-review-actions.ts).
      profile: { ...base.profile, lastReviewDate: review.date },
      changeLog: [move],
      reviews: [review],
    };
    const creep = findHealthIssues({ engagement: after, today: '2026-10-05' }).filter(
      (finding) => finding.check === 'scope-creep',
    );
    expect(creep.flatMap((finding) => finding.rowIds)).toEqual([GO_NO_GO.id]);
    const next = createReview({
      id: 'r2',
      engagement: after,
      date: '2026-10-05',
      previous: review,
    });
    expect(next.scopeCreep.map((entry) => entry.changeId)).toEqual(['move-1']);
  });

  it('a move before the second signature is not creep since that review', () => {
    const base = makeEngagement({ profile: leads, rows: [GO_NO_GO] });
    const review = signedReview(
      base,
      '2026-10-05',
      '2026-10-05T09:00:00.000Z',
      '2026-10-06T10:00:00.000Z',
    );
    const move = makeEntry({ id: 'move-1', rowId: GO_NO_GO.id, at: '2026-10-06T08:00:00.000Z' });
    const after: Engagement = {
      ...base,
      profile: { ...base.profile, lastReviewDate: review.date },
      changeLog: [move],
      reviews: [review],
    };
    expect(
      findHealthIssues({ engagement: after, today: '2026-10-07' }).some(
        (f) => f.check === 'scope-creep',
      ),
    ).toBe(false);
    const next = createReview({
      id: 'r2',
      engagement: after,
      date: '2026-10-07',
      previous: review,
    });
    expect(next.scopeCreep).toEqual([]);
  });

  it('property: any unrenegotiated move toward the MSP logged after the last signature is in health and in the next review, whatever the dates', () => {
    const instant = fc
      .date({
        min: new Date('2025-01-01T00:00:00Z'),
        max: new Date('2027-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString());
    fc.assert(
      fc.property(
        instant,
        instant,
        fc.integer({ min: 1, max: 90 * 24 * 3600 * 1000 }),
        (a, b, gapMs) => {
          const [internalAt, mspAt] = [a, b];
          const signedAtMs = Math.max(Date.parse(a), Date.parse(b));
          const reviewDate = new Date(Math.min(Date.parse(a), Date.parse(b)))
            .toISOString()
            .slice(0, 10);
          const base = makeEngagement({ profile: leads, rows: [GO_NO_GO] });
          const review = signedReview(base, reviewDate, internalAt, mspAt);
          const moveAt = new Date(signedAtMs + gapMs).toISOString();
          const engagement: Engagement = {
            ...base,
            profile: { ...base.profile, lastReviewDate: reviewDate },
            changeLog: [makeEntry({ id: 'move', rowId: GO_NO_GO.id, at: moveAt })],
            reviews: [review],
          };
          const today = moveAt.slice(0, 10);
          const health = findHealthIssues({ engagement, today });
          expect(health.find((f) => f.check === 'scope-creep')?.rowIds).toEqual([GO_NO_GO.id]);
          const next = createReview({ id: 'r2', engagement, date: today, previous: review });
          expect(next.scopeCreep.map((entry) => entry.changeId)).toEqual(['move']);
        },
      ),
    );
  });
});
