import type { MoveDirection } from '../../../domain/review/review-diff';
import type { Side } from '../../../domain/matrix/roles';

/** Words a review summary uses, shared by its card and its HTML. */

export const OPEN_REVIEW_TITLE = 'Open the review in Tandem';

export const LEAD_TITLE: Record<Side, string> = { internal: 'Internal lead', msp: 'MSP lead' };

export const DIRECTION_LABELS: Record<MoveDirection, string> = {
  'toward-msp': 'toward MSP',
  'toward-internal': 'toward internal',
  'into-joint': 'into joint',
  'out-of-joint': 'out of joint',
  'to-unassigned': 'to unassigned',
};

/** "2026-07-15T15:00:00.000Z" → "2026-07-15 15:00 UTC"; anything else is shown as given. */
export function formatSignedAt(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}
