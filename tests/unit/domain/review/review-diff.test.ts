import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownerOf, type FunctionRow } from '../../../../src/domain/matrix/function-row';
import {
  describeCreepChange,
  diffRows,
  isEmptyDiff,
  moveDirection,
  scopeCreepBetween,
  type MoveDirection,
} from '../../../../src/domain/review/review-diff';
import { NONE, PRIMARY, secondary, type Owner } from '../../../../src/domain/matrix/roles';
import { makeEntry, makeRow, ownerArb, rowsArb } from '../../support/arbitraries';

const internalRow = (id: string, name = `Function ${id}`) =>
  makeRow({ id, name, internal: PRIMARY, msp: NONE });
const mspRow = (id: string, name = `Function ${id}`) =>
  makeRow({ id, name, internal: NONE, msp: PRIMARY });
const jointRow = (id: string, name = `Function ${id}`) =>
  makeRow({ id, name, internal: PRIMARY, msp: PRIMARY });
const unassignedRow = (id: string, name = `Function ${id}`) =>
  makeRow({ id, name, internal: secondary('Overflow only'), msp: NONE });

/** A diff's lists sorted by row id, to compare two diffs as sets of rows. */
function sortedById(diff: ReturnType<typeof diffRows>) {
  const byId = <T extends { rowId: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => (a.rowId < b.rowId ? -1 : a.rowId > b.rowId ? 1 : 0));
  return {
    ...diff,
    added: byId(diff.added),
    archived: byId(diff.archived),
    renamed: byId(diff.renamed),
    moves: byId(diff.moves),
  };
}

describe('diffRows examples', () => {
  it('lists a new active row as added, and a row restored from the archive too', () => {
    const diff = diffRows(
      [internalRow('a'), { ...internalRow('b'), archived: true }],
      [internalRow('a'), internalRow('b'), mspRow('c', 'Backups')],
    );
    expect(diff.added).toEqual([
      { rowId: 'b', name: 'Function b' },
      { rowId: 'c', name: 'Backups' },
    ]);
    expect(diff.archived).toEqual([]);
  });

  it('lists a row archived (or gone) since the previous review as archived', () => {
    const diff = diffRows(
      [internalRow('a'), mspRow('b'), jointRow('c')],
      [internalRow('a'), { ...mspRow('b'), archived: true }],
    );
    expect(diff.archived).toEqual([
      { rowId: 'b', name: 'Function b' },
      { rowId: 'c', name: 'Function c' },
    ]);
    expect(diff.added).toEqual([]);
  });

  it('lists a renamed row with its old and new name', () => {
    const diff = diffRows([internalRow('a', 'Patching')], [internalRow('a', 'Patch management')]);
    expect(diff.renamed).toEqual([{ rowId: 'a', from: 'Patching', to: 'Patch management' }]);
    expect(diff.moves).toEqual([]);
  });

  it('lists each ownership move with its direction', () => {
    const diff = diffRows(
      [internalRow('1'), mspRow('2'), internalRow('3'), jointRow('4'), mspRow('5')],
      [mspRow('1'), internalRow('2'), jointRow('3'), mspRow('4'), unassignedRow('5')],
    );
    expect(
      diff.moves.map(({ rowId, from, to, direction }) => [rowId, from, to, direction]),
    ).toEqual([
      ['1', 'internal', 'msp', 'toward-msp'],
      ['2', 'msp', 'internal', 'toward-internal'],
      ['3', 'internal', 'joint', 'into-joint'],
      ['4', 'joint', 'msp', 'out-of-joint'],
      ['5', 'msp', 'unassigned', 'to-unassigned'],
    ]);
  });

  it('does not count a role change that keeps the owner as a move', () => {
    const before = makeRow({ id: 'a', internal: PRIMARY, msp: NONE });
    const after = makeRow({ id: 'a', internal: PRIMARY, msp: secondary('After hours') });
    expect(diffRows([before], [after]).moves).toEqual([]);
  });

  it('counts active joint rows before and after, ignoring archived ones', () => {
    const diff = diffRows(
      [jointRow('a'), jointRow('b'), { ...jointRow('z'), archived: true }],
      [jointRow('a'), mspRow('b'), jointRow('c'), jointRow('d')],
    );
    expect(diff.jointCount).toEqual({ before: 2, after: 3 });
  });
});

describe('moveDirection', () => {
  it('names the direction by where the row lands, joint first', () => {
    expect(moveDirection('unassigned', 'msp')).toBe('toward-msp');
    expect(moveDirection('unassigned', 'internal')).toBe('toward-internal');
    expect(moveDirection('unassigned', 'joint')).toBe('into-joint');
    expect(moveDirection('joint', 'internal')).toBe('out-of-joint');
    expect(moveDirection('joint', 'unassigned')).toBe('to-unassigned');
  });
});

const OPPOSITE: Partial<Record<MoveDirection, MoveDirection>> = {
  'toward-msp': 'toward-internal',
  'toward-internal': 'toward-msp',
  'into-joint': 'out-of-joint',
  'out-of-joint': 'into-joint',
};

/** Two snapshots of the same row ids (some rows only in one), with arbitrary roles and names. */
const snapshotPairArb = fc.tuple(rowsArb(15), rowsArb(15));

describe('diffRows properties', () => {
  it('a snapshot diffed with itself is empty, and its joint count does not change', () => {
    fc.assert(
      fc.property(rowsArb(), (rows) => {
        const diff = diffRows(rows, rows);
        expect(isEmptyDiff(diff)).toBe(true);
        expect(diff.jointCount.before).toBe(diff.jointCount.after);
      }),
    );
  });

  it('swapping the snapshots swaps added and archived, keeps renames reversed and reverses moves', () => {
    fc.assert(
      fc.property(snapshotPairArb, ([before, after]) => {
        // The same rows either way; each direction lists them in its own matrix order.
        const forward = sortedById(diffRows(before, after));
        const backward = sortedById(diffRows(after, before));
        expect(backward.added.map((ref) => ref.rowId)).toEqual(
          forward.archived.map((ref) => ref.rowId),
        );
        expect(backward.archived.map((ref) => ref.rowId)).toEqual(
          forward.added.map((ref) => ref.rowId),
        );
        expect(backward.renamed).toEqual(
          forward.renamed.map(({ rowId, from, to }) => ({ rowId, from: to, to: from })),
        );
        expect(backward.moves.map(({ rowId, from, to }) => [rowId, to, from])).toEqual(
          forward.moves.map(({ rowId, from, to }) => [rowId, from, to]),
        );
        forward.moves.forEach((move, index) => {
          const reverse = backward.moves[index]!;
          expect(reverse.direction).toBe(moveDirection(move.to, move.from));
          if (move.from !== 'unassigned' && move.to !== 'unassigned') {
            expect(reverse.direction).toBe(OPPOSITE[move.direction]);
          }
        });
        expect(backward.jointCount).toEqual({
          before: forward.jointCount.after,
          after: forward.jointCount.before,
        });
      }),
    );
  });

  it('joint counts match the active joint rows of each snapshot', () => {
    const joint = (rows: ReturnType<typeof makeRow>[]) =>
      rows.filter((row) => !row.archived && ownerOf(row) === 'joint').length;
    fc.assert(
      fc.property(snapshotPairArb, ([before, after]) => {
        expect(diffRows(before, after).jointCount).toEqual({
          before: joint(before),
          after: joint(after),
        });
      }),
    );
  });

  it('moveDirection names where the row lands: unassigned first, then joint, then the side', () => {
    fc.assert(
      fc.property(ownerArb, ownerArb, (from: Owner, to: Owner) => {
        fc.pre(from !== to);
        const direction = moveDirection(from, to);
        if (to === 'unassigned') expect(direction).toBe('to-unassigned');
        if (to === 'msp' && from !== 'joint') expect(direction).toBe('toward-msp');
        if (to === 'internal' && from !== 'joint') expect(direction).toBe('toward-internal');
      }),
    );
  });
});

describe('scopeCreepBetween', () => {
  const log = [
    makeEntry({ id: 'old', rowId: 'a', at: '2026-06-30T09:00:00.000Z' }),
    makeEntry({ id: 'drift', rowId: 'b', at: '2026-07-02T09:00:00.000Z' }),
    makeEntry({ id: 'agreed', rowId: 'c', at: '2026-08-01T09:00:00.000Z', renegotiated: true }),
    makeEntry({
      id: 'back-home',
      rowId: 'd',
      at: '2026-08-02T09:00:00.000Z',
      fromRoles: { internal: NONE, msp: PRIMARY },
      toRoles: { internal: PRIMARY, msp: NONE },
    }),
    makeEntry({ id: 'after', rowId: 'e', at: '2026-10-02T09:00:00.000Z' }),
  ];

  it('keeps moves toward the MSP after the previous review and up to this one, with the renegotiated flag', () => {
    const creep = scopeCreepBetween(log, { kind: 'date', date: '2026-06-30' }, '2026-10-01');
    expect(creep.map((entry) => [entry.changeId, entry.renegotiated])).toEqual([
      ['drift', false],
      ['agreed', true],
    ]);
    expect(creep[0]).toMatchObject({ rowId: 'b', from: 'internal', to: 'msp' });
  });

  it('counts from the start when there is no previous review', () => {
    expect(scopeCreepBetween(log, null, '2026-10-01').map((entry) => entry.changeId)).toEqual([
      'old',
      'drift',
      'agreed',
    ]);
  });
});

describe('review diff lists read in matrix order (issue 12 item 3)', () => {
  it('lists added, renamed and moved rows by their order in the matrix, archived ones by their order then', () => {
    const rowAt = (id: string, order: number, extra: Partial<FunctionRow> = {}) =>
      makeRow({ id, name: `Row ${id}`, order, ...extra });
    // Ids sort z, y, x … the matrix shows them the other way round.
    const before = [rowAt('z-gone-1', 1), rowAt('a-gone-2', 2), rowAt('m-kept', 3)];
    const after = [
      rowAt('m-kept', 1, { name: 'Kept, renamed', internal: NONE, msp: PRIMARY }),
      rowAt('z-new', 2),
      rowAt('a-new', 3),
    ];
    const diff = diffRows(before, after);
    expect(diff.added.map((ref) => ref.rowId)).toEqual(['z-new', 'a-new']);
    expect(diff.archived.map((ref) => ref.rowId)).toEqual(['z-gone-1', 'a-gone-2']);
  });
});

describe('a scope-creep line says what changed (issue 12 item 3)', () => {
  it('a role change that keeps the owner reads as that role change, not "Internal → Internal"', () => {
    const [entry] = scopeCreepBetween(
      [
        makeEntry({
          id: 'grew',
          rowId: 'onboarding',
          at: '2026-10-02T09:00:00.000Z',
          fromRoles: { internal: PRIMARY, msp: NONE },
          toRoles: { internal: PRIMARY, msp: secondary('Overflow only') },
        }),
      ],
      null,
      '2026-10-31',
    );
    expect(describeCreepChange(entry!)).toBe('MSP: none → secondary, Overflow only');
  });

  it('a change of owner reads as the owners', () => {
    const [entry] = scopeCreepBetween(
      [makeEntry({ id: 'moved', rowId: 'patching', at: '2026-10-02T09:00:00.000Z' })],
      null,
      '2026-10-31',
    );
    expect(describeCreepChange(entry!)).toBe('Internal → MSP');
  });

  it('an entry stored before roles were kept still reads sensibly', () => {
    const [entry] = scopeCreepBetween(
      [
        makeEntry({
          id: 'grew',
          rowId: 'r',
          at: '2026-10-02T09:00:00.000Z',
          fromRoles: { internal: PRIMARY, msp: NONE },
          toRoles: { internal: PRIMARY, msp: secondary('x') },
        }),
      ],
      null,
      '2026-10-31',
    );
    const { fromRoles: _f, toRoles: _t, ...old } = entry!;
    expect(describeCreepChange(old)).toBe("Internal (owner unchanged; the MSP's role grew)");
  });
});
