import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmptyDiff } from '../../../../src/domain/review/review-diff';
import { NONE, PRIMARY } from '../../../../src/domain/matrix/roles';
import {
  addDecision,
  createReview,
  diffReviews,
  isFullySigned,
  setNextReviewDate,
  signOff,
} from '../../../../src/domain/review/review';
import { oneQuarterAfter, quarterOf } from '../../../../src/domain/review/quarter';
import { type Review } from '../../../../src/domain/review/review-record';
import {
  engagementArb,
  isoDateArb,
  jointRow,
  makeEngagement,
  makeEntry,
  makeProfile,
  makeRow,
  sideArb,
} from '../../support/arbitraries';
import { IAN, MEGAN, ok } from '../../support/review-fixtures';

const profile = makeProfile({ internalLead: IAN, mspLead: MEGAN });

const q3Engagement = makeEngagement({
  profile,
  rows: [
    makeRow({ id: 'a', order: 1, internal: PRIMARY, msp: NONE }),
    jointRow('b', 2, { tieBreaker: 'internal' }),
  ],
  changeLog: [makeEntry({ id: 'e1', rowId: 'a', at: '2026-05-02T10:00:00.000Z' })],
});

const first = createReview({
  id: 'rev-1',
  engagement: q3Engagement,
  date: '2026-07-15',
  previous: null,
});

const sign = (review: Review): Review =>
  ok(
    signOff(ok(signOff(review, 'internal', { ...IAN, at: '2026-07-15T15:00:00.000Z' })), 'msp', {
      ...MEGAN,
      at: '2026-07-16T09:30:00.000Z',
    }),
  );

describe('quarterOf', () => {
  it('names the calendar quarter, with the boundaries on the right side', () => {
    expect(quarterOf('2026-01-01')).toBe('2026 Q1');
    expect(quarterOf('2026-03-31')).toBe('2026 Q1');
    expect(quarterOf('2026-04-01')).toBe('2026 Q2');
    expect(quarterOf('2026-06-30')).toBe('2026 Q2');
    expect(quarterOf('2026-07-01')).toBe('2026 Q3');
    expect(quarterOf('2026-09-30')).toBe('2026 Q3');
    expect(quarterOf('2026-10-01')).toBe('2026 Q4');
    expect(quarterOf('2026-12-31')).toBe('2026 Q4');
  });

  it('refuses anything but a real date', () => {
    expect(() => quarterOf('2026-13-01')).toThrow(RangeError);
    expect(() => quarterOf('next week')).toThrow(RangeError);
  });

  it('property: the quarter holds the date’s month, and the day before a quarter’s first day is in the previous quarter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 4 }),
        (year, q) => {
          const month = String((q - 1) * 3 + 1).padStart(2, '0');
          const firstDay = `${year}-${month}-01`;
          expect(quarterOf(firstDay)).toBe(`${year} Q${q}`);
          const lastMonth = (q - 1) * 3 + 3;
          const lastDay = new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
          expect(quarterOf(lastDay)).toBe(`${year} Q${q}`);
          const dayBefore = new Date(Date.UTC(year, (q - 1) * 3, 0)).toISOString().slice(0, 10);
          expect(quarterOf(dayBefore)).toBe(q === 1 ? `${year - 1} Q4` : `${year} Q${q - 1}`);
        },
      ),
    );
  });
});

describe('oneQuarterAfter', () => {
  it('is the same day three months later, clamped to a shorter month', () => {
    expect(oneQuarterAfter('2026-07-15')).toBe('2026-10-15');
    expect(oneQuarterAfter('2026-11-30')).toBe('2027-02-28');
    expect(oneQuarterAfter('2027-11-30')).toBe('2028-02-29');
    expect(oneQuarterAfter('2026-05-31')).toBe('2026-08-31');
    expect(oneQuarterAfter('2026-03-31')).toBe('2026-06-30');
  });

  it('property: lands in the next quarter, after the date', () => {
    fc.assert(
      fc.property(isoDateArb, (date) => {
        const next = oneQuarterAfter(date);
        expect(next > date).toBe(true);
        const [year, q] = quarterOf(date).split(' Q').map(Number) as [number, number];
        expect(quarterOf(next)).toBe(q === 4 ? `${year + 1} Q1` : `${year} Q${q + 1}`);
      }),
    );
  });
});

describe('createReview', () => {
  it('snapshots the engagement with its findings, names the quarter and sets the next date', () => {
    expect(first.quarter).toBe('2026 Q3');
    expect(first.nextReviewDate).toBe('2026-10-15');
    expect(first.snapshot.rows).toBe(q3Engagement.rows);
    expect(first.snapshot.findings.map((finding) => finding.check)).toContain('scope-creep');
    expect(first.leads).toEqual({ internal: IAN, msp: MEGAN });
    expect(first.signOffs).toEqual({ internal: null, msp: null });
    expect(first.previousReviewId).toBeNull();
  });

  it('diffs the first review against an empty matrix and counts scope creep from the start', () => {
    expect(first.diff.added.map((ref) => ref.rowId)).toEqual(['a', 'b']);
    expect(first.diff.jointCount).toEqual({ before: 0, after: 1 });
    expect(first.scopeCreep.map((entry) => entry.changeId)).toEqual(['e1']);
  });

  it('diffs the next review against the previous one, with scope creep since its date', () => {
    const later = makeEngagement({
      ...q3Engagement,
      rows: [
        makeRow({ id: 'a', order: 1, internal: NONE, msp: PRIMARY }),
        jointRow('b', 2, { name: 'Renamed', tieBreaker: 'internal' }),
      ],
      changeLog: [
        ...q3Engagement.changeLog,
        makeEntry({ id: 'e2', rowId: 'a', at: '2026-09-01T10:00:00.000Z', renegotiated: true }),
      ],
    });
    const second = createReview({
      id: 'rev-2',
      engagement: later,
      date: '2026-10-14',
      previous: first,
    });
    expect(second.previousReviewId).toBe('rev-1');
    expect(second.diff.added).toEqual([]);
    expect(second.diff.renamed).toEqual([{ rowId: 'b', from: 'Function b', to: 'Renamed' }]);
    expect(second.diff.moves).toMatchObject([{ rowId: 'a', direction: 'toward-msp' }]);
    expect(second.scopeCreep).toMatchObject([{ changeId: 'e2', renegotiated: true }]);
  });

  it('is plain JSON: it survives a JSON round trip unchanged', () => {
    const signed = sign(ok(addDecision(first, { id: 'd1', text: 'Keep RMM', owner: 'msp' })));
    expect(JSON.parse(JSON.stringify(signed))).toEqual(signed);
    fc.assert(
      fc.property(engagementArb, isoDateArb, (engagement, date) => {
        const review = createReview({ id: 'r', engagement, date, previous: null });
        expect(JSON.parse(JSON.stringify(review))).toEqual(review);
      }),
      { numRuns: 50 },
    );
  });
});

describe('editing a review', () => {
  it('adds decisions with an optional owner side, trimming the text', () => {
    const review = ok(addDecision(first, { id: 'd1', text: '  Keep RMM  ', owner: 'msp' }));
    const again = ok(addDecision(review, { id: 'd2', text: 'Retire the old AV', owner: null }));
    expect(again.decisions).toEqual([
      { id: 'd1', text: 'Keep RMM', owner: 'msp' },
      { id: 'd2', text: 'Retire the old AV', owner: null },
    ]);
    expect(first.decisions).toEqual([]);
  });

  it('refuses a blank decision and a duplicate id', () => {
    const review = ok(addDecision(first, { id: 'd1', text: 'Keep RMM', owner: null }));
    expect(addDecision(review, { id: 'd2', text: '  ', owner: null })).toMatchObject({
      ok: false,
      error: { code: 'empty-decision' },
    });
    expect(addDecision(review, { id: 'd1', text: 'Other', owner: null })).toMatchObject({
      ok: false,
      error: { code: 'duplicate-decision' },
    });
  });

  it('moves the next review date, but only to a real date after the review', () => {
    expect(ok(setNextReviewDate(first, '2026-09-30')).nextReviewDate).toBe('2026-09-30');
    expect(setNextReviewDate(first, '2026-07-15')).toMatchObject({
      ok: false,
      error: { code: 'invalid-date' },
    });
    expect(setNextReviewDate(first, '2026-02-30')).toMatchObject({
      ok: false,
      error: { code: 'invalid-date' },
    });
  });

  it('lets each lead sign their own side (UPN case ignored), once', () => {
    const half = ok(
      signOff(first, 'internal', {
        ...IAN,
        upn: 'IAN@Contoso.example',
        at: '2026-07-15T15:00:00.000Z',
      }),
    );
    expect(isFullySigned(half)).toBe(false);
    expect(signOff(half, 'internal', { ...IAN, at: '2026-07-15T16:00:00.000Z' })).toMatchObject({
      ok: false,
      error: { code: 'already-signed' },
    });
    expect(isFullySigned(sign(first))).toBe(true);
  });

  it('refuses a signature from someone who is not that side’s lead, with a message', () => {
    const result = signOff(first, 'internal', { ...MEGAN, at: '2026-07-15T15:00:00.000Z' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('not-lead');
      expect(result.error.message).toContain('ian@contoso.example');
      expect(result.error.message).toContain('megan@fabrikam.example');
    }
  });

  it('refuses a sign-off without an ISO timestamp', () => {
    expect(signOff(first, 'msp', { ...MEGAN, at: 'yesterday' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-date' },
    });
  });

  it('property: a review signed by both leads refuses every edit and stays as it was', () => {
    const signed = sign(first);
    const frozen = JSON.stringify(signed);
    const editArb = fc.oneof(
      fc
        .record({ id: fc.string(), text: fc.string(), owner: fc.option(sideArb, { nil: null }) })
        .map((decision) => (review: Review) => addDecision(review, decision)),
      isoDateArb.map((date) => (review: Review) => setNextReviewDate(review, date)),
      fc.record({ side: sideArb, who: fc.constantFrom(IAN, MEGAN), at: isoDateArb }).map(
        ({ side, who, at }) =>
          (review: Review) =>
            signOff(review, side, { ...who, at: `${at}T12:00:00.000Z` }),
      ),
    );
    fc.assert(
      fc.property(editArb, (edit) => {
        const result = edit(signed);
        expect(result).toMatchObject({ ok: false, error: { code: 'signed' } });
        if (!result.ok) expect(result.error.message).toContain('2026 Q3');
        expect(JSON.stringify(signed)).toBe(frozen);
      }),
    );
  });
});

describe('diffReviews', () => {
  const reviewOf = (engagement: Parameters<typeof createReview>[0]['engagement'], id: string) =>
    createReview({ id, engagement, date: '2026-10-01', previous: null });

  it('property: a review diffed with itself is empty', () => {
    fc.assert(
      fc.property(engagementArb, (engagement) => {
        const review = reviewOf(engagement, 'r');
        expect(isEmptyDiff(diffReviews(review, review))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('property: swapping two reviews swaps added and archived and turns every move around', () => {
    fc.assert(
      fc.property(engagementArb, engagementArb, (a, b) => {
        const [older, newer] = [reviewOf(a, 'r1'), reviewOf(b, 'r2')];
        // The same rows either way; each direction lists them in its own matrix order.
        const byId = <T extends { rowId: string }>(list: readonly T[]) =>
          [...list].sort((x, y) => (x.rowId < y.rowId ? -1 : x.rowId > y.rowId ? 1 : 0));
        const [forward, backward] = [diffReviews(older, newer), diffReviews(newer, older)].map(
          (diff) => ({
            ...diff,
            added: byId(diff.added),
            archived: byId(diff.archived),
            moves: byId(diff.moves),
          }),
        ) as unknown as [ReturnType<typeof diffReviews>, ReturnType<typeof diffReviews>];
        expect(backward.added).toEqual(forward.archived);
        expect(backward.archived.map(({ rowId }) => rowId)).toEqual(
          forward.added.map(({ rowId }) => rowId),
        );
        expect(backward.moves.map(({ rowId, from, to }) => [rowId, to, from])).toEqual(
          forward.moves.map(({ rowId, from, to }) => [rowId, from, to]),
        );
        expect(backward.jointCount).toEqual({
          before: forward.jointCount.after,
          after: forward.jointCount.before,
        });
      }),
      { numRuns: 50 },
    );
  });
});
