import { describe, expect, it } from 'vitest';
import { createReview, markFindingDiscussed } from '../../../../src/domain/review/review';
import { PRIMARY } from '../../../../src/domain/matrix/roles';
import { makeEngagement, makeProfile, makeRow } from '../../support/arbitraries';
import { IAN, MEGAN, ok, signedByBoth } from '../../support/review-fixtures';

// Four joint rows without a tie-breaker: a vague matrix and four joint-without-tie-breaker findings.
const draft = createReview({
  id: 'rev-1',
  engagement: makeEngagement({
    profile: makeProfile({ internalLead: IAN, mspLead: MEGAN, jointRowThreshold: 3 }),
    rows: [1, 2, 3, 4].map((n) =>
      makeRow({ id: `j${n}`, order: n, internal: PRIMARY, msp: PRIMARY, tieBreaker: null }),
    ),
  }),
  date: '2026-10-15',
  previous: null,
});
const ids = draft.snapshot.findings.map((finding) => finding.id);

describe('markFindingDiscussed', () => {
  it('ticks and unticks findings, kept in the snapshot’s order whatever the order of ticking', () => {
    expect(ids.length).toBeGreaterThan(2);
    const [first, second, third] = ids as [string, string, string];
    const ticked = ok(
      markFindingDiscussed(ok(markFindingDiscussed(draft, third, true)), first, true),
    );
    expect(ticked.discussedFindingIds).toStrictEqual([first, third]);
    const again = ok(markFindingDiscussed(ticked, first, true));
    expect(again.discussedFindingIds).toStrictEqual([first, third]);
    const unticked = ok(markFindingDiscussed(again, third, false));
    expect(unticked.discussedFindingIds).toStrictEqual([first]);
    expect(ok(markFindingDiscussed(unticked, second, false)).discussedFindingIds).toStrictEqual([
      first,
    ]);
  });

  it('refuses a finding the snapshot does not have', () => {
    expect(markFindingDiscussed(draft, 'no-such-finding', true)).toMatchObject({
      ok: false,
      error: { code: 'unknown-finding' },
    });
  });

  it('refuses any change once both leads have signed, keeping the ticks as they were', () => {
    const ticked = ok(markFindingDiscussed(draft, ids[0]!, true));
    const signed = signedByBoth(ticked);
    expect(markFindingDiscussed(signed, ids[1]!, true)).toMatchObject({
      ok: false,
      error: { code: 'signed' },
    });
    expect(signed.discussedFindingIds).toStrictEqual([ids[0]]);
  });
});
