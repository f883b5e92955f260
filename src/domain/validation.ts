import type { FunctionRow } from './matrix/function-row';
import type { EngagementProfile } from './engagement/profile';
import { TEXT_FIELDS, TEXT_MAX_LENGTH, lengthProblem } from './limits';
import { functionNameKey, lookalikeKey, lookalikeNote } from './function-name';

/**
 * Input rules shared by every form and by imports. Each returns a message a person can act on,
 * or null when the value is fine. They never change the value: the UI keeps what the user typed.
 */

/** A name is stored as a single line of text (domain/limits.ts). */
export const NAME_MAX_LENGTH = TEXT_MAX_LENGTH;

export function validateFunctionName(
  name: string,
  rows: readonly Pick<FunctionRow, 'id' | 'name' | 'archived'>[],
  ownId: string | null = null,
): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'Give the function a name.';
  if (trimmed.length > NAME_MAX_LENGTH)
    return `Keep the name to ${NAME_MAX_LENGTH} characters (it has ${trimmed.length}).`;
  const key = lookalikeKey(trimmed);
  const clash = rows.find((row) => row.id !== ownId && lookalikeKey(row.name) === key);
  if (!clash) return null;
  if (functionNameKey(clash.name) !== functionNameKey(trimmed)) {
    return `“${trimmed}” looks just like “${clash.name}” but is written with other characters (${lookalikeNote(trimmed)}): use “${clash.name}”, or a name that does not look the same.`;
  }
  return clash.archived
    ? `An archived function is already called “${clash.name}”. Restore it or choose another name.`
    : `A function called “${clash.name}” already exists.`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999 (rejecting 0099-12-31).
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function validateDate(value: string, label: string): string | null {
  if (value.trim() === '') return `${label} is required.`;
  return isIsoDate(value) ? null : `${label} must be a real date (YYYY-MM-DD).`;
}

export function validateWholeNumber(
  value: number,
  label: string,
  min: number,
  max: number,
): string | null {
  if (!Number.isFinite(value) || !Number.isInteger(value))
    return `${label} must be a whole number.`;
  if (value < min || value > max) return `${label} must be between ${min} and ${max}.`;
  return null;
}

const UPN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateUpn(value: string, label: string): string | null {
  if (value.trim() === '') return null;
  return UPN.test(value.trim())
    ? null
    : `${label} must be an e-mail address such as name@contoso.com.`;
}

export type ProfileErrors = Partial<
  Record<
    | 'customer'
    | 'mspName'
    | 'employeeCount'
    | 'internalItHeadcount'
    | 'startDate'
    | 'internalLeadName'
    | 'internalLeadUpn'
    | 'mspLeadName'
    | 'mspLeadUpn'
    | 'jointRowThreshold',
    string
  >
>;

/** Every problem with a profile, keyed by field, so a form can show each next to its input. */
export function validateProfile(profile: EngagementProfile): ProfileErrors {
  const errors: ProfileErrors = {};
  const set = (key: keyof ProfileErrors, message: string | null) => {
    if (message) errors[key] = message;
  };
  const customer = profile.customer.trim();
  const tooLong = (value: string, field: keyof typeof TEXT_FIELDS.profile) =>
    lengthProblem(value.trim(), TEXT_FIELDS.profile[field].label, TEXT_FIELDS.profile[field].kind);
  set('customer', customer === '' ? 'Customer name is required.' : tooLong(customer, 'customer'));
  set('mspName', tooLong(profile.mspName, 'mspName'));
  set('internalLeadName', tooLong(profile.internalLead.name, 'internalLead.name'));
  set('mspLeadName', tooLong(profile.mspLead.name, 'mspLead.name'));
  set('employeeCount', validateWholeNumber(profile.employeeCount, 'Employee count', 1, 1_000_000));
  set(
    'internalItHeadcount',
    validateWholeNumber(profile.internalItHeadcount, 'Internal IT headcount', 0, 10_000),
  );
  if (
    !errors.employeeCount &&
    !errors.internalItHeadcount &&
    profile.internalItHeadcount > profile.employeeCount
  )
    errors.internalItHeadcount = 'Internal IT headcount cannot exceed the employee count.';
  set('startDate', validateDate(profile.startDate, 'Start date'));
  set(
    'internalLeadUpn',
    tooLong(profile.internalLead.upn, 'internalLead.upn') ??
      validateUpn(profile.internalLead.upn, 'Internal lead e-mail'),
  );
  set(
    'mspLeadUpn',
    tooLong(profile.mspLead.upn, 'mspLead.upn') ??
      validateUpn(profile.mspLead.upn, 'MSP lead e-mail'),
  );
  set(
    'jointRowThreshold',
    validateWholeNumber(profile.jointRowThreshold, 'Joint-row threshold', 0, 100),
  );
  return errors;
}
