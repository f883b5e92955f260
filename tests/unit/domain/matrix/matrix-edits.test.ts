import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  moveRowToOwner,
  nextOrder,
  reorderRow,
  setRowRoles,
  type ChangeMeta,
} from '../../../../src/domain/matrix/matrix-edits';
import { activeRows, ownerOf, type FunctionRow } from '../../../../src/domain/matrix/function-row';
import {
  NONE,
  PRIMARY,
  secondary,
  deriveOwner,
  type SideRole,
} from '../../../../src/domain/matrix/roles';
import { jointRow, makeRow, ownerArb, rolesArb, rowsArb, sideArb } from '../../support/arbitraries';

const meta: ChangeMeta = {
  entryId: 'entry-1',
  at: '2026-05-04T10:15:00.000Z',
  by: 'ines@contoso.com',
  renegotiated: true,
  reason: 'Agreed in the Q2 review',
};

describe('moveRowToOwner', () => {
  const helpdesk = makeRow({
    id: 'r1',
    name: 'Tier 1 helpdesk',
    internal: PRIMARY,
    msp: secondary('Overflow only'),
  });

  it('moves the row and logs from → to with the caller’s meta', () => {
    const { row, entry } = moveRowToOwner(helpdesk, 'msp', meta);
    expect(ownerOf(row)).toBe('msp');
    expect(row.internal).toEqual(NONE);
    expect(row.msp).toEqual(PRIMARY);
    expect(entry).toEqual({
      id: 'entry-1',
      rowId: 'r1',
      rowName: 'Tier 1 helpdesk',
      at: '2026-05-04T10:15:00.000Z',
      by: 'ines@contoso.com',
      from: { owner: 'internal', internal: PRIMARY, msp: secondary('Overflow only') },
      to: { owner: 'msp', internal: NONE, msp: PRIMARY },
      renegotiated: true,
      reason: 'Agreed in the Q2 review',
    });
  });

  it('records an unrenegotiated move as such', () => {
    const { entry } = moveRowToOwner(helpdesk, 'joint', {
      ...meta,
      renegotiated: false,
      reason: '',
    });
    expect(entry?.renegotiated).toBe(false);
    expect(entry?.to.owner).toBe('joint');
  });

  it('returns the same row and no entry when the owner does not change', () => {
    const result = moveRowToOwner(helpdesk, 'internal', meta);
    expect(result.row).toBe(helpdesk);
    expect(result.entry).toBeNull();
  });

  it('keeps other fields (name, notes, order, archived, id)', () => {
    const row = { ...helpdesk, notes: 'n', order: 7, category: 'Support' };
    const { row: moved } = moveRowToOwner(row, 'unassigned', meta);
    expect(moved).toMatchObject({
      id: 'r1',
      name: 'Tier 1 helpdesk',
      notes: 'n',
      order: 7,
      category: 'Support',
      archived: false,
    });
    expect(moved.msp).toEqual(secondary('Overflow only'));
  });

  it('always lands in the target lane; logs exactly when the owner changes (property)', () => {
    fc.assert(
      fc.property(
        rolesArb,
        ownerArb,
        fc.option(sideArb, { nil: null }),
        (roles, owner, tieBreaker) => {
          const row = makeRow({ id: 'x', ...roles, tieBreaker });
          const { row: moved, entry } = moveRowToOwner(row, owner, meta);
          expect(ownerOf(moved)).toBe(owner);
          if (ownerOf(row) === owner) {
            expect(entry).toBeNull();
            expect(moved).toBe(row);
          } else {
            expect(entry).not.toBeNull();
            expect(entry!.from).toEqual({
              owner: ownerOf(row),
              internal: row.internal,
              msp: row.msp,
            });
            expect(entry!.to).toEqual({ owner, internal: moved.internal, msp: moved.msp });
            expect(entry!.from.owner).not.toBe(entry!.to.owner);
          }
          if (ownerOf(row) !== owner && owner !== 'joint') expect(moved.tieBreaker).toBeNull();
        },
      ),
    );
  });
});

describe('setRowRoles', () => {
  it('clears the tie-breaker when a joint row stops being joint', () => {
    const row = jointRow('j', 1, { tieBreaker: 'msp' });
    const { row: next, entry } = setRowRoles(
      row,
      { internal: PRIMARY, msp: secondary('Escalations') },
      meta,
    );
    expect(next.tieBreaker).toBeNull();
    expect(entry?.from.owner).toBe('joint');
    expect(entry?.to.owner).toBe('internal');
  });

  it('keeps the tie-breaker while the row stays joint', () => {
    const row = jointRow('j', 1, { tieBreaker: 'internal' });
    const result = setRowRoles(row, { internal: PRIMARY, msp: PRIMARY }, meta);
    expect(result.row.tieBreaker).toBe('internal');
    expect(result.entry).toBeNull();
  });

  it('logs a change of a helper condition even when the owner stays', () => {
    const row = makeRow({ id: 'r', internal: PRIMARY, msp: secondary('Overflow only') });
    const { row: next, entry } = setRowRoles(
      row,
      { internal: PRIMARY, msp: secondary('After hours') },
      meta,
    );
    expect(next.msp).toEqual(secondary('After hours'));
    expect(entry?.from.owner).toBe('internal');
    expect(entry?.to.owner).toBe('internal');
    expect(entry?.to.msp).toEqual(secondary('After hours'));
  });

  it('returns the same row and no entry when the roles are equal', () => {
    const row = makeRow({ id: 'r', internal: PRIMARY, msp: secondary('Overflow only') });
    const result = setRowRoles(
      row,
      { internal: { kind: 'primary' }, msp: secondary('Overflow only') },
      meta,
    );
    expect(result.row).toBe(row);
    expect(result.entry).toBeNull();
  });

  it('treats roles that differ only in key order as equal (no spurious log entry)', () => {
    const row = makeRow({
      id: 'r',
      internal: PRIMARY,
      msp: { kind: 'secondary', condition: 'Overflow only' },
    });
    const reordered = { condition: 'Overflow only', kind: 'secondary' as const };
    const result = setRowRoles(row, { internal: PRIMARY, msp: reordered }, meta);
    expect(result.entry).toBeNull();
  });

  it('logs exactly when a role changes; the tie-breaker survives only on joint rows (property)', () => {
    fc.assert(
      fc.property(
        rolesArb,
        rolesArb,
        fc.option(sideArb, { nil: null }),
        (before, after, tieBreaker) => {
          const row = makeRow({ id: 'x', ...before, tieBreaker });
          const { row: next, entry } = setRowRoles(row, after, meta);
          const sameRole = (a: SideRole, b: SideRole) =>
            a.kind === b.kind &&
            (a.kind === 'secondary' ? a.condition : '') ===
              (b.kind === 'secondary' ? b.condition : '');
          const same = sameRole(before.internal, after.internal) && sameRole(before.msp, after.msp);
          expect(entry === null).toBe(same);
          expect(next.internal).toEqual(after.internal);
          expect(next.msp).toEqual(after.msp);
          if (!same) {
            expect(next.tieBreaker).toBe(
              deriveOwner(after.internal, after.msp) === 'joint' ? tieBreaker : null,
            );
            expect(entry!.to.owner).toBe(deriveOwner(after.internal, after.msp));
            expect(entry!.from.owner).toBe(deriveOwner(before.internal, before.msp));
          }
        },
      ),
    );
  });
});

describe('nextOrder', () => {
  it('is 1 for an empty matrix and max + 1 otherwise, archived rows included', () => {
    expect(nextOrder([])).toBe(1);
    expect(
      nextOrder([makeRow({ id: 'a', order: 3 }), makeRow({ id: 'b', order: 9, archived: true })]),
    ).toBe(10);
  });

  it('is greater than every existing order (property)', () => {
    fc.assert(
      fc.property(rowsArb(), (rows) => {
        const next = nextOrder(rows);
        for (const row of rows) expect(next).toBeGreaterThan(row.order);
      }),
    );
  });
});

describe('reorderRow', () => {
  const rows = [
    makeRow({ id: 'a', order: 10 }),
    makeRow({ id: 'b', order: 20 }),
    makeRow({ id: 'gone', order: 25, archived: true }),
    makeRow({ id: 'c', order: 30 }),
  ];

  it('swaps orders with the neighbour above', () => {
    expect(reorderRow(rows, 'b', 'up').map((r) => [r.id, r.order])).toEqual([
      ['b', 10],
      ['a', 20],
    ]);
  });

  it('swaps orders with the active neighbour below, skipping archived rows', () => {
    expect(reorderRow(rows, 'b', 'down').map((r) => [r.id, r.order])).toEqual([
      ['b', 30],
      ['c', 20],
    ]);
  });

  it('returns nothing at the edges', () => {
    expect(reorderRow(rows, 'a', 'up')).toEqual([]);
    expect(reorderRow(rows, 'c', 'down')).toEqual([]);
  });

  it('returns nothing for an unknown or archived row, or an empty matrix', () => {
    expect(reorderRow(rows, 'nope', 'down')).toEqual([]);
    expect(reorderRow(rows, 'gone', 'up')).toEqual([]);
    expect(reorderRow(rows, 'gone', 'down')).toEqual([]);
    expect(reorderRow([], 'a', 'down')).toEqual([]);
  });

  it('does not mutate the rows it is given', () => {
    const copy = structuredClone(rows);
    reorderRow(rows, 'b', 'up');
    expect(rows).toEqual(copy);
  });

  const apply = (current: FunctionRow[], changed: FunctionRow[]) =>
    current.map((row) => changed.find((c) => c.id === row.id) ?? row);

  const opsArb = fc.array(
    fc.record({
      pick: fc.nat(),
      direction: fc.constantFrom<'up' | 'down'>('up', 'down'),
      unknown: fc.boolean(),
    }),
    { maxLength: 40 },
  );

  it('keeps the orders a permutation of the original orders after any sequence of moves, while no two active rows share an order (property)', () => {
    fc.assert(
      fc.property(rowsArb(12), opsArb, (initial, ops) => {
        const active = initial.filter((row) => !row.archived).map((row) => row.order);
        // Shared orders are renumbered on the first move (reorder.property.test.ts).
        fc.pre(new Set(active).size === active.length);
        const original = initial.map((row) => row.order).sort((x, y) => x - y);
        let current = initial;
        for (const op of ops) {
          const id =
            op.unknown || current.length === 0 ? 'missing' : current[op.pick % current.length]!.id;
          const changed = reorderRow(current, id, op.direction);
          expect(changed.length === 0 || changed.length === 2).toBe(true);
          current = apply(current, changed);
          expect(current.map((row) => row.order).sort((x, y) => x - y)).toEqual(original);
          // archived rows never move
          current
            .filter((row) => row.archived)
            .forEach((row) => {
              expect(row.order).toBe(initial.find((r) => r.id === row.id)!.order);
            });
        }
      }),
    );
  });

  it('with distinct orders, behaves like swapping neighbours in the visible list (property)', () => {
    const distinct = rowsArb(12).chain((rows) =>
      fc
        .shuffledSubarray(
          Array.from({ length: 100 }, (_, i) => i),
          { minLength: rows.length, maxLength: rows.length },
        )
        .map((orders) => rows.map((row, i) => ({ ...row, order: orders[i]! }))),
    );
    fc.assert(
      fc.property(distinct, opsArb, (initial, ops) => {
        let current = initial;
        let model = activeRows(initial).map((row) => row.id);
        for (const op of ops) {
          if (current.length === 0) break;
          const id = current[op.pick % current.length]!.id;
          current = apply(current, reorderRow(current, id, op.direction));
          const index = model.indexOf(id);
          const other = op.direction === 'up' ? index - 1 : index + 1;
          if (index >= 0 && other >= 0 && other < model.length) {
            model = [...model];
            [model[index], model[other]] = [model[other]!, model[index]!];
          }
          expect(activeRows(current).map((row) => row.id)).toEqual(model);
        }
      }),
    );
  });

  it('moving up then down restores the original orders when not at an edge (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.nat(), (count, pick) => {
        const list = Array.from({ length: count }, (_, i) =>
          makeRow({ id: `r${i}`, order: i + 1 }),
        );
        const index = 1 + (pick % (count - 1)); // never the first row
        const id = `r${index}`;
        const afterUp = apply(list, reorderRow(list, id, 'up'));
        expect(afterUp).not.toEqual(list);
        const afterDown = apply(afterUp, reorderRow(afterUp, id, 'down'));
        expect(afterDown).toEqual(list);
      }),
    );
  });
});
