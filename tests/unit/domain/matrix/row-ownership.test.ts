import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeRows, ownerOf } from '../../../../src/domain/matrix/function-row';
import { NONE, PRIMARY, secondary } from '../../../../src/domain/matrix/roles';
import {
  rowsOwnedBy,
  sameUpn,
  sidesAnsweringFor,
  sidesLedBy,
} from '../../../../src/domain/matrix/row-ownership';
import { makeProfile, makeRow, rowsArb } from '../../support/arbitraries';

const INTERNAL = 'ian@contoso.example';
const MSP = 'Megan@Fabrikam.example';
const profile = makeProfile({
  internalLead: { name: 'Ian', upn: INTERNAL },
  mspLead: { name: 'Megan', upn: MSP },
});

const rows = [
  makeRow({ id: 'internal', order: 1, internal: PRIMARY, msp: secondary('Overflow only') }),
  makeRow({ id: 'msp', order: 2, internal: NONE, msp: PRIMARY }),
  makeRow({ id: 'joint', order: 3, internal: PRIMARY, msp: PRIMARY }),
  makeRow({ id: 'nobody', order: 4, internal: secondary('a'), msp: NONE }),
  makeRow({ id: 'archived-msp', order: 0, internal: NONE, msp: PRIMARY, archived: true }),
];
const ids = (list: readonly { id: string }[]) => list.map((row) => row.id);

describe('sameUpn', () => {
  it('ignores case and surrounding spaces', () => {
    expect(sameUpn('Megan@Fabrikam.example', ' megan@fabrikam.EXAMPLE ')).toBe(true);
    expect(sameUpn('megan@fabrikam.example', 'megan@contoso.example')).toBe(false);
  });

  it('never matches a blank or missing UPN, not even another blank one', () => {
    expect(sameUpn('', '')).toBe(false);
    expect(sameUpn('  ', ' ')).toBe(false);
    expect(sameUpn(null, null)).toBe(false);
    expect(sameUpn(undefined, 'a@b.example')).toBe(false);
  });
});

describe('sidesLedBy', () => {
  it('finds the side each lead leads, whatever the case of the UPN', () => {
    expect(sidesLedBy(profile, 'IAN@contoso.example')).toEqual(['internal']);
    expect(sidesLedBy(profile, 'megan@fabrikam.example')).toEqual(['msp']);
    expect(sidesLedBy(profile, 'someone@else.example')).toEqual([]);
    expect(sidesLedBy(profile, null)).toEqual([]);
  });

  it('finds both sides when one person leads both', () => {
    const solo = makeProfile({
      internalLead: { name: 'Sam', upn: 'sam@contoso.example' },
      mspLead: { name: 'Sam', upn: 'Sam@Contoso.example' },
    });
    expect(sidesLedBy(solo, 'sam@contoso.example')).toEqual(['internal', 'msp']);
  });

  it('does not make a user with no UPN the lead of a profile whose leads are blank', () => {
    expect(sidesLedBy(makeProfile(), '')).toEqual([]);
  });
});

describe('sidesAnsweringFor', () => {
  it('maps each owner to the leads who answer for it', () => {
    expect(sidesAnsweringFor('internal')).toEqual(['internal']);
    expect(sidesAnsweringFor('msp')).toEqual(['msp']);
    expect(sidesAnsweringFor('joint')).toEqual(['internal', 'msp']);
    expect(sidesAnsweringFor('unassigned')).toEqual([]);
  });
});

describe('rowsOwnedBy', () => {
  it('gives the internal lead internal and joint rows, in matrix order', () => {
    expect(ids(rowsOwnedBy(profile, rows, INTERNAL))).toEqual(['internal', 'joint']);
  });

  it('gives the MSP lead MSP and joint rows, matched case-insensitively, archived rows left out', () => {
    expect(ids(rowsOwnedBy(profile, rows, 'megan@fabrikam.example'))).toEqual(['msp', 'joint']);
  });

  it('gives nobody the unassigned rows, and a non-lead nothing', () => {
    expect(ids(rowsOwnedBy(profile, rows, 'guest@else.example'))).toEqual([]);
    expect(ids(rowsOwnedBy(profile, rows, null))).toEqual([]);
  });

  it('holds for any matrix: the rows are exactly the active rows whose owner answers to a side led', () => {
    fc.assert(
      fc.property(
        rowsArb(),
        fc.constantFrom(INTERNAL, MSP.toUpperCase(), 'nobody@else.example'),
        (matrix, upn) => {
          const led = sidesLedBy(profile, upn);
          const owned = rowsOwnedBy(profile, matrix, upn);
          const expected = activeRows(matrix).filter((row) =>
            sidesAnsweringFor(ownerOf(row)).some((side) => led.includes(side)),
          );
          expect(ids(owned)).toEqual(ids(expected));
          expect(owned.every((row) => !row.archived && ownerOf(row) !== 'unassigned')).toBe(true);
        },
      ),
    );
  });

  it('gives a lead of both sides every active row that has an owner', () => {
    const solo = makeProfile({
      internalLead: { name: 'Sam', upn: 'sam@contoso.example' },
      mspLead: { name: 'Sam', upn: 'sam@contoso.example' },
    });
    fc.assert(
      fc.property(rowsArb(), (matrix) => {
        const owned = rowsOwnedBy(solo, matrix, 'SAM@contoso.example');
        const owners = activeRows(matrix).filter((row) => ownerOf(row) !== 'unassigned');
        expect(ids(owned)).toEqual(ids(owners));
      }),
    );
  });
});
