/**
 * The seed's "When co-managed makes sense (and when it doesn't)" as a decision.
 * Blocking conditions are checked first, in the seed's order of seriousness; then the fit signals.
 */

export interface FitInputs {
  readonly internalItHeadcount: number;
  /** The internal team includes specialists (security, compliance, architecture). */
  readonly internalHasSpecialists: boolean;
  readonly internalCompetentButStretched: boolean;
  readonly wantsToKeepInternalRelationships: boolean;
  /** Gaps such as cybersecurity, compliance or after-hours coverage. */
  readonly lacksSpecificCapabilities: boolean;
  readonly complianceObligationWithoutTime: boolean;
  readonly growingFasterThanHiring: boolean;
  /** The internal IT person resists outside help or feels threatened by it. */
  readonly internalResistsOutsideHelp: boolean;
}

export type FitRecommendation =
  'co-managed' | 'managed-it' | 'targeted-consulting' | 'resolve-internal-concern-first';

export interface FitResult {
  readonly recommendation: FitRecommendation;
  readonly headline: string;
  /** Why, each in the seed's terms. */
  readonly reasons: readonly string[];
}

export const FIT_LABELS: Record<FitRecommendation, string> = {
  'co-managed': 'Co-managed IT fits',
  'managed-it': 'Managed IT, not co-managed',
  'targeted-consulting': 'Targeted consulting engagements',
  'resolve-internal-concern-first': 'Resolve the internal-IT concern first',
};

export const DEFAULT_FIT_INPUTS: FitInputs = {
  internalItHeadcount: 1,
  internalHasSpecialists: false,
  internalCompetentButStretched: false,
  wantsToKeepInternalRelationships: false,
  lacksSpecificCapabilities: false,
  complianceObligationWithoutTime: false,
  growingFasterThanHiring: false,
  internalResistsOutsideHelp: false,
};

function fitSignals(inputs: FitInputs): string[] {
  const reasons: string[] = [];
  if (inputs.internalItHeadcount >= 1 && inputs.internalItHeadcount <= 3)
    reasons.push(
      `You have ${inputs.internalItHeadcount} internal IT ${inputs.internalItHeadcount === 1 ? 'person' : 'people'} — the one-to-three range co-managed is made for.`,
    );
  if (inputs.internalCompetentButStretched)
    reasons.push('Your internal IT staff are competent but stretched thin.');
  if (inputs.wantsToKeepInternalRelationships)
    reasons.push('You want to keep your internal IT relationships.');
  if (inputs.lacksSpecificCapabilities)
    reasons.push(
      'Your internal team lacks specific capabilities (cybersecurity, compliance, after-hours coverage).',
    );
  if (inputs.complianceObligationWithoutTime)
    reasons.push(
      "You're under a compliance obligation and the internal team has no time for the documentation load.",
    );
  if (inputs.growingFasterThanHiring)
    reasons.push("You're growing faster than you can hire IT staff.");
  return reasons;
}

export function assessFit(inputs: FitInputs): FitResult {
  const result = (recommendation: FitRecommendation, reasons: string[]): FitResult => ({
    recommendation,
    headline: FIT_LABELS[recommendation],
    reasons,
  });

  if (inputs.internalItHeadcount <= 0)
    return result('managed-it', [
      "You don't have any internal IT staff — in that case you want managed IT, not co-managed.",
    ]);

  if (inputs.internalResistsOutsideHelp)
    return result('resolve-internal-concern-first', [
      'The internal IT person resists working with outside resources or feels threatened by the engagement. This needs to be resolved before co-managed will work: surface it in interviews, and make the relationship additive, not competitive.',
    ]);

  const signals = fitSignals(inputs);
  if (inputs.internalItHeadcount >= 5 && inputs.internalHasSpecialists)
    return result('targeted-consulting', [
      `You have a fully staffed internal IT department (${inputs.internalItHeadcount} people) including specialists — you may need specific consulting engagements, but not a co-managed relationship.`,
    ]);

  const needs = signals.filter((reason) => !reason.startsWith('You have '));
  if (needs.length === 0)
    return result('targeted-consulting', [
      'None of the signals for co-managed IT apply: the internal team is not stretched and has no capability gaps. Buy specific help when a project needs it.',
    ]);

  return result('co-managed', signals);
}
