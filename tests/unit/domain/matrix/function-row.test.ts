import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeRows, ownerOf } from '../../../../src/domain/matrix/function-row';
import { NONE, PRIMARY, deriveOwner, secondary } from '../../../../src/domain/matrix/roles';
import { makeRow, rowsArb } from '../../support/arbitraries';

describe('ownerOf', () => {
  it('derives the owner from the two roles', () => {
    expect(ownerOf(makeRow({ id: 'a', internal: PRIMARY, msp: NONE }))).toBe('internal');
    expect(ownerOf(makeRow({ id: 'b', internal: NONE, msp: PRIMARY }))).toBe('msp');
    expect(ownerOf(makeRow({ id: 'c', internal: PRIMARY, msp: PRIMARY }))).toBe('joint');
    expect(ownerOf(makeRow({ id: 'd', internal: secondary('x'), msp: NONE }))).toBe('unassigned');
  });
});

describe('activeRows', () => {
  it('drops archived rows and sorts the rest by order', () => {
    const rows = [
      makeRow({ id: 'c', order: 3 }),
      makeRow({ id: 'x', order: 0, archived: true }),
      makeRow({ id: 'a', order: 1 }),
      makeRow({ id: 'b', order: 2 }),
      makeRow({ id: 'y', order: 5, archived: true }),
    ];
    expect(activeRows(rows).map((row) => row.id)).toEqual(['a', 'b', 'c']);
  });

  it('returns an empty list when every row is archived', () => {
    expect(activeRows([makeRow({ id: 'a', archived: true })])).toEqual([]);
  });

  it('does not reorder or mutate the input array', () => {
    const rows = [makeRow({ id: 'b', order: 2 }), makeRow({ id: 'a', order: 1 })];
    const before = rows.map((row) => row.id);
    activeRows(rows);
    expect(rows.map((row) => row.id)).toEqual(before);
  });

  it('keeps exactly the non-archived rows, in ascending order (property)', () => {
    fc.assert(
      fc.property(rowsArb(), (rows) => {
        const result = activeRows(rows);
        expect(result.every((row) => !row.archived)).toBe(true);
        expect(result.length).toBe(rows.filter((row) => !row.archived).length);
        expect(new Set(result.map((row) => row.id))).toEqual(
          new Set(rows.filter((row) => !row.archived).map((row) => row.id)),
        );
        for (let i = 1; i < result.length; i++) {
          expect(result[i - 1]!.order).toBeLessThanOrEqual(result[i]!.order);
        }
      }),
    );
  });

  it('keeps the input order for rows with equal order (stable)', () => {
    const rows = [makeRow({ id: 'first', order: 1 }), makeRow({ id: 'second', order: 1 })];
    expect(activeRows(rows).map((row) => row.id)).toEqual(['first', 'second']);
  });

  it('ownerOf agrees with deriveOwner for every row (property)', () => {
    fc.assert(
      fc.property(rowsArb(5), (rows) => {
        for (const row of rows) expect(ownerOf(row)).toBe(deriveOwner(row.internal, row.msp));
      }),
    );
  });
});
