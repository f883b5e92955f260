/** Calendar quarters of ISO dates (`YYYY-MM-DD`), for naming and scheduling quarterly reviews. */
import { isIsoDate } from '../validation';

/** Throws a RangeError naming the value when it is not an ISO date. */
export const requireIsoDate = (iso: string): void => {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): “${iso}”.`);
};

/** The calendar quarter of an ISO date: "2026 Q4" for 2026-10-01 … 2026-12-31. Throws on a non-date. */
export function quarterOf(isoDate: string): string {
  requireIsoDate(isoDate);
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)} Q${Math.ceil(month / 3)}`;
}

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * The same day three months later, clamped to the end of a shorter month (2026-11-30 → 2027-02-28).
 * Throws on a non-date.
 */
export function oneQuarterAfter(isoDate: string): string {
  requireIsoDate(isoDate);
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  const total = month - 1 + 3;
  const nextYear = year + Math.floor(total / 12);
  const nextMonth = (total % 12) + 1;
  const nextDay = Math.min(day, daysInMonth(nextYear, nextMonth));
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(nextYear, 4)}-${pad(nextMonth, 2)}-${pad(nextDay, 2)}`;
}
