import {
  UNANSWERED_DAY_90,
  type ChecklistItem,
  type Milestone,
  type MilestoneOwner,
  type PhaseId,
  type PlanState,
} from './plan';

/**
 * The default plan: the seed's "first 90 days" as milestones, in the seed's words where it has
 * them. Ids are fixed strings, so a new engagement's plan, its Planner tasks and any later
 * re-sync all name the same milestone the same way.
 */

const milestone = (
  id: string,
  phase: PhaseId,
  name: string,
  owner: MilestoneOwner,
  [startDay, dueDay]: readonly [number, number],
  items: readonly (readonly [key: string, title: string])[],
): Milestone => ({
  id,
  phase,
  name,
  owner,
  startDay,
  dueDay,
  checklist: items.map(([key, title]): ChecklistItem => ({
    id: `${id}:${key}`,
    title,
    done: false,
  })),
  percentComplete: 0,
  plannerTaskId: null,
});

export const DEFAULT_MILESTONES: readonly Milestone[] = [
  // Days 1–14: Discovery and documentation
  milestone(
    'discovery-interview',
    'discovery',
    'Interview the internal IT lead about the engagement',
    'msp',
    [1, 5],
    [
      ['threatened', 'Surface whether the internal IT person feels threatened by the engagement'],
      ['additive', 'Agree the relationship is additive, not competitive'],
      ['capacity', 'Note the internal team’s strengths and capacity'],
    ],
  ),
  milestone(
    'discovery-catalog',
    'discovery',
    'Catalog servers, networks, applications, users, vendors and contracts',
    'msp',
    [1, 14],
    [
      ['servers', 'Catalog servers'],
      ['networks', 'Catalog networks'],
      ['applications', 'Catalog applications'],
      ['users', 'Catalog users'],
      ['vendors', 'Catalog vendors'],
      ['contracts', 'Catalog contracts'],
    ],
  ),
  milestone(
    'discovery-workflows',
    'discovery',
    'Internal team walks through its day-to-day workflows',
    'internal',
    [1, 10],
    [
      ['walkthrough', 'Walk the MSP through the day-to-day workflows'],
      ['own-tools', 'List the tools the internal team already runs (RMM, antivirus, etc.)'],
    ],
  ),
  milestone(
    'discovery-matrix',
    'discovery',
    'Build the responsibility matrix together',
    'joint',
    [7, 14],
    [
      ['functions', 'List every IT function'],
      ['assign', 'Assign each function to internal, MSP or joint'],
      ['few-joint', 'Keep “joint” to a few rows, each with a tie-breaker'],
      ['sign-off', 'Both leads agree the matrix in writing'],
    ],
  ),
  // Days 14–45: Tool deployment
  milestone(
    'tools-overlap',
    'tool-deployment',
    'Decide which overlapping tools to keep',
    'joint',
    [14, 21],
    [
      ['register', 'Record the tools each side runs in the tool register'],
      ['decide', 'Decide deliberately which to keep, which to replace'],
      [
        'retire-by',
        'Set a retire-by date for every tool being replaced — don’t run both for years',
      ],
    ],
  ),
  milestone(
    'tools-core-stack',
    'tool-deployment',
    'Deploy and tune RMM, EDR, email security, backup and monitoring',
    'msp',
    [14, 38],
    [
      ['rmm', 'RMM agent deployed and tuned'],
      ['edr', 'EDR deployed and tuned'],
      ['email', 'Advanced email security deployed and tuned'],
      ['backup', 'Backup with immutable storage deployed and tested'],
      ['siem', 'Monitoring / SIEM deployed and tuned'],
    ],
  ),
  milestone(
    'tools-supporting-stack',
    'tool-deployment',
    'Roll out awareness training, patch management and the documentation platform',
    'msp',
    [21, 45],
    [
      ['awareness', 'Security awareness training platform rolled out'],
      ['patching', 'Patch management tooling deployed and tuned'],
      ['documentation', 'Documentation platform (IT Glue or similar) set up'],
    ],
  ),
  milestone(
    'tools-internal-involved',
    'tool-deployment',
    'Involve the internal team in deployment',
    'joint',
    [14, 45],
    [
      ['each-deployment', 'Internal team takes part in each deployment'],
      ['understand', 'Internal team understands the tools they’ll be operating alongside'],
    ],
  ),
  // Days 45–90: Stabilization and refinement
  milestone(
    'stabilize-matrix-work',
    'stabilization',
    'MSP takes on the work assigned in the matrix',
    'msp',
    [45, 60],
    [
      ['take-on', 'MSP takes on each function the matrix assigns to it'],
      ['internal-keeps', 'Internal team keeps the functions it owns'],
      ['no-drift', 'Move no work between the sides without a renegotiation'],
    ],
  ),
  milestone(
    'stabilize-communication',
    'stabilization',
    'Agree the communication rhythm',
    'joint',
    [45, 60],
    [
      [
        'pick-two',
        'Pick two channels that work for both sides: daily standup, chat, weekly call, joint ticketing',
      ],
      ['register', 'Record them in the channel register'],
      ['consistent', 'Use them consistently and stop using the others'],
    ],
  ),
  milestone(
    'stabilize-security-findings',
    'stabilization',
    'Work through the initial cybersecurity findings',
    'joint',
    [45, 85],
    [
      ['list', 'List the initial cybersecurity findings'],
      ['owners', 'Agree who fixes each finding'],
      ['close', 'Close or schedule every finding'],
    ],
  ),
  milestone(
    'stabilize-day-90-review',
    'stabilization',
    'Day-90 review',
    'joint',
    [85, 90],
    [
      ['routine', 'Ask both sides: does the engagement feel routine?'],
      ['renegotiate', 'If it doesn’t, plan a renegotiation'],
      ['quarterly', 'Set the date of the first quarterly responsibility-matrix review'],
    ],
  ),
];

/** A new engagement's plan: every default milestone not started, the day-90 check unanswered. */
export function defaultPlan(): PlanState {
  return { milestones: DEFAULT_MILESTONES, day90Check: UNANSWERED_DAY_90 };
}
