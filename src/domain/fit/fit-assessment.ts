/**
 * The seed's "When co-managed makes sense (and when it doesn't)" as a decision.
 *
 * Each question is answered yes or no, or not yet. A recommendation is given only when the answers
 * it depends on are in: the headcount always; "the internal IT person resists" before any
 * recommendation for a team that has internal IT; "includes specialists" when the team is 5 or more
 * (the seed's "fully-staffed … 5+ people including specialists"); and either one "fits when" answered
 * yes or all of them answered no. Until then the result says which questions remain.
 */

/** The yes/no questions, keyed as they are stored with the engagement. */
export type FitQuestionKey =
  | 'internalCompetentButStretched'
  | 'wantsToKeepInternalRelationships'
  | 'lacksSpecificCapabilities'
  | 'complianceObligationWithoutTime'
  | 'growingFasterThanHiring'
  | 'internalHasSpecialists'
  | 'internalResistsOutsideHelp';

/** What has been answered so far: a key is absent until its question is answered. */
export type FitAnswers = Readonly<Partial<Record<FitQuestionKey, boolean>>>;

/** The seed's "Co-managed fits when…" questions, in its order. */
export const FITS_WHEN_KEYS = [
  'internalCompetentButStretched',
  'wantsToKeepInternalRelationships',
  'lacksSpecificCapabilities',
  'complianceObligationWithoutTime',
  'growingFasterThanHiring',
] as const satisfies readonly FitQuestionKey[];

export const FIT_QUESTION_KEYS: readonly FitQuestionKey[] = [
  ...FITS_WHEN_KEYS,
  'internalHasSpecialists',
  'internalResistsOutsideHelp',
];

export type FitRecommendation =
  | 'not-answered'
  | 'co-managed'
  | 'managed-it'
  | 'targeted-consulting'
  | 'resolve-internal-concern-first'
  | 'no-need-shown';

export interface FitResult {
  readonly recommendation: FitRecommendation;
  readonly headline: string;
  /** Why, each in the seed's terms. */
  readonly reasons: readonly string[];
  /** The questions still to answer before there is a recommendation (empty once there is one). */
  readonly remaining: readonly FitQuestionKey[];
}

export const FIT_LABELS: Record<FitRecommendation, string> = {
  'not-answered': 'Not answered yet',
  'co-managed': 'Co-managed IT fits',
  'managed-it': 'Managed IT, not co-managed',
  'targeted-consulting': 'Targeted consulting engagements',
  'resolve-internal-concern-first': 'Resolve the internal-IT concern first',
  'no-need-shown': 'No need for co-managed IT shown',
};

const FIT_REASONS: Record<(typeof FITS_WHEN_KEYS)[number], string> = {
  internalCompetentButStretched: 'Your internal IT staff are competent but stretched thin.',
  wantsToKeepInternalRelationships: 'You want to keep your internal IT relationships.',
  lacksSpecificCapabilities:
    'Your internal team lacks specific capabilities (cybersecurity, compliance, after-hours coverage).',
  complianceObligationWithoutTime:
    "You're under a compliance obligation and the internal team has no time for the documentation load.",
  growingFasterThanHiring: "You're growing faster than you can hire IT staff.",
};

const isHeadcount = (value: number) => Number.isInteger(value) && value >= 0;

function result(
  recommendation: FitRecommendation,
  reasons: string[],
  remaining: FitQuestionKey[] = [],
): FitResult {
  return { recommendation, headline: FIT_LABELS[recommendation], reasons, remaining };
}

function notAnswered(remaining: FitQuestionKey[]): FitResult {
  return result(
    'not-answered',
    [
      remaining.length === 1
        ? 'Answer the last open question to see a recommendation.'
        : `Answer the ${remaining.length} open questions to see a recommendation.`,
    ],
    remaining,
  );
}

/**
 * The recommendation for `internalItHeadcount` internal IT people and the answers given so far.
 * A headcount that is not a whole number ≥ 0 counts as not answered.
 */
export function assessFit(internalItHeadcount: number | null, answers: FitAnswers): FitResult {
  if (internalItHeadcount === null || !isHeadcount(internalItHeadcount))
    return result('not-answered', [
      'Enter how many internal IT people you have to see a recommendation.',
    ]);

  if (internalItHeadcount === 0)
    return result('managed-it', [
      "You don't have any internal IT staff — in that case you want managed IT, not co-managed.",
    ]);

  if (answers.internalResistsOutsideHelp === true)
    return result('resolve-internal-concern-first', [
      'The internal IT person resists working with outside resources or feels threatened by the engagement. This needs to be resolved before co-managed will work: surface it in interviews, and make the relationship additive, not competitive.',
    ]);

  const fullyStaffedSize = internalItHeadcount >= 5;
  if (fullyStaffedSize && answers.internalHasSpecialists === true)
    return result('targeted-consulting', [
      `You have a fully staffed internal IT department (${internalItHeadcount} people) including specialists — you may need specific consulting engagements, but not a co-managed relationship.`,
    ]);

  const needs = FITS_WHEN_KEYS.filter((key) => answers[key] === true);
  const remaining: FitQuestionKey[] = [];
  if (needs.length === 0)
    remaining.push(...FITS_WHEN_KEYS.filter((key) => answers[key] === undefined));
  if (fullyStaffedSize && answers.internalHasSpecialists === undefined)
    remaining.push('internalHasSpecialists');
  if (answers.internalResistsOutsideHelp === undefined)
    remaining.push('internalResistsOutsideHelp');
  if (remaining.length > 0) return notAnswered(remaining);

  if (needs.length === 0)
    return result('no-need-shown', [
      'None of the reasons co-managed IT fits applies: the internal team is not stretched, has no capability gaps, no compliance documentation load and no hiring gap. Buy specific help when a project needs it.',
    ]);

  const sizeReason =
    internalItHeadcount <= 3
      ? `You have ${internalItHeadcount} internal IT ${internalItHeadcount === 1 ? 'person' : 'people'} — the one-to-three range co-managed is made for.`
      : `You have ${internalItHeadcount} internal IT people, more than the one to three co-managed is made for — it fits here for the gaps below.`;
  return result('co-managed', [sizeReason, ...needs.map((key) => FIT_REASONS[key])]);
}

/** Answers read back from storage: only known keys with boolean values are kept. */
export function cleanFitAnswers(value: unknown): FitAnswers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const answers: Partial<Record<FitQuestionKey, boolean>> = {};
  for (const key of FIT_QUESTION_KEYS) {
    const answer = (value as Record<string, unknown>)[key];
    if (typeof answer === 'boolean') answers[key] = answer;
  }
  return answers;
}
