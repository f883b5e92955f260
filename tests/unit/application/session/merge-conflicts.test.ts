import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeFields } from '../../../../src/application/session/merge-conflicts';

describe('mergeFields (three-way, per field)', () => {
  const base = { name: 'Backup', category: 'Operations', notes: '' };

  it('keeps both sides when they changed different fields', () => {
    const merged = mergeFields(base, { ...base, notes: 'mine' }, { ...base, category: 'Security' });
    expect(merged.conflicts).toEqual([]);
    expect(merged.keepMine).toEqual({ name: 'Backup', category: 'Security', notes: 'mine' });
    expect(merged.takeTheirs).toEqual(merged.keepMine);
  });

  it('reports a field both changed differently, with both values', () => {
    const merged = mergeFields(base, { ...base, notes: 'A' }, { ...base, notes: 'B' });
    expect(merged.conflicts).toEqual([{ field: 'notes', mine: 'A', theirs: 'B' }]);
    expect(merged.keepMine.notes).toBe('A');
    expect(merged.takeTheirs.notes).toBe('B');
  });

  it('is no conflict when both made the same change', () => {
    expect(
      mergeFields(base, { ...base, notes: 'same' }, { ...base, notes: 'same' }).conflicts,
    ).toEqual([]);
  });

  it('compares structured values (roles) by value', () => {
    const role = { kind: 'secondary', condition: 'Overflow only' };
    const merged = mergeFields({ msp: role }, { msp: { ...role } }, { msp: { kind: 'primary' } });
    expect(merged.conflicts).toEqual([]);
    expect(merged.keepMine.msp).toEqual({ kind: 'primary' });
  });

  it('without a base, every differing field is a conflict', () => {
    expect(mergeFields(null, { a: 1, b: 2 }, { a: 1, b: 3 }).conflicts.map((c) => c.field)).toEqual(
      ['b'],
    );
  });

  it('never loses a change: each field of a merge is mine or theirs, and a side’s sole change wins (property)', () => {
    const record = fc.record({ a: fc.string(), b: fc.integer(), c: fc.boolean() });
    fc.assert(
      fc.property(record, record, record, (b, m, t) => {
        const merged = mergeFields(b, m, t);
        for (const key of ['a', 'b', 'c'] as const) {
          expect([m[key], t[key]]).toContainEqual(merged.keepMine[key]);
          if (m[key] !== b[key] && t[key] === b[key])
            expect(merged.takeTheirs[key]).toEqual(m[key]);
          if (t[key] !== b[key] && m[key] === b[key]) expect(merged.keepMine[key]).toEqual(t[key]);
        }
        const conflicted = merged.conflicts.map((c) => c.field);
        for (const key of ['a', 'b', 'c'] as const) {
          const both = m[key] !== b[key] && t[key] !== b[key] && m[key] !== t[key];
          expect(conflicted.includes(key)).toBe(both);
        }
      }),
    );
  });
});
