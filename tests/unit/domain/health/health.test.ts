import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  HEALTH_CHECKS,
  checkCommunicationFatigue,
  checkDay90Routine,
  checkJointWithoutTieBreaker,
  checkQuarterlyReviewDue,
  checkScopeCreep,
  checkToolingOverlap,
  checkToolsPastRetirement,
  checkUnownedFunctions,
  checkVagueMatrix,
  findHealthIssues,
} from '../../../../src/domain/health/health';
import { type Finding, type Severity } from '../../../../src/domain/health/finding';
import { createReview } from '../../../../src/domain/review/review';
import { IAN, MEGAN, signedByBoth } from '../../support/review-fixtures';
import { type Engagement } from '../../../../src/domain/engagement/engagement';
import { DEFAULT_JOINT_ROW_THRESHOLD } from '../../../../src/domain/engagement/profile';
import { ownerOf } from '../../../../src/domain/matrix/function-row';
import { NONE, PRIMARY, secondary } from '../../../../src/domain/matrix/roles';
import { moveRowToOwner } from '../../../../src/domain/matrix/matrix-edits';
import {
  engagementArb,
  isoDateArb,
  jointRow,
  makeChannel,
  makeEngagement,
  makeEntry,
  makeProfile,
  makeRow,
  makeTool,
} from '../../support/arbitraries';
import {
  UNANSWERED_DAY_90,
  type Day90Check,
  type RoutineAnswer,
} from '../../../../src/domain/plan/plan';
import { addDays, dateOfDay } from '../../../../src/domain/plan/plan-dates';

const TODAY = '2026-06-20';
const run = (engagement: Engagement, today = TODAY) => ({ engagement, today });
const jointRows = (count: number, extra: Parameters<typeof jointRow>[2] = {}) =>
  Array.from({ length: count }, (_, i) =>
    jointRow(`j${i}`, i + 1, { tieBreaker: 'internal', ...extra }),
  );

describe('vague matrix', () => {
  it('uses a default threshold of 3 joint rows', () => {
    expect(DEFAULT_JOINT_ROW_THRESHOLD).toBe(3);
    expect(makeProfile().jointRowThreshold).toBe(3);
  });

  it('does not fire at the threshold (3 joint rows)', () => {
    expect(checkVagueMatrix(run(makeEngagement({ rows: jointRows(3) })))).toEqual([]);
  });

  it('fires one warning at threshold + 1, naming every joint row', () => {
    const rows = [...jointRows(4), makeRow({ id: 'solo', order: 10 })];
    const findings = checkVagueMatrix(run(makeEngagement({ rows })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'vague-matrix:all',
      check: 'vague-matrix',
      severity: 'warning',
      rowIds: ['j0', 'j1', 'j2', 'j3'],
    });
    expect(findings[0]!.message).toContain('4 functions are joint');
    expect(findings[0]!.message).toContain('more than the 3 you allow');
  });

  it('respects a custom threshold', () => {
    const profile = makeProfile({ jointRowThreshold: 1 });
    expect(checkVagueMatrix(run(makeEngagement({ profile, rows: jointRows(1) })))).toEqual([]);
    expect(checkVagueMatrix(run(makeEngagement({ profile, rows: jointRows(2) })))).toHaveLength(1);
    const zero = makeProfile({ jointRowThreshold: 0 });
    expect(
      checkVagueMatrix(run(makeEngagement({ profile: zero, rows: jointRows(1) }))),
    ).toHaveLength(1);
    const generous = makeProfile({ jointRowThreshold: 10 });
    expect(
      checkVagueMatrix(run(makeEngagement({ profile: generous, rows: jointRows(10) }))),
    ).toEqual([]);
  });

  it('does not count archived joint rows', () => {
    const rows = [...jointRows(3), jointRow('gone', 9, { archived: true, tieBreaker: 'msp' })];
    expect(checkVagueMatrix(run(makeEngagement({ rows })))).toEqual([]);
  });

  it('does not count rows where one side is only a secondary helper', () => {
    const rows = [
      ...jointRows(3),
      makeRow({ id: 'helper', order: 8, internal: PRIMARY, msp: secondary('Overflow only') }),
    ];
    expect(checkVagueMatrix(run(makeEngagement({ rows })))).toEqual([]);
  });

  it('fires exactly when active joint rows exceed the threshold (property)', () => {
    fc.assert(
      fc.property(engagementArb, (engagement) => {
        const joint = engagement.rows.filter((row) => !row.archived && ownerOf(row) === 'joint');
        const findings = checkVagueMatrix(run(engagement));
        expect(findings.length).toBe(joint.length > engagement.profile.jointRowThreshold ? 1 : 0);
        if (findings.length)
          expect([...findings[0]!.rowIds].sort()).toEqual(joint.map((r) => r.id).sort());
      }),
    );
  });

  it('never fires for a matrix without joint rows (property)', () => {
    fc.assert(
      fc.property(engagementArb, (generated) => {
        const engagement = {
          ...generated,
          rows: generated.rows.filter((row) => ownerOf(row) !== 'joint'),
          profile: { ...generated.profile, jointRowThreshold: 0 },
        };
        const checks = findHealthIssues(run(engagement)).map((f) => f.check);
        expect(checks).not.toContain('vague-matrix');
        expect(checks).not.toContain('joint-without-tie-breaker');
      }),
    );
  });
});

describe('joint without tie-breaker', () => {
  it('fires once per active joint row with no tie-breaker', () => {
    const rows = [
      jointRow('a', 1),
      jointRow('b', 2, { tieBreaker: 'msp' }),
      jointRow('c', 3, { tieBreaker: 'internal' }),
      jointRow('d', 4),
      jointRow('archived', 5, { archived: true }),
      makeRow({ id: 'internal', order: 6 }),
    ];
    const findings = checkJointWithoutTieBreaker(run(makeEngagement({ rows })));
    expect(findings.map((f) => f.id)).toEqual([
      'joint-without-tie-breaker:a',
      'joint-without-tie-breaker:d',
    ]);
    expect(findings.map((f) => f.rowIds)).toEqual([['a'], ['d']]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('“Function a”');
  });

  it('ignores a stale tie-breaker on a non-joint row and a missing one on a non-joint row', () => {
    const rows = [
      makeRow({ id: 'x', tieBreaker: null }),
      makeRow({ id: 'y', internal: NONE, msp: PRIMARY, tieBreaker: 'msp' }),
    ];
    expect(checkJointWithoutTieBreaker(run(makeEngagement({ rows })))).toEqual([]);
  });
});

describe('unowned function', () => {
  it('fires critically for each active row with no primary on either side', () => {
    const rows = [
      makeRow({ id: 'none', order: 2, internal: NONE, msp: NONE }),
      makeRow({ id: 'helpers', order: 1, internal: secondary('a'), msp: secondary('b') }),
      makeRow({ id: 'owned', order: 3, internal: NONE, msp: PRIMARY }),
      makeRow({ id: 'gone', order: 4, internal: NONE, msp: NONE, archived: true }),
    ];
    const findings = checkUnownedFunctions(run(makeEngagement({ rows })));
    expect(findings.map((f) => f.rowIds[0])).toEqual(['helpers', 'none']);
    expect(findings.every((f) => f.severity === 'critical')).toBe(true);
    expect(findings[0]!.id).toBe('unowned-function:helpers');
  });

  it('does not fire when every row has a primary', () => {
    const rows = [makeRow({ id: 'a' }), jointRow('b', 2, { tieBreaker: 'msp' })];
    expect(checkUnownedFunctions(run(makeEngagement({ rows })))).toEqual([]);
  });
});

describe('scope creep', () => {
  const toMsp = { internal: NONE, msp: PRIMARY };
  const internalOwned = { internal: PRIMARY, msp: secondary('Overflow only') };
  const reviewed = makeProfile({ lastReviewDate: '2026-04-01' });
  const engagementWith = (...changeLog: ReturnType<typeof makeEntry>[]) =>
    makeEngagement({
      profile: reviewed,
      rows: [makeRow({ id: 'r1' }), makeRow({ id: 'r2', order: 2 })],
      changeLog,
    });

  it('fires for an unrenegotiated move toward the MSP after the last review', () => {
    const findings = checkScopeCreep(
      run(
        engagementWith(
          makeEntry({
            id: 'e1',
            rowId: 'r1',
            at: '2026-04-02T09:00:00.000Z',
            fromRoles: internalOwned,
            toRoles: toMsp,
          }),
        ),
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'scope-creep:since-last-review',
      check: 'scope-creep',
      severity: 'warning',
      rowIds: ['r1'],
    });
    expect(findings[0]!.message).toContain('1 change since the review of 2026-04-01');
  });

  it('does not fire for a renegotiated move', () => {
    const entry = makeEntry({
      id: 'e1',
      rowId: 'r1',
      at: '2026-05-01T09:00:00.000Z',
      renegotiated: true,
    });
    expect(checkScopeCreep(run(engagementWith(entry)))).toEqual([]);
  });

  it('does not fire for a move on or before the last review date', () => {
    const before = makeEntry({ id: 'e1', rowId: 'r1', at: '2026-03-31T23:59:59.000Z' });
    const sameDay = makeEntry({ id: 'e2', rowId: 'r1', at: '2026-04-01T10:00:00.000Z' });
    expect(checkScopeCreep(run(engagementWith(before, sameDay)))).toEqual([]);
  });

  it('does not fire for a move toward the internal team', () => {
    const entry = makeEntry({
      id: 'e1',
      rowId: 'r1',
      at: '2026-05-01T09:00:00.000Z',
      fromRoles: toMsp,
      toRoles: internalOwned,
    });
    expect(checkScopeCreep(run(engagementWith(entry)))).toEqual([]);
  });

  it('counts every change since the start when there has been no review', () => {
    const engagement = {
      ...engagementWith(
        makeEntry({ id: 'e1', rowId: 'r1', at: '2020-01-01T00:00:00.000Z' }),
        makeEntry({ id: 'e2', rowId: 'r2', at: '2026-05-01T00:00:00.000Z' }),
        makeEntry({ id: 'e3', rowId: 'r1', at: '2026-05-02T00:00:00.000Z' }),
      ),
      profile: makeProfile({ lastReviewDate: null }),
    };
    const [finding] = checkScopeCreep(run(engagement));
    expect(finding!.message).toContain('3 changes since the start');
    expect(finding!.rowIds).toEqual(['r1', 'r2']);
  });

  it('is raised by a board move the MSP made without renegotiation', () => {
    const row = makeRow({ id: 'r1', internal: PRIMARY, msp: secondary('Overflow only') });
    const meta = { entryId: 'e1', at: '2026-05-10T08:00:00.000Z', by: 'msp', reason: '' };
    const drift = moveRowToOwner(row, 'msp', { ...meta, renegotiated: false });
    const agreed = moveRowToOwner(row, 'msp', { ...meta, renegotiated: true });
    const base = { profile: reviewed, rows: [drift.row] };
    expect(
      checkScopeCreep(run(makeEngagement({ ...base, changeLog: [drift.entry!] }))),
    ).toHaveLength(1);
    expect(checkScopeCreep(run(makeEngagement({ ...base, changeLog: [agreed.entry!] })))).toEqual(
      [],
    );
  });

  it('fires exactly when some entry is unrenegotiated, after the review and toward the MSP (property)', () => {
    fc.assert(
      fc.property(engagementArb, (engagement) => {
        const since = engagement.profile.lastReviewDate;
        // Owner changes that hand work over: into MSP, or into joint from a non-MSP owner.
        const clearlyTowardMsp = (e: Engagement['changeLog'][number]) =>
          (e.to.owner === 'msp' && e.from.owner !== 'msp') ||
          (e.to.owner === 'joint' &&
            (e.from.owner === 'internal' || e.from.owner === 'unassigned'));
        const findings = checkScopeCreep(run(engagement));
        const creeping = engagement.changeLog.filter(
          (e) => !e.renegotiated && (since === null || e.at.slice(0, 10) > since),
        );
        if (creeping.length === 0) expect(findings).toEqual([]);
        if (creeping.some(clearlyTowardMsp)) expect(findings).toHaveLength(1);
        for (const f of findings) {
          for (const id of f.rowIds) expect(creeping.map((e) => e.rowId)).toContain(id);
        }
      }),
    );
  });
});

describe('tooling overlap', () => {
  it('fires for two active RMMs with no retirement decision', () => {
    const tools = [
      makeTool({ id: 'old', name: 'Old RMM', category: 'RMM', operatedBy: 'internal' }),
      makeTool({
        id: 'new',
        name: 'MSP RMM',
        category: 'RMM',
        operatedBy: 'msp',
        decision: 'keep',
      }),
    ];
    const findings = checkToolingOverlap(run(makeEngagement({ tools })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'tooling-overlap:RMM',
      check: 'tooling-overlap',
      severity: 'warning',
      toolIds: ['old', 'new'],
      rowIds: [],
    });
    expect(findings[0]!.message).toContain('Old RMM, MSP RMM');
  });

  it.each(['retire', 'replace'] as const)(
    'does not fire when one of two is marked %s',
    (decision) => {
      const tools = [
        makeTool({ id: 'old', category: 'RMM', decision }),
        makeTool({ id: 'new', category: 'RMM', decision: 'keep' }),
      ];
      expect(checkToolingOverlap(run(makeEngagement({ tools })))).toEqual([]);
    },
  );

  it('fires when three run and only one is on its way out', () => {
    const tools = ['a', 'b', 'c'].map((id, i) =>
      makeTool({ id, category: 'Backup', decision: i === 0 ? 'retire' : 'undecided' }),
    );
    const findings = checkToolingOverlap(run(makeEngagement({ tools })));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.toolIds).toEqual(['a', 'b', 'c']);
  });

  it('treats EDR and antivirus as one category', () => {
    const tools = [
      makeTool({ id: 'av', name: 'Legacy antivirus', category: 'EDR / antivirus' }),
      makeTool({ id: 'edr', name: 'MSP EDR', category: 'EDR / antivirus', operatedBy: 'msp' }),
    ];
    expect(checkToolingOverlap(run(makeEngagement({ tools })))).toHaveLength(1);
  });

  it('does not fire for one tool per category or when the second tool is no longer active', () => {
    const tools = [
      makeTool({ id: 'rmm', category: 'RMM' }),
      makeTool({ id: 'edr', category: 'EDR / antivirus' }),
      makeTool({ id: 'rmm-old', category: 'RMM', active: false }),
    ];
    expect(checkToolingOverlap(run(makeEngagement({ tools })))).toEqual([]);
  });

  it('reports each overlapping category separately', () => {
    const tools = [
      makeTool({ id: 'r1', category: 'RMM' }),
      makeTool({ id: 'r2', category: 'RMM' }),
      makeTool({ id: 'b1', category: 'Backup' }),
      makeTool({ id: 'b2', category: 'Backup' }),
    ];
    expect(checkToolingOverlap(run(makeEngagement({ tools }))).map((f) => f.id)).toEqual([
      'tooling-overlap:RMM',
      'tooling-overlap:Backup',
    ]);
  });
});

describe('tool past retirement', () => {
  const tool = (overrides: Parameters<typeof makeTool>[0]) =>
    makeTool({ decision: 'retire', retireBy: '2026-06-19', ...overrides });

  it('fires for an active tool marked retire/replace whose date is before today', () => {
    const tools = [tool({ id: 'a' }), tool({ id: 'b', decision: 'replace' })];
    const findings = checkToolsPastRetirement(run(makeEngagement({ tools }), '2026-06-20'));
    expect(findings.map((f) => f.id)).toEqual(['tool-past-retirement:a', 'tool-past-retirement:b']);
    expect(findings[0]!.toolIds).toEqual(['a']);
    expect(findings[0]!.message).toContain('2026-06-19');
  });

  it('does not fire on the retirement date itself, only the day after', () => {
    const tools = [tool({ id: 'a', retireBy: '2026-06-20' })];
    expect(checkToolsPastRetirement(run(makeEngagement({ tools }), '2026-06-20'))).toEqual([]);
    expect(checkToolsPastRetirement(run(makeEngagement({ tools }), '2026-06-21'))).toHaveLength(1);
  });

  it('does not fire for inactive tools, kept tools, or tools without a date', () => {
    const tools = [
      tool({ id: 'gone', active: false }),
      tool({ id: 'kept', decision: 'keep' }),
      tool({ id: 'undecided', decision: 'undecided' }),
      tool({ id: 'nodate', retireBy: null }),
    ];
    expect(checkToolsPastRetirement(run(makeEngagement({ tools }), '2027-01-01'))).toEqual([]);
  });

  it('depends on today and not on a clock (property)', () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, (retireBy, today) => {
        const tools = [tool({ id: 't', retireBy })];
        const fired = checkToolsPastRetirement(run(makeEngagement({ tools }), today)).length === 1;
        expect(fired).toBe(retireBy < today);
      }),
    );
  });
});

describe('communication fatigue', () => {
  const channels = (active: number, inactive = 0) => [
    ...Array.from({ length: active }, (_, i) => makeChannel({ id: `a${i}` })),
    ...Array.from({ length: inactive }, (_, i) => makeChannel({ id: `i${i}`, active: false })),
  ];

  it('does not fire with two active channels (the seed: pick two)', () => {
    expect(checkCommunicationFatigue(run(makeEngagement({ channels: channels(2, 5) })))).toEqual(
      [],
    );
  });

  it('fires with three active channels, naming only the active ones', () => {
    const findings = checkCommunicationFatigue(run(makeEngagement({ channels: channels(3, 2) })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'communication-fatigue:all',
      severity: 'warning',
      channelIds: ['a0', 'a1', 'a2'],
    });
    expect(findings[0]!.message).toContain('3 channels are active');
    expect(findings[0]!.message).toContain('Pick 2');
  });

  it('falls back to the channel kind when a channel has no name', () => {
    const list = [
      makeChannel({ id: 'a', kind: 'Daily standup', name: '' }),
      makeChannel({ id: 'b', kind: 'Phone', name: '' }),
      makeChannel({ id: 'c', kind: 'E-mail', name: 'Shared mailbox' }),
    ];
    const [finding] = checkCommunicationFatigue(run(makeEngagement({ channels: list })));
    expect(finding!.message).toContain('(Daily standup, Phone, Shared mailbox)');
  });
});

describe('day-90 check', () => {
  // makeProfile starts on 2026-01-05, so day 90 is 2026-04-04.
  const engagement = makeEngagement();
  const day90 = '2026-04-04';
  const plan = (patch: Partial<Day90Check> = {}) => ({
    day90Check: { ...UNANSWERED_DAY_90, ...patch },
  });
  const check = (today: string, patch: Partial<Day90Check> = {}) =>
    checkDay90Routine({ engagement, today, plan: plan(patch) });

  it('counts day 90 from the engagement start date', () => {
    expect(dateOfDay(engagement.profile.startDate, 90)).toBe(day90);
  });

  it('says the day-90 review is overdue the day after day 90 with no answer, not before', () => {
    expect(check(day90)).toEqual([]);
    const [finding] = check('2026-04-07');
    expect(finding).toMatchObject({
      id: 'day90-review-overdue:all',
      check: 'day90-review-overdue',
      severity: 'warning',
      title: 'Day-90 review overdue',
      rowIds: [],
    });
    expect(finding!.message).toContain('Day 90 was 2026-04-04, 3 days ago');
  });

  it('asks for a renegotiation when the engagement does not feel routine', () => {
    const [after] = check('2026-04-05', { routine: 'no' });
    expect(after).toMatchObject({
      id: 'day90-not-routine:all',
      check: 'day90-not-routine',
      severity: 'warning',
      title: 'The engagement doesn’t feel routine: plan a renegotiation',
    });
    expect(after!.message).toContain(
      'Day 90 (2026-04-04) passed and the engagement doesn’t feel routine',
    );
    // Answered early: the same finding, worded for before day 90.
    const [before] = check('2026-03-01', { routine: 'no' });
    expect(before!.check).toBe('day90-not-routine');
    expect(before!.message).toContain('If that holds by day 90 (2026-04-04)');
  });

  it('is satisfied by a routine engagement or a planned renegotiation', () => {
    expect(check('2026-06-01', { routine: 'yes' })).toEqual([]);
    expect(check('2026-06-01', { routine: 'no', renegotiationPlanned: true })).toEqual([]);
  });

  it('checks nothing for an engagement without a plan', () => {
    expect(checkDay90Routine({ engagement, today: '2027-01-01' })).toEqual([]);
    expect(checkDay90Routine({ engagement, today: '2027-01-01', plan: null })).toEqual([]);
    const dayNinety = (findings: Finding[]) => findings.filter((f) => f.check.startsWith('day90'));
    expect(dayNinety(findHealthIssues({ engagement, today: '2027-01-01' }))).toEqual([]);
  });

  it('reaches findHealthIssues when a plan is given', () => {
    const findings = findHealthIssues({ engagement, today: '2027-01-01', plan: plan() });
    // A year in without a quarterly review: that is overdue too (and this matrix is empty).
    expect(findings.map((f) => f.check)).toEqual([
      'day90-review-overdue',
      'quarterly-review-overdue',
      'empty-matrix',
    ]);
  });

  it('fires exactly per the seed’s rule, on any start date (property)', () => {
    fc.assert(
      fc.property(
        isoDateArb,
        fc.integer({ min: -10, max: 200 }),
        fc.constantFrom<RoutineAnswer>('yes', 'no', 'unanswered'),
        fc.boolean(),
        (start, offset, routine, renegotiationPlanned) => {
          const withStart = makeEngagement({ profile: makeProfile({ startDate: start }) });
          const today = addDays(start, offset);
          const findings = checkDay90Routine({
            engagement: withStart,
            today,
            plan: plan({ routine, renegotiationPlanned }),
          }).map((f) => f.check);
          const passed = offset + 1 > 90;
          const expected = [
            ...(routine === 'no' && !renegotiationPlanned ? ['day90-not-routine'] : []),
            ...(routine === 'unanswered' && passed ? ['day90-review-overdue'] : []),
          ];
          expect(findings).toEqual(expected);
        },
      ),
    );
  });
});

describe('quarterly review due', () => {
  // makeProfile starts on 2026-01-05: the first review is due a quarter later, 2026-04-05.
  const engagement = makeEngagement();
  const withLeads = makeEngagement({
    profile: { ...engagement.profile, internalLead: IAN, mspLead: MEGAN },
  });
  const draftOn = (date: string, id = `r-${date}`) =>
    createReview({ id, engagement: withLeads, date, previous: null });

  it('waits a quarter after the start for the first review, then says it is overdue', () => {
    expect(checkQuarterlyReviewDue(run(engagement, '2026-04-05'))).toEqual([]);
    const [finding] = checkQuarterlyReviewDue(run(engagement, '2026-04-15'));
    expect(finding).toMatchObject({
      check: 'quarterly-review-overdue',
      severity: 'warning',
      title: 'Quarterly review overdue',
    });
    expect(finding!.message).toContain('was due 2026-04-05');
    expect(finding!.message).toContain('10 days ago');
  });

  it('counts from the next review date the last signed review set', () => {
    const reviews = [signedByBoth(draftOn('2026-04-01'))];
    const reviewed = { ...withLeads, reviews };
    expect(checkQuarterlyReviewDue(run(reviewed, '2026-07-01'))).toEqual([]);
    const [finding] = checkQuarterlyReviewDue(run(reviewed, '2026-07-02'));
    expect(finding!.message).toContain('set the next review for 2026-07-01');
  });

  it('does not count an unsigned review as held, but names it', () => {
    const reviewed = { ...withLeads, reviews: [draftOn('2026-04-10')] };
    const [finding] = checkQuarterlyReviewDue(run(reviewed, '2026-04-15'));
    expect(finding!.message).toContain('is under way: finish it and have both leads sign');
  });

  it('is left out of a review’s own snapshot, which is what answers it', () => {
    expect(
      draftOn('2026-06-20').snapshot.findings.some((f) => f.check === 'quarterly-review-overdue'),
    ).toBe(false);
    expect(
      findHealthIssues(run(withLeads, '2026-06-20')).some(
        (f) => f.check === 'quarterly-review-overdue',
      ),
    ).toBe(true);
  });
});

describe('findHealthIssues', () => {
  it('runs every check', () => {
    expect(HEALTH_CHECKS).toHaveLength(10);
  });

  // makeProfile starts on 2026-01-05: within the first quarter no review is due yet.
  const FIRST_QUARTER = '2026-03-20';

  it('returns only "no functions yet" for an empty engagement (issue 12 item 4)', () => {
    expect(findHealthIssues(run(makeEngagement(), FIRST_QUARTER)).map((f) => f.check)).toEqual([
      'empty-matrix',
    ]);
  });

  it('returns nothing for an engagement with one well-owned function', () => {
    expect(
      findHealthIssues(run(makeEngagement({ rows: [makeRow({ id: 'r1' })] }), FIRST_QUARTER)),
    ).toEqual([]);
  });

  it('puts critical findings first', () => {
    const engagement = makeEngagement({
      rows: [
        ...jointRows(4, { tieBreaker: null }),
        makeRow({ id: 'lost', order: 9, internal: NONE }),
      ],
      channels: [makeChannel({ id: 'a' }), makeChannel({ id: 'b' }), makeChannel({ id: 'c' })],
    });
    const findings = findHealthIssues(run(engagement, FIRST_QUARTER));
    expect(findings[0]!.check).toBe('unowned-function');
    expect(findings.slice(1).every((f) => f.severity === 'warning')).toBe(true);
    expect(new Set(findings.map((f) => f.check))).toEqual(
      new Set([
        'unowned-function',
        'vague-matrix',
        'joint-without-tie-breaker',
        'communication-fatigue',
      ]),
    );
  });

  it('only names rows, tools and channels that exist; ids are unique; most severe first (property)', () => {
    const rank: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
    fc.assert(
      fc.property(engagementArb, isoDateArb, (engagement, today) => {
        const findings = findHealthIssues(run(engagement, today));
        const rowIds = new Set(engagement.rows.map((r) => r.id));
        const toolIds = new Set(engagement.tools.map((t) => t.id));
        const channelIds = new Set(engagement.channels.map((c) => c.id));
        for (const f of findings) {
          for (const id of f.rowIds) expect(rowIds.has(id)).toBe(true);
          for (const id of f.toolIds) expect(toolIds.has(id)).toBe(true);
          for (const id of f.channelIds) expect(channelIds.has(id)).toBe(true);
          expect(f.id.startsWith(`${f.check}:`)).toBe(true);
          expect(f.title).not.toBe('');
          expect(f.message).not.toBe('');
        }
        expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
        for (let i = 1; i < findings.length; i++) {
          expect(rank[findings[i - 1]!.severity]).toBeLessThanOrEqual(rank[findings[i]!.severity]);
        }
      }),
    );
  });

  it('is the union of the individual checks (property)', () => {
    fc.assert(
      fc.property(engagementArb, isoDateArb, (engagement, today) => {
        const all = findHealthIssues(run(engagement, today))
          .map((f) => f.id)
          .sort();
        const each = HEALTH_CHECKS.flatMap((check) => check(run(engagement, today)))
          .map((f) => f.id)
          .sort();
        expect(all).toEqual(each);
      }),
    );
  });

  it('does not mutate the engagement (property)', () => {
    fc.assert(
      fc.property(engagementArb, (engagement) => {
        const snapshot = structuredClone(engagement);
        findHealthIssues(run(engagement));
        expect(engagement).toEqual(snapshot);
      }),
    );
  });
});

describe('a blank matrix (issue 12 item 4)', () => {
  it('says the matrix has no functions yet instead of reporting no issues', () => {
    const findings = findHealthIssues({
      engagement: makeEngagement({ rows: [] }),
      today: '2026-07-01',
    });
    expect(findings.map((finding) => [finding.check, finding.title])).toContainEqual([
      'empty-matrix',
      'No functions in the matrix yet',
    ]);
  });

  it('says nothing of the kind once a function is there', () => {
    const findings = findHealthIssues({
      engagement: makeEngagement({ rows: [makeRow({ id: 'r1' })] }),
      today: '2026-07-01',
    });
    expect(findings.some((finding) => finding.check === 'empty-matrix')).toBe(false);
  });
});
