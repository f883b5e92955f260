import type { FitQuestionKey } from '../../domain/fit/fit-assessment';

export interface FitQuestion {
  readonly key: FitQuestionKey;
  readonly label: string;
}

/** The seed's "Co-managed fits when…" list, asked as yes/no questions in its own words. */
export const FITS_WHEN: readonly FitQuestion[] = [
  {
    key: 'internalCompetentButStretched',
    label: 'Your internal IT people are competent but stretched thin',
  },
  {
    key: 'wantsToKeepInternalRelationships',
    label: "You want to keep your internal IT relationships (and don't want to disrupt them)",
  },
  {
    key: 'lacksSpecificCapabilities',
    label:
      'Your internal team lacks specific capabilities (cybersecurity, compliance, after-hours coverage)',
  },
  {
    key: 'complianceObligationWithoutTime',
    label:
      "You're under compliance obligation and your internal team doesn't have time to maintain the documentation load",
  },
  {
    key: 'growingFasterThanHiring',
    label: "You're growing faster than you can hire additional IT staff",
  },
];

/** The seed's "Co-managed doesn't fit when…" list (the headcount question covers "no internal IT"). */
export const DOES_NOT_FIT_WHEN: readonly FitQuestion[] = [
  {
    key: 'internalHasSpecialists',
    label: 'Your internal IT department includes specialists (security, compliance, architecture)',
  },
  {
    key: 'internalResistsOutsideHelp',
    label:
      'The internal IT person is resistant to working with outside resources, or threatened by the engagement',
  },
];

const ALL_QUESTIONS = [...FITS_WHEN, ...DOES_NOT_FIT_WHEN];

/** The question's words, for "Still to answer: …". */
export const questionLabel = (key: FitQuestionKey): string =>
  ALL_QUESTIONS.find((question) => question.key === key)?.label ?? key;
