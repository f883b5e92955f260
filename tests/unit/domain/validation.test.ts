import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NAME_MAX_LENGTH,
  isIsoDate,
  validateDate,
  validateFunctionName,
  validateProfile,
  validateUpn,
  validateWholeNumber,
} from '../../../src/domain/validation';
import { emptyProfile, type EngagementProfile } from '../../../src/domain/engagement/profile';
import { makeProfile } from '../support/arbitraries';

const rows = [
  { id: 'r1', name: 'Tier 1 helpdesk', archived: false },
  { id: 'r2', name: '  Compliance documentation ', archived: false },
  { id: 'r3', name: 'Old backup tool', archived: true },
];

describe('validateFunctionName', () => {
  it('accepts a fresh name', () => {
    expect(validateFunctionName('vCIO / IT strategy', rows)).toBeNull();
  });

  it.each(['', '   ', '\t\n'])('rejects an empty or blank name %j', (name) => {
    expect(validateFunctionName(name, rows)).toBe('Give the function a name.');
  });

  it('accepts 1 and 255 characters after trimming, rejects 256', () => {
    expect(validateFunctionName('x', [])).toBeNull();
    expect(validateFunctionName('x'.repeat(NAME_MAX_LENGTH), [])).toBeNull();
    expect(validateFunctionName(`  ${'x'.repeat(NAME_MAX_LENGTH)}  `, [])).toBeNull();
    expect(validateFunctionName('x'.repeat(NAME_MAX_LENGTH + 1), [])).toBe(
      'Keep the name to 255 characters (it has 256).',
    );
  });

  it('accepts exactly the names whose trimmed length is 1..255 (property, no clashes)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('', ' ', '  \t'), (core, pad) => {
        const name = `${pad}${core}${pad}`;
        const length = name.trim().length;
        const result = validateFunctionName(name, []);
        expect(result === null).toBe(length >= 1 && length <= NAME_MAX_LENGTH);
      }),
    );
  });

  it('rejects a name that matches an active row, ignoring case and surrounding spaces', () => {
    expect(validateFunctionName('TIER 1 HELPDESK', rows)).toBe(
      'A function called “Tier 1 helpdesk” already exists.',
    );
    expect(validateFunctionName('compliance documentation', rows)).toMatch(/already exists/);
    expect(validateFunctionName('  tier 1 helpdesk  ', rows)).toMatch(/already exists/);
  });

  it('names an archived clash differently, suggesting a restore', () => {
    const message = validateFunctionName('old BACKUP tool', rows);
    expect(message).toBe(
      'An archived function is already called “Old backup tool”. Restore it or choose another name.',
    );
    expect(message).not.toBe(validateFunctionName('tier 1 helpdesk', rows));
  });

  it('ignores the row being renamed', () => {
    expect(validateFunctionName('tier 1 HELPDESK', rows, 'r1')).toBeNull();
    expect(validateFunctionName('Tier 1 helpdesk', rows, 'r2')).toMatch(/already exists/);
  });

  it('rejects any case variant of an existing name, unless it is the own row (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.boolean(),
        (name, upper, archived) => {
          const variant = [...name]
            .map((ch, i) => (upper[i % upper.length] ? ch.toLocaleUpperCase() : ch))
            .join('');
          fc.pre(variant.toLocaleLowerCase() === name.toLocaleLowerCase());
          fc.pre(variant.trim().length <= NAME_MAX_LENGTH);
          const existing = [{ id: 'a', name, archived }];
          const message = validateFunctionName(variant, existing);
          expect(message).not.toBeNull();
          expect(message!.startsWith('An archived')).toBe(archived);
          expect(validateFunctionName(variant, existing, 'a')).toBeNull();
        },
      ),
    );
  });
});

describe('isIsoDate', () => {
  it.each([
    '2026-02-28',
    '2024-02-29',
    '2000-02-29',
    '2026-12-31',
    '2026-01-01',
    '0099-12-31', // Date.UTC would read year 99 as 1999
    '0000-02-29', // proleptic Gregorian year 0 is a leap year
  ])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2026-02-29', // not a leap year
    '1900-02-29', // century, not a leap year
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '26-01-05',
    '2026/01/05',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '',
    'yesterday',
  ])('rejects %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('accepts any real date written YYYY-MM-DD, including years 0000–0099 (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0000-01-01T00:00:00.000Z'),
          max: new Date('9999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const text = [
            String(date.getUTCFullYear()).padStart(4, '0'),
            String(date.getUTCMonth() + 1).padStart(2, '0'),
            String(date.getUTCDate()).padStart(2, '0'),
          ].join('-');
          expect(isIsoDate(text)).toBe(true);
        },
      ),
    );
  });

  it('rejects day numbers past the end of the month (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (year, month, extra) => {
          const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate(); // 2000 is leap: upper bound
          const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
          const real = month === 2 ? (isLeap ? 29 : 28) : daysInMonth;
          const day = real + extra;
          fc.pre(day <= 99);
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isIsoDate(text)).toBe(false);
        },
      ),
    );
  });
});

describe('validateDate', () => {
  it('asks for a value, then for a real date', () => {
    expect(validateDate('', 'Start date')).toBe('Start date is required.');
    expect(validateDate('  ', 'Start date')).toBe('Start date is required.');
    expect(validateDate('2026-02-30', 'Start date')).toBe(
      'Start date must be a real date (YYYY-MM-DD).',
    );
    expect(validateDate('2026-02-28', 'Start date')).toBeNull();
  });
});

describe('validateWholeNumber', () => {
  it('accepts the inclusive bounds and rejects one past them', () => {
    expect(validateWholeNumber(0, 'N', 0, 10)).toBeNull();
    expect(validateWholeNumber(10, 'N', 0, 10)).toBeNull();
    expect(validateWholeNumber(-1, 'N', 0, 10)).toBe('N must be between 0 and 10.');
    expect(validateWholeNumber(11, 'N', 0, 10)).toBe('N must be between 0 and 10.');
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.1])(
    'rejects %d as not whole',
    (value) => {
      expect(validateWholeNumber(value, 'N', 0, 10)).toBe('N must be a whole number.');
    },
  );

  it('accepts exactly the integers in [min, max] (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1200, max: 1200 }),
        (a, b, value) => {
          const [min, max] = a <= b ? [a, b] : [b, a];
          expect(validateWholeNumber(value, 'N', min, max) === null).toBe(
            value >= min && value <= max,
          );
        },
      ),
    );
  });

  it('rejects every non-integer double (property)', () => {
    fc.assert(
      fc.property(
        fc.double().filter((d) => !Number.isInteger(d)),
        (value) => {
          expect(validateWholeNumber(value, 'N', -1e9, 1e9)).toBe('N must be a whole number.');
        },
      ),
    );
  });
});

describe('validateUpn', () => {
  it('allows empty (lead not named yet) and proper addresses', () => {
    expect(validateUpn('', 'E-mail')).toBeNull();
    expect(validateUpn('alex@contoso.com', 'E-mail')).toBeNull();
    expect(validateUpn(' alex@contoso.com ', 'E-mail')).toBeNull();
  });

  it.each(['alex', 'alex@contoso', '@contoso.com', 'a b@contoso.com', 'alex@@contoso.com'])(
    'rejects %j',
    (value) => {
      expect(validateUpn(value, 'E-mail')).toBe(
        'E-mail must be an e-mail address such as name@contoso.com.',
      );
    },
  );
});

describe('validateProfile', () => {
  const valid: EngagementProfile = makeProfile({
    internalLead: { name: 'Ines', upn: 'ines@contoso.com' },
    mspLead: { name: 'Max', upn: 'max@fabrikam.com' },
  });

  it('has no errors for a valid profile', () => {
    expect(validateProfile(valid)).toEqual({});
  });

  it('only asks for the customer name on an empty profile', () => {
    expect(validateProfile(emptyProfile('2026-06-20'))).toEqual({
      customer: 'Customer name is required.',
    });
  });

  it.each<[string, Partial<EngagementProfile>, string]>([
    ['customer', { customer: '   ' }, 'Customer name is required.'],
    [
      'customer',
      { customer: 'x'.repeat(256) },
      'The customer is 256 characters long; at most 255 fit.',
    ],
    ['mspName', { mspName: 'x'.repeat(256) }, 'The MSP is 256 characters long; at most 255 fit.'],
    [
      'internalLeadName',
      { internalLead: { name: 'x'.repeat(300), upn: '' } },
      "The internal lead's name is 300 characters long; at most 255 fit.",
    ],
    ['employeeCount', { employeeCount: 0 }, 'Employee count must be between 1 and 1000000.'],
    [
      'employeeCount',
      { employeeCount: 1_000_001 },
      'Employee count must be between 1 and 1000000.',
    ],
    ['employeeCount', { employeeCount: 7.5 }, 'Employee count must be a whole number.'],
    [
      'internalItHeadcount',
      { internalItHeadcount: -1 },
      'Internal IT headcount must be between 0 and 10000.',
    ],
    [
      'internalItHeadcount',
      { internalItHeadcount: Number.NaN },
      'Internal IT headcount must be a whole number.',
    ],
    ['startDate', { startDate: '' }, 'Start date is required.'],
    ['startDate', { startDate: '2026-02-30' }, 'Start date must be a real date (YYYY-MM-DD).'],
    [
      'internalLeadUpn',
      { internalLead: { name: 'I', upn: 'ines' } },
      'Internal lead e-mail must be an e-mail address such as name@contoso.com.',
    ],
    [
      'mspLeadUpn',
      { mspLead: { name: 'M', upn: 'max@' } },
      'MSP lead e-mail must be an e-mail address such as name@contoso.com.',
    ],
    [
      'jointRowThreshold',
      { jointRowThreshold: 101 },
      'Joint-row threshold must be between 0 and 100.',
    ],
    [
      'jointRowThreshold',
      { jointRowThreshold: 2.5 },
      'Joint-row threshold must be a whole number.',
    ],
  ])('reports %s (%j)', (field, overrides, message) => {
    expect(validateProfile({ ...valid, ...overrides })).toEqual({ [field]: message });
  });

  it('accepts the field bounds', () => {
    expect(
      validateProfile({
        ...valid,
        customer: 'x'.repeat(255),
        mspName: '',
        employeeCount: 1,
        internalItHeadcount: 0,
        jointRowThreshold: 0,
      }),
    ).toEqual({});
    expect(
      validateProfile({
        ...valid,
        employeeCount: 1_000_000,
        internalItHeadcount: 10_000,
        jointRowThreshold: 100,
      }),
    ).toEqual({});
  });

  it('rejects an internal IT headcount above the employee count, and allows it equal', () => {
    expect(validateProfile({ ...valid, employeeCount: 3, internalItHeadcount: 4 })).toEqual({
      internalItHeadcount: 'Internal IT headcount cannot exceed the employee count.',
    });
    expect(validateProfile({ ...valid, employeeCount: 3, internalItHeadcount: 3 })).toEqual({});
  });

  it('does not compare headcount with an invalid employee count', () => {
    expect(validateProfile({ ...valid, employeeCount: 0, internalItHeadcount: 5 })).toEqual({
      employeeCount: 'Employee count must be between 1 and 1000000.',
    });
  });

  it('reports several fields at once', () => {
    const errors = validateProfile({
      ...valid,
      customer: '',
      startDate: 'soon',
      jointRowThreshold: -1,
    });
    expect(Object.keys(errors).sort()).toEqual(['customer', 'jointRowThreshold', 'startDate']);
  });

  it('flags headcount > employees exactly when both counts are valid (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (employeeCount, internalItHeadcount) => {
          const errors = validateProfile({ ...valid, employeeCount, internalItHeadcount });
          expect(errors.internalItHeadcount !== undefined).toBe(
            internalItHeadcount > employeeCount,
          );
          expect(errors.employeeCount).toBeUndefined();
        },
      ),
    );
  });
});
