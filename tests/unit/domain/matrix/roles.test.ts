import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NONE,
  roleProblem,
  OWNERS,
  OWNER_LABELS,
  PRIMARY,
  deriveOwner,
  describeRole,
  movesTowardMsp,
  rolesForOwner,
  secondary,
  type Owner,
  type SideRole,
} from '../../../../src/domain/matrix/roles';
import { ownerArb, rolesArb, sideRoleArb } from '../../support/arbitraries';

const roles = (internal: SideRole, msp: SideRole) => ({ internal, msp });

describe('deriveOwner', () => {
  it.each<[string, SideRole, SideRole, Owner]>([
    ['internal primary only', PRIMARY, NONE, 'internal'],
    ['internal primary, MSP secondary', PRIMARY, secondary('Overflow only'), 'internal'],
    ['MSP primary only', NONE, PRIMARY, 'msp'],
    ['MSP primary, internal secondary', secondary('On site'), PRIMARY, 'msp'],
    ['both primary', PRIMARY, PRIMARY, 'joint'],
    ['neither side', NONE, NONE, 'unassigned'],
    ['two secondaries are still nobody owning it', secondary('a'), secondary('b'), 'unassigned'],
    ['secondary and none', secondary('a'), NONE, 'unassigned'],
  ])('%s', (_label, internal, msp, expected) => {
    expect(deriveOwner(internal, msp)).toBe(expected);
  });

  it('always yields one of the four owners', () => {
    fc.assert(
      fc.property(sideRoleArb, sideRoleArb, (internal, msp) => {
        expect(OWNERS).toContain(deriveOwner(internal, msp));
      }),
    );
  });

  it('is joint exactly when both sides are primary', () => {
    fc.assert(
      fc.property(sideRoleArb, sideRoleArb, (internal, msp) => {
        const bothPrimary = internal.kind === 'primary' && msp.kind === 'primary';
        expect(deriveOwner(internal, msp) === 'joint').toBe(bothPrimary);
      }),
    );
  });

  it('is unassigned exactly when neither side is primary', () => {
    fc.assert(
      fc.property(sideRoleArb, sideRoleArb, (internal, msp) => {
        const nobody = internal.kind !== 'primary' && msp.kind !== 'primary';
        expect(deriveOwner(internal, msp) === 'unassigned').toBe(nobody);
      }),
    );
  });

  it('ignores secondary conditions', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(deriveOwner(PRIMARY, secondary(a))).toBe(deriveOwner(PRIMARY, secondary(b)));
        expect(deriveOwner(secondary(a), PRIMARY)).toBe('msp');
      }),
    );
  });
});

describe('rolesForOwner', () => {
  it('always derives to the requested owner', () => {
    fc.assert(
      fc.property(ownerArb, rolesArb, (owner, current) => {
        const next = rolesForOwner(owner, current);
        expect(deriveOwner(next.internal, next.msp)).toBe(owner);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(ownerArb, rolesArb, (owner, current) => {
        const once = rolesForOwner(owner, current);
        expect(rolesForOwner(owner, once)).toEqual(once);
      }),
    );
  });

  it('keeps a secondary helper and its condition on a side that does not become primary', () => {
    expect(rolesForOwner('internal', roles(NONE, secondary('Overflow only')))).toEqual({
      internal: PRIMARY,
      msp: secondary('Overflow only'),
    });
    expect(rolesForOwner('msp', roles(secondary('On site during cutover'), NONE))).toEqual({
      internal: secondary('On site during cutover'),
      msp: PRIMARY,
    });
    expect(
      rolesForOwner('unassigned', roles(secondary('a'), secondary('When internal unavailable'))),
    ).toEqual({ internal: secondary('a'), msp: secondary('When internal unavailable') });
  });

  it('keeps any secondary condition on a side that is not made primary (property)', () => {
    fc.assert(
      fc.property(ownerArb, rolesArb, (owner, current) => {
        const next = rolesForOwner(owner, current);
        for (const side of ['internal', 'msp'] as const) {
          const becomesPrimary = owner === 'joint' || owner === side;
          if (!becomesPrimary && current[side].kind === 'secondary') {
            expect(next[side]).toEqual(current[side]);
          }
        }
      }),
    );
  });

  it('demotes a side that loses ownership to none', () => {
    expect(rolesForOwner('msp', roles(PRIMARY, NONE))).toEqual({ internal: NONE, msp: PRIMARY });
    expect(rolesForOwner('internal', roles(PRIMARY, PRIMARY))).toEqual({
      internal: PRIMARY,
      msp: NONE,
    });
    expect(rolesForOwner('unassigned', roles(PRIMARY, PRIMARY))).toEqual({
      internal: NONE,
      msp: NONE,
    });
  });

  it('makes both sides primary for joint', () => {
    expect(rolesForOwner('joint', roles(secondary('x'), NONE))).toEqual({
      internal: PRIMARY,
      msp: PRIMARY,
    });
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(ownerArb, rolesArb, (owner, current) => {
        const copy = structuredClone(current);
        rolesForOwner(owner, current);
        expect(current).toEqual(copy);
      }),
    );
  });
});

describe('movesTowardMsp', () => {
  const internalOwned = roles(PRIMARY, secondary('Overflow only'));
  const mspOwned = roles(NONE, PRIMARY);
  const joint = roles(PRIMARY, PRIMARY);
  const unassigned = roles(NONE, NONE);

  it.each<
    [string, { internal: SideRole; msp: SideRole }, { internal: SideRole; msp: SideRole }, boolean]
  >([
    ['internal → msp', internalOwned, mspOwned, true],
    ['internal → joint', internalOwned, joint, true],
    ['joint → msp', joint, mspOwned, true],
    ['unassigned → msp', unassigned, mspOwned, true],
    ['unassigned → joint', unassigned, joint, true],
    ['msp → internal', mspOwned, internalOwned, false],
    ['msp → joint', mspOwned, joint, false],
    ['joint → internal', joint, internalOwned, false],
    ['joint → unassigned', joint, unassigned, false],
    ['msp → unassigned', mspOwned, unassigned, false],
    ['unassigned → internal', unassigned, internalOwned, false],
    [
      'internal → unassigned (work dropped, not handed over)',
      internalOwned,
      roles(NONE, secondary('Overflow only')),
      false,
    ],
    [
      'same owner, MSP goes from none to a secondary helper',
      roles(PRIMARY, NONE),
      roles(PRIMARY, secondary('Overflow only')),
      true,
    ],
    [
      'same owner, MSP helper dropped',
      roles(PRIMARY, secondary('Overflow only')),
      roles(PRIMARY, NONE),
      false,
    ],
    [
      'same owner, only the MSP condition text changes',
      roles(PRIMARY, secondary('a')),
      roles(PRIMARY, secondary('b')),
      false,
    ],
    [
      'same owner, internal helper dropped while MSP stays primary',
      roles(secondary('x'), PRIMARY),
      roles(NONE, PRIMARY),
      false,
    ],
  ])('%s', (_label, from, to, expected) => {
    expect(movesTowardMsp(from, to)).toBe(expected);
  });

  it('is true for any internal-owned → MSP-owned change', () => {
    fc.assert(
      fc.property(rolesArb, rolesArb, (a, b) => {
        const from = rolesForOwner('internal', a);
        const to = rolesForOwner('msp', b);
        expect(movesTowardMsp(from, to)).toBe(true);
      }),
    );
  });

  it('is false for any MSP-owned → internal-owned change', () => {
    fc.assert(
      fc.property(rolesArb, rolesArb, (a, b) => {
        const from = rolesForOwner('msp', a);
        const to = rolesForOwner('internal', b);
        expect(movesTowardMsp(from, to)).toBe(false);
      }),
    );
  });

  it('is false when nothing changes', () => {
    fc.assert(
      fc.property(rolesArb, (r) => {
        expect(movesTowardMsp(r, structuredClone(r))).toBe(false);
      }),
    );
  });

  it('never says both a change and its reverse move toward the MSP', () => {
    fc.assert(
      fc.property(rolesArb, rolesArb, (a, b) => {
        expect(movesTowardMsp(a, b) && movesTowardMsp(b, a)).toBe(false);
      }),
    );
  });

  it('is exactly one-directional between owners with different MSP shares', () => {
    // internal < joint < msp and internal < unassigned < msp: one direction is toward the MSP, the other is not.
    const pairs: [Owner, Owner][] = [
      ['internal', 'msp'],
      ['internal', 'joint'],
      ['joint', 'msp'],
      ['unassigned', 'msp'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...pairs), rolesArb, rolesArb, ([lower, higher], a, b) => {
        const low = rolesForOwner(lower, a);
        const high = rolesForOwner(higher, b);
        expect(movesTowardMsp(low, high)).toBe(true);
        expect(movesTowardMsp(high, low)).toBe(false);
      }),
    );
  });

  it('is true whenever the MSP becomes primary and the internal side stops being primary', () => {
    fc.assert(
      fc.property(rolesArb, rolesArb, (a, b) => {
        fc.pre(
          a.msp.kind !== 'primary' && b.msp.kind === 'primary' && b.internal.kind !== 'primary',
        );
        expect(movesTowardMsp(a, b)).toBe(true);
      }),
    );
  });
});

describe('describeRole and labels', () => {
  it('describes each role kind', () => {
    expect(describeRole(PRIMARY)).toBe('Primary');
    expect(describeRole(NONE)).toBe('None');
    expect(describeRole(secondary('Overflow only'))).toBe('Secondary — Overflow only');
    expect(describeRole(secondary(''))).toBe('Secondary');
  });

  it('has a label for every owner, in board lane order', () => {
    expect(OWNERS).toEqual(['internal', 'msp', 'joint', 'unassigned']);
    expect(OWNERS.map((owner) => OWNER_LABELS[owner])).toEqual([
      'Internal',
      'MSP',
      'Joint',
      'Unassigned',
    ]);
  });
});

describe('a secondary role needs its condition (issue 12 item 4)', () => {
  it('refuses a secondary role without a condition, with a sentence', () => {
    expect(roleProblem({ kind: 'secondary', condition: '   ' })).toBe(
      'A secondary role needs its condition: when does this side step in (for example “Overflow only”)?',
    );
    expect(roleProblem({ kind: 'secondary', condition: 'Overflow only' })).toBeNull();
    expect(roleProblem({ kind: 'primary' })).toBeNull();
    expect(roleProblem({ kind: 'none' })).toBeNull();
  });
});
