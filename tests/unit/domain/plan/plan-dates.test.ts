import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  dateOfDay,
  daysBetween,
  engagementDay,
} from '../../../../src/domain/plan/plan-dates';
import { isoDateArb } from '../../support/arbitraries';

describe('plan dates', () => {
  it('counts day 1 as the start date, as the seed does ("Days 1–14")', () => {
    expect(dateOfDay('2026-09-01', 1)).toBe('2026-09-01');
    expect(dateOfDay('2026-09-01', 14)).toBe('2026-09-14');
    expect(dateOfDay('2026-09-01', 90)).toBe('2026-11-29');
    expect(engagementDay('2026-09-01', '2026-09-01')).toBe(1);
    expect(engagementDay('2026-09-01', '2026-08-31')).toBe(0);
    expect(engagementDay('2026-09-01', '2026-11-29')).toBe(90);
  });

  it('crosses month ends, leap days and daylight-saving changes in whole days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', 30)).toBe('2026-03-31');
    expect(addDays('2026-10-20', 14)).toBe('2026-11-03');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-29', '2026-09-01')).toBe(-89);
  });

  it('keeps years below 100 as written', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('refuses anything but a real ISO date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('', '2026-01-01')).toThrow('Not an ISO date');
  });

  it('addDays and daysBetween are inverses (property)', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -800, max: 800 }), (date, days) => {
        const moved = addDays(date, days);
        expect(daysBetween(date, moved)).toBe(days);
        expect(addDays(moved, -days)).toBe(date);
        expect(moved > date).toBe(days > 0);
      }),
    );
  });

  it('engagementDay undoes dateOfDay (property)', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -30, max: 400 }), (start, day) => {
        expect(engagementDay(start, dateOfDay(start, day))).toBe(day);
      }),
    );
  });
});
