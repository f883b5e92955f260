import { isIsoDate } from '../validation';

/**
 * Calendar arithmetic for the 90-day plan, on ISO `YYYY-MM-DD` dates in UTC so no time zone or
 * daylight-saving change can shift a day. No clock: every "today" comes from the caller.
 *
 * Day numbers follow the seed ("Days 1–14"): day 1 is the engagement's start date.
 */

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of a date's UTC midnight. Throws on anything but a real ISO date. */
function toUtcMs(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): “${iso}”.`);
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8)));
  return date.getTime();
}

function fromUtcMs(ms: number): string {
  const date = new Date(ms);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** The date `days` calendar days after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  return fromUtcMs(toUtcMs(iso) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to`: 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The calendar date of engagement day `day` (day 1 = the start date). */
export function dateOfDay(startDate: string, day: number): string {
  return addDays(startDate, day - 1);
}

/**
 * Which engagement day `today` is: 1 on the start date, 0 the day before, negative earlier.
 * Never clamped, so "day 120" can say the 90 days are long over.
 */
export function engagementDay(startDate: string, today: string): number {
  return daysBetween(startDate, today) + 1;
}
