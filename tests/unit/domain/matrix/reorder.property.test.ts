import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeRows, type FunctionRow } from '../../../../src/domain/matrix/function-row';
import { reorderRow } from '../../../../src/domain/matrix/matrix-edits';
import { NONE, PRIMARY } from '../../../../src/domain/matrix/roles';

const rowsOf = (count: number): FunctionRow[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `row-${String(index + 1).padStart(2, '0')}`,
    name: `Function ${index + 1}`,
    category: '',
    internal: PRIMARY,
    msp: NONE,
    tieBreaker: null,
    notes: '',
    order: index + 1,
    archived: false,
  }));

/** The stored rows after `changed` was saved over them, record by record (newest write wins). */
const store = (stored: readonly FunctionRow[], changed: readonly FunctionRow[]) =>
  stored.map((row) => changed.find((candidate) => candidate.id === row.id) ?? row);

const position = (rows: readonly FunctionRow[], id: string) =>
  activeRows(rows).findIndex((row) => row.id === id);

const step = fc.record({
  session: fc.constantFrom(0, 1),
  row: fc.nat({ max: 7 }),
  direction: fc.constantFrom('up' as const, 'down' as const),
  /** The session reloads what is stored before this move (otherwise it works on its stale copy). */
  refresh: fc.boolean(),
});

describe('issue 13 item 4: row order stays a total order under concurrent reorders', () => {
  it('after any interleaving of two sessions, Move up and Move down always move the row (property)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.nat({ max: 7 }), (steps, probe) => {
        let stored = rowsOf(8);
        const views: FunctionRow[][] = [stored, stored];
        for (const { session, row, direction, refresh } of steps) {
          if (refresh) views[session] = stored;
          const changed = reorderRow(views[session]!, `row-0${row + 1}`, direction);
          stored = store(stored, changed);
          views[session] = store(views[session]!, changed);
        }
        // Whatever the orders, the displayed order is total: every row once, same order each time.
        const shown = activeRows(stored).map((row) => row.id);
        expect(new Set(shown).size).toBe(8);
        expect(activeRows([...stored].reverse()).map((row) => row.id)).toEqual(shown);
        // And a fresh "Move up" / "Move down" moves the row by exactly one place.
        const id = `row-0${probe + 1}`;
        const at = position(stored, id);
        if (at > 0) expect(position(store(stored, reorderRow(stored, id, 'up')), id)).toBe(at - 1);
        if (at < 7)
          expect(position(store(stored, reorderRow(stored, id, 'down')), id)).toBe(at + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('renumbers only when orders collide, changing only the rows that need it', () => {
    const rows = rowsOf(4).map((row, index) => ({ ...row, order: [1, 2, 2, 3][index]! }));
    const changed = reorderRow(rows, 'row-03', 'up');
    // Shown as 01, 02, 03, 04 (ties in id order); 03 up gives 01, 03, 02, 04 → orders 1, 2, 3, 4.
    expect(changed.map((row) => [row.id, row.order])).toEqual([
      ['row-02', 3],
      ['row-04', 4],
    ]);
    expect(reorderRow(rowsOf(4), 'row-03', 'up').map((row) => row.id)).toEqual([
      'row-03',
      'row-02',
    ]);
  });
});
