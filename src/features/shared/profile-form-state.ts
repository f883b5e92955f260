import type { EngagementProfile } from '../../domain/engagement/profile';
import { validateProfile, type ProfileErrors } from '../../domain/validation';

/** The profile as typed: numbers stay strings so a half-typed value is never lost or coerced. */
export interface ProfileFormValues {
  customer: string;
  employeeCount: string;
  internalItHeadcount: string;
  mspName: string;
  startDate: string;
  internalLeadName: string;
  internalLeadUpn: string;
  mspLeadName: string;
  mspLeadUpn: string;
  jointRowThreshold: string;
}

export function toFormValues(profile: EngagementProfile): ProfileFormValues {
  return {
    customer: profile.customer,
    employeeCount: String(profile.employeeCount),
    internalItHeadcount: String(profile.internalItHeadcount),
    mspName: profile.mspName,
    startDate: profile.startDate,
    internalLeadName: profile.internalLead.name,
    internalLeadUpn: profile.internalLead.upn,
    mspLeadName: profile.mspLead.name,
    mspLeadUpn: profile.mspLead.upn,
    jointRowThreshold: String(profile.jointRowThreshold),
  };
}

const toNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

export function fromFormValues(
  values: ProfileFormValues,
  base: EngagementProfile,
): EngagementProfile {
  return {
    ...base,
    customer: values.customer.trim(),
    employeeCount: toNumber(values.employeeCount),
    internalItHeadcount: toNumber(values.internalItHeadcount),
    mspName: values.mspName.trim(),
    startDate: values.startDate.trim(),
    internalLead: { name: values.internalLeadName.trim(), upn: values.internalLeadUpn.trim() },
    mspLead: { name: values.mspLeadName.trim(), upn: values.mspLeadUpn.trim() },
    jointRowThreshold: toNumber(values.jointRowThreshold),
  };
}

/** Errors keyed by form field (the lead e-mails map onto their inputs). */
export function formErrors(values: ProfileFormValues, base: EngagementProfile): ProfileErrors {
  return validateProfile(fromFormValues(values, base));
}
