// Self-tests: Planner order-hint placement (docs/platform.md#planner-order-hints).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClientOrderHint, placeOrderHint } from './planner-order-hint';

const sorted = (hints: string[]) => [...hints].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('graph emulator: Planner order hints', () => {
  it('accepts the documented client forms and refuses service values', () => {
    for (const hint of [' !', '  !!', ' ! !', '5637 adhg!', ' 5637! 5637 adhg!!', 'adhg ! !']) {
      expect(isClientOrderHint(hint)).toBe(true);
    }
    for (const hint of ['85752723360752+', 'RWk1', '', '!', 'a\tb!', 'caf\u00e9 !']) {
      expect(isClientOrderHint(hint)).toBe(false);
    }
  });

  it('places the documented sequence in the documented order', () => {
    const one = placeOrderHint(' !', []);
    const two = placeOrderHint(`${one} !`, [one]);
    const three = placeOrderHint(` ${one}!`, [one, two]);
    const four = placeOrderHint(`${one} ${two}!`, [one, two, three]);
    expect(sorted([one, two, three, four])).toEqual([three, one, four, two]);
    for (const hint of [one, two, three, four]) expect(hint).toMatch(/^[#-~]+$/);
  });

  it('keeps any sequence of "<prev> <next>!" insertions in the intended order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), (slots) => {
        const list: string[] = [];
        for (const slot of slots) {
          const at = slot % (list.length + 1);
          const prev = list[at - 1] ?? '';
          const next = list[at] ?? '';
          const hint = placeOrderHint(`${prev} ${next}!`, list);
          expect(hint.endsWith('#')).toBe(false);
          list.splice(at, 0, hint);
        }
        expect(sorted(list)).toEqual(list);
        expect(new Set(list).size).toBe(list.length);
      }),
    );
  });
});
