import type { Engagement } from '../engagement/engagement';
import { activeRows } from '../matrix/function-row';
import { movesTowardMsp, deriveOwner } from '../matrix/roles';
import { MAX_ACTIVE_CHANNELS } from '../registers/channel-register';
import { ROUTINE_DAY, type PlanState } from '../plan/plan';
import { dateOfDay, daysBetween } from '../plan/plan-dates';
import { oneQuarterAfter } from '../review/quarter';
import { describeBoundary, isAfterBoundary, sinceLastReview } from '../review/review-boundary';
import type { Finding, HealthCheckId, Severity } from './finding';
import { plural } from '../plural';

/**
 * The seed's "common pitfalls" as rules. Each check is a pure function of the engagement and `today`
 * (ISO date, supplied by the caller) and returns the findings it sees, each naming what it concerns.
 */

export interface HealthInput {
  readonly engagement: Engagement;
  /** ISO date `YYYY-MM-DD`. */
  readonly today: string;
  /** The 90-day plan, once the engagement has one; the day-90 check needs its answer. */
  readonly plan?: Pick<PlanState, 'day90Check'> | null;
}

type Check = (input: HealthInput) => Finding[];

const finding = (
  check: HealthCheckId,
  key: string,
  severity: Severity,
  title: string,
  message: string,
  ids: Partial<Pick<Finding, 'rowIds' | 'toolIds' | 'channelIds'>> = {},
): Finding => ({
  id: `${check}:${key}`,
  check,
  severity,
  title,
  message,
  rowIds: ids.rowIds ?? [],
  toolIds: ids.toolIds ?? [],
  channelIds: ids.channelIds ?? [],
});

export const checkVagueMatrix: Check = ({ engagement }) => {
  const threshold = engagement.profile.jointRowThreshold;
  const joint = activeRows(engagement.rows).filter(
    (row) => deriveOwner(row.internal, row.msp) === 'joint',
  );
  if (joint.length <= threshold) return [];
  return [
    finding(
      'vague-matrix',
      'all',
      'warning',
      'Vague responsibility matrix',
      `${plural(joint.length, 'function is', 'functions are')} joint — more than the ${threshold} you allow. If "joint" appears on more than a few rows, work isn't actually getting owned by anyone.`,
      { rowIds: joint.map((row) => row.id) },
    ),
  ];
};

export const checkJointWithoutTieBreaker: Check = ({ engagement }) =>
  activeRows(engagement.rows)
    .filter((row) => deriveOwner(row.internal, row.msp) === 'joint' && row.tieBreaker === null)
    .map((row) =>
      finding(
        'joint-without-tie-breaker',
        row.id,
        'warning',
        'Joint function without a tie-breaker',
        `“${row.name}” is joint but nobody decides when the two sides disagree. Name a tie-breaker.`,
        { rowIds: [row.id] },
      ),
    );

/**
 * A matrix with no active function has nothing the other checks could find wrong: say that,
 * instead of "no issues — every function has an owner".
 */
export const checkEmptyMatrix: Check = ({ engagement }) =>
  activeRows(engagement.rows).length === 0
    ? [
        finding(
          'empty-matrix',
          'no-functions',
          'info',
          'No functions in the matrix yet',
          'Add the IT functions the two sides share (or start from a template): the health checks look at who owns each one.',
        ),
      ]
    : [];

export const checkUnownedFunctions: Check = ({ engagement }) =>
  activeRows(engagement.rows)
    .filter((row) => deriveOwner(row.internal, row.msp) === 'unassigned')
    .map((row) =>
      finding(
        'unowned-function',
        row.id,
        'critical',
        'Nobody owns this function',
        `“${row.name}” has no primary owner on either side.`,
        { rowIds: [row.id] },
      ),
    );

/** Changes after the last review that handed work to the MSP with nobody agreeing to it. */
export const checkScopeCreep: Check = ({ engagement }) => {
  const since = sinceLastReview(engagement.reviews ?? [], engagement.profile.lastReviewDate);
  const creeping = engagement.changeLog.filter(
    (entry) =>
      !entry.renegotiated &&
      isAfterBoundary(entry.at, since) &&
      movesTowardMsp(entry.from, entry.to),
  );
  if (creeping.length === 0) return [];
  const rowIds = [...new Set(creeping.map((entry) => entry.rowId))];
  return [
    finding(
      'scope-creep',
      'since-last-review',
      'warning',
      'Scope drifting toward the MSP',
      `${plural(creeping.length, 'change')} since ${describeBoundary(since)} moved work toward the MSP without a renegotiation. Review them with both leads.`,
      { rowIds },
    ),
  ];
};

/** Two or more running tools in one category, unless all but one are on their way out. */
export const checkToolingOverlap: Check = ({ engagement }) => {
  const byCategory = new Map<string, Engagement['tools'][number][]>();
  for (const tool of engagement.tools.filter((t) => t.active)) {
    byCategory.set(tool.category, [...(byCategory.get(tool.category) ?? []), tool]);
  }
  const findings: Finding[] = [];
  for (const [category, tools] of byCategory) {
    if (tools.length < 2) continue;
    const staying = tools.filter(
      (tool) => tool.decision !== 'retire' && tool.decision !== 'replace',
    );
    if (staying.length <= 1) continue;
    findings.push(
      finding(
        'tooling-overlap',
        category,
        'warning',
        `Overlapping ${category} tools`,
        `${tools.map((tool) => tool.name).join(', ')} all run as ${category}. Decide which to keep and set a retirement date for the rest.`,
        { toolIds: tools.map((tool) => tool.id) },
      ),
    );
  }
  return findings;
};

/** A tool marked for retirement or replacement that still runs after its date. */
export const checkToolsPastRetirement: Check = ({ engagement, today }) =>
  engagement.tools
    .filter(
      (tool) =>
        tool.active &&
        (tool.decision === 'retire' || tool.decision === 'replace') &&
        tool.retireBy !== null &&
        tool.retireBy < today,
    )
    .map((tool) =>
      finding(
        'tool-past-retirement',
        tool.id,
        'warning',
        'Tool kept past its retirement date',
        `${tool.name} was due to go by ${tool.retireBy} and is still running. Don't run both for years.`,
        { toolIds: [tool.id] },
      ),
    );

export const checkCommunicationFatigue: Check = ({ engagement }) => {
  const active = engagement.channels.filter((channel) => channel.active);
  if (active.length <= MAX_ACTIVE_CHANNELS) return [];
  return [
    finding(
      'communication-fatigue',
      'all',
      'warning',
      'Too many communication channels',
      `${active.length} channels are active (${active.map((c) => c.name || c.kind).join(', ')}). Pick ${MAX_ACTIVE_CHANNELS} and use them consistently.`,
      { channelIds: active.map((channel) => channel.id) },
    ),
  ];
};

/**
 * The seed: "By day 90, the engagement should feel routine. If it doesn't, something needs to be
 * renegotiated." Fires when the answer is no and no renegotiation is planned, or when day 90 has
 * passed and nobody answered. Without a plan there is nothing to check.
 */
export const checkDay90Routine: Check = ({ engagement, today, plan }) => {
  if (!plan) return [];
  const check = plan.day90Check;
  const day90 = dateOfDay(engagement.profile.startDate, ROUTINE_DAY);
  const passed = today > day90;
  if (check.routine === 'no' && !check.renegotiationPlanned) {
    return [
      finding(
        'day90-not-routine',
        'all',
        'warning',
        'The engagement doesn’t feel routine: plan a renegotiation',
        passed
          ? `Day 90 (${day90}) passed and the engagement doesn’t feel routine. Something needs to be renegotiated: plan it with both leads.`
          : `The day-90 check says the engagement doesn’t feel routine. If that holds by day 90 (${day90}), something needs to be renegotiated: plan it with both leads.`,
      ),
    ];
  }
  if (check.routine === 'unanswered' && passed) {
    return [
      finding(
        'day90-review-overdue',
        'all',
        'warning',
        'Day-90 review overdue',
        `Day 90 was ${day90}, ${plural(daysBetween(day90, today), 'day')} ago, and nobody has said whether the engagement feels routine. Hold the day-90 review and answer the check.`,
      ),
    ];
  }
  return [];
};

/**
 * The seed: "Quarterly responsibility-matrix reviews catch this" (scope drifting to the MSP). Fires
 * once the next review is due and not signed: the date the last signed review set, or, before the
 * first one, a quarter after the start date. A draft under way is named in the message.
 */
export const checkQuarterlyReviewDue: Check = ({ engagement, today }) => {
  const reviews = engagement.reviews ?? [];
  const signed = reviews.filter((review) => review.signOffs.internal && review.signOffs.msp);
  const last = signed.reduce<(typeof signed)[number] | null>(
    (latest, review) => (latest === null || review.date > latest.date ? review : latest),
    null,
  );
  const due = last ? last.nextReviewDate : oneQuarterAfter(engagement.profile.startDate);
  if (today <= due) return [];
  const draft = reviews.find((review) => !(review.signOffs.internal && review.signOffs.msp));
  const late = `${plural(daysBetween(due, today), 'day')} ago`;
  return [
    finding(
      'quarterly-review-overdue',
      'next',
      'warning',
      'Quarterly review overdue',
      `${last ? `The ${last.quarter} review set the next review for ${due}` : `The first quarterly review was due ${due}, a quarter after the start`}, ${late}. ${
        draft
          ? `The ${draft.quarter} review is under way: finish it and have both leads sign.`
          : 'Start it under Quarterly review: it catches work drifting to the MSP.'
      }`,
    ),
  ];
};

export const HEALTH_CHECKS: readonly Check[] = [
  checkEmptyMatrix,
  checkUnownedFunctions,
  checkVagueMatrix,
  checkJointWithoutTieBreaker,
  checkScopeCreep,
  checkToolingOverlap,
  checkToolsPastRetirement,
  checkCommunicationFatigue,
  checkDay90Routine,
  checkQuarterlyReviewDue,
];

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Every finding, most severe first. */
export function findHealthIssues(input: HealthInput): Finding[] {
  return HEALTH_CHECKS.flatMap((check) => check(input)).sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
}
