import { isIsoDate } from '../../domain/validation';

const LABEL = 'Last quarterly review date';

/**
 * The optional last-review date as typed: empty means "no review yet". `incomplete` is the browser
 * saying the date input holds something it cannot read (a half-typed or impossible date).
 */
export function validateReviewDate(
  value: string,
  today: string,
  incomplete = false,
): string | null {
  const trimmed = value.trim();
  if (incomplete || (trimmed !== '' && !isIsoDate(trimmed)))
    return `${LABEL} must be a real date (YYYY-MM-DD).`;
  if (trimmed > today) return `${LABEL} cannot be in the future.`;
  return null;
}

export const toReviewDate = (value: string): string | null =>
  value.trim() === '' ? null : value.trim();
