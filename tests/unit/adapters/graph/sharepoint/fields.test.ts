import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RECORD_CODECS,
  channelFromFields,
  channelToFields,
  entryFromFields,
  entryToFields,
  profileFromFields,
  profileToFields,
  rowFromFields,
  rowToFields,
  toolFromFields,
  toolToFields,
  type Fields,
} from '../../../../../src/adapters/graph/sharepoint/fields';
import { LISTS, fieldNames } from '../../../../../src/adapters/graph/sharepoint/schema';
import { readDate, writeDate } from '../../../../../src/adapters/graph/sharepoint/values';
import type { ChangeEntry } from '../../../../../src/domain/engagement/change-log';
import type { EngagementProfile } from '../../../../../src/domain/engagement/profile';
import { StoreError } from '../../../../../src/ports/engagement-store';
import {
  channelsArb,
  isoDateArb,
  makeRow,
  ownerArb,
  rolesArb,
  rowsArb,
  toolsArb,
} from '../../../support/arbitraries';

/** What Graph hands back: a cleared (null) cell is absent from `fields`; SharePoint may also drop ''. */
function asReturned(fields: Fields, dropEmpty: boolean): Fields {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== null && !(dropEmpty && v === '')),
  );
}

const textArb = fc.string({ maxLength: 40, unit: 'grapheme' });

// Plain objects, as the domain makes them (fc.record builds null-prototype ones by default).
const plain = { noNullPrototype: true } as const;

const profileArb: fc.Arbitrary<EngagementProfile> = fc.record(
  {
    customer: textArb,
    employeeCount: fc.integer({ min: 1, max: 1_000_000 }),
    internalItHeadcount: fc.integer({ min: 0, max: 10_000 }),
    mspName: textArb,
    startDate: isoDateArb,
    internalLead: fc.record({ name: textArb, upn: textArb }, plain),
    mspLead: fc.record({ name: textArb, upn: textArb }, plain),
    jointRowThreshold: fc.integer({ min: 0, max: 100 }),
    lastReviewDate: fc.option(isoDateArb, { nil: null }),
  },
  plain,
);

const momentArb = fc
  .record({ owner: ownerArb, roles: rolesArb })
  .map(({ owner, roles }) => ({ owner, internal: roles.internal, msp: roles.msp }));

const entryArb: fc.Arbitrary<ChangeEntry> = fc.record(
  {
    id: textArb,
    rowId: textArb,
    rowName: textArb,
    at: fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    by: textArb,
    from: momentArb,
    to: momentArb,
    renegotiated: fc.boolean(),
    reason: textArb,
  },
  plain,
);

describe('list item fields ↔ domain records', () => {
  it('round-trips rows, tools and channels exactly (domain → fields → domain)', () => {
    fc.assert(
      fc.property(
        rowsArb(),
        toolsArb,
        channelsArb,
        fc.boolean(),
        (rows, tools, channels, dropEmpty) => {
          for (const row of rows) {
            expect(rowFromFields(asReturned(rowToFields('e1', row), dropEmpty))).toStrictEqual(row);
          }
          for (const tool of tools) {
            expect(toolFromFields(asReturned(toolToFields('e1', tool), dropEmpty))).toStrictEqual(
              tool,
            );
          }
          for (const channel of channels) {
            const fields = asReturned(channelToFields('e1', channel), dropEmpty);
            expect(channelFromFields(fields)).toStrictEqual(channel);
          }
        },
      ),
    );
  });

  it('round-trips profiles and change-log entries exactly', () => {
    fc.assert(
      fc.property(profileArb, entryArb, fc.boolean(), (profile, entry, dropEmpty) => {
        const profileFields = asReturned(profileToFields('e1', profile), dropEmpty);
        expect(profileFromFields(profileFields)).toStrictEqual(profile);
        expect(entryFromFields(asReturned(entryToFields('e1', entry), dropEmpty))).toStrictEqual(
          entry,
        );
      }),
    );
  });

  it('writes only columns the lists have, tagged with the engagement', () => {
    const row = makeRow({ id: 'r1' });
    const written = {
      rows: rowToFields('e1', row),
      engagements: profileToFields('e1', {
        ...profileFromFields({}),
        startDate: '2026-01-05',
      }),
    };
    for (const [list, fields] of Object.entries(written)) {
      const known = fieldNames(LISTS[list as keyof typeof LISTS]);
      for (const key of Object.keys(fields)) expect(known).toContain(key);
      expect(fields['EngagementId']).toBe('e1');
    }
    expect(RECORD_CODECS.rows.toFields('e1', row)['RecordId']).toBe('r1');
  });

  it('writes the derived owner for people browsing the list, and never reads it back', () => {
    const row = makeRow({ id: 'r1', internal: { kind: 'primary' }, msp: { kind: 'primary' } });
    const fields = rowToFields('e1', row);
    expect(fields['Owner']).toBe('Joint');
    expect(rowFromFields({ ...fields, Owner: 'MSP' })).toStrictEqual(row);
  });

  it('reads cells someone cleared or mistyped in Microsoft Lists as safe values', () => {
    expect(rowFromFields({ RecordId: 'r1', InternalRole: 'Bogus' })).toMatchObject({
      id: 'r1',
      name: '',
      internal: { kind: 'none' },
      order: 0,
      archived: false,
      tieBreaker: null,
    });
    expect(toolFromFields({ ToolCategory: 'Fax', Decision: '?' })).toMatchObject({
      category: 'Other',
      decision: 'undecided',
    });
    expect(channelFromFields({ ChannelKind: 'Carrier pigeon' }).kind).toBe('Other');
  });

  it('refuses a date that is not a calendar date instead of storing nonsense', () => {
    expect(() => writeDate('2026-02-30', 'Start date')).toThrow(StoreError);
    expect(() => profileToFields('e1', { ...profileFromFields({}), startDate: '' })).toThrow(
      /Start date must be a real date/,
    );
  });
});

describe('dates', () => {
  it('reads back the day written, whether Graph returns noon UTC or site-local midnight (UTC−11…+11)', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -11, max: 11 }), (day, offsetHours) => {
        const written = writeDate(day, 'Date');
        expect(readDate(written)).toBe(day);
        const localMidnight = Date.parse(`${day}T00:00:00Z`) - offsetHours * 3_600_000;
        expect(readDate(new Date(localMidnight).toISOString())).toBe(day);
      }),
    );
  });

  it('reads an empty or unreadable cell as no date', () => {
    expect(readDate(undefined)).toBeNull();
    expect(readDate('')).toBeNull();
    expect(readDate('soon')).toBeNull();
  });
});
