/**
 * Single values between domain types and SharePoint field values. Reading is forgiving, because
 * people can edit the lists in Microsoft Lists (or clear a cell): a missing text is '', a missing
 * number 0, an unknown choice the safest value of its kind. Writing is exact.
 */
import type { SideRole } from '../../../domain/matrix/roles';
import { isIsoDate } from '../../../domain/validation';
import { StoreError } from '../../../ports/engagement-store';
import { ROLE_LABELS } from './schema';
import { NOTE_MAX_LENGTH } from '../../../domain/limits';

/** An item's `fields` (a FieldValueSet): values by internal column name. */
export type Fields = Record<string, unknown>;

export const readText = (value: unknown): string =>
  typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);

export function readNumber(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : 0;
}

export const readBoolean = (value: unknown): boolean => value === true || value === 'true';

/** `labels` maps domain values to the choice text shown in Lists. */
export function readChoice<K extends string>(
  labels: Readonly<Record<K, string>>,
  value: unknown,
  fallback: K,
): K {
  const entry = Object.entries(labels).find(([, label]) => label === value);
  return entry ? (entry[0] as K) : fallback;
}

/** For choices whose domain values are their labels (tool categories, channel kinds). */
export function readListed<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

/*
 * Dates. The domain's dates are calendar dates (`YYYY-MM-DD`); SharePoint stores an instant, and a
 * date-only column keeps the site-local midnight of the day it was given (how Graph converts is
 * assumed: docs/platform.md#sharepoint-columns). Writing noon UTC lands on the same calendar day in
 * every site time zone from UTC−11 to UTC+11, and reading takes the UTC day of the value plus 11
 * hours, which maps both "noon UTC" and "site-local midnight, in UTC" back to the day that was
 * written.
 */
const HOURS = 3_600_000;

export function writeDate(value: string, label: string): string {
  if (!isIsoDate(value)) {
    throw new StoreError('invalid', `${label} must be a real date (YYYY-MM-DD); got "${value}".`);
  }
  return `${value}T12:00:00Z`;
}

export const writeOptionalDate = (value: string | null, label: string): string | null =>
  value === null ? null : writeDate(value, label);

export function readDate(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  return new Date(time + 11 * HOURS).toISOString().slice(0, 10);
}

/** A side's role as two cells: the role (choice) and, for a secondary role, its condition. */
export function writeRole(role: SideRole): [label: string, condition: string | null] {
  return [ROLE_LABELS[role.kind], role.kind === 'secondary' ? role.condition : null];
}

export function readRole(label: unknown, condition: unknown): SideRole {
  const kind = readChoice<SideRole['kind']>(ROLE_LABELS, label, 'none');
  return kind === 'secondary' ? { kind, condition: readText(condition) } : { kind };
}

/*
 * JSON in a multi-line plain-text column, for values SharePoint has no column type for (a
 * milestone's checklist, the Planner sync's task map; see sharepoint/schema.ts for why). Such a
 * column holds up to 63,999 characters (assumed from community docs of SharePoint Online list
 * columns: docs/platform.md#sharepoint-columns; the emulator does not enforce it), so a longer
 * value is refused here with a sentence instead of failing in SharePoint.
 */
export { NOTE_MAX_LENGTH };

export function writeJson(value: unknown, label: string): string {
  const json = JSON.stringify(value);
  if (json.length > NOTE_MAX_LENGTH) {
    throw new StoreError(
      'invalid',
      `${label} is too long to store in SharePoint (${json.length} characters of at most ${NOTE_MAX_LENGTH}).`,
    );
  }
  return json;
}

/** The parsed value, or `undefined` when the cell is empty or not JSON (someone edited it). */
export function readJson(value: unknown): unknown {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
