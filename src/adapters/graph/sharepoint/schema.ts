/**
 * The SharePoint lists Tandem keeps in the team site, written for the person who opens them in
 * Microsoft Lists: one list per kind of record, a friendly name on every column, choice columns for
 * fixed vocabularies. `name` is the internal (API) name used in item `fields`; it is fixed once the
 * column exists, so never rename one here — add a new column and raise `SCHEMA_VERSION` instead.
 *
 * Upgrades are additive: provisioning adds every column a list lacks and (re)indexes the ones marked
 * `indexed`, without touching items. Columns are never removed or retyped.
 */
import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';
import { CHANNEL_KINDS } from '../../../domain/registers/channel-register';
import {
  PHASES,
  type MilestoneOwner,
  type PhaseId,
  type RoutineAnswer,
} from '../../../domain/plan/plan';
import { OWNER_LABELS } from '../../../domain/matrix/roles';
import { TOOL_CATEGORIES } from '../../../domain/registers/tool-register';
import { TEXT_MAX_LENGTH } from '../../../domain/limits';

/**
 * Raised whenever a list or column is added; recorded in each new list's description for people to
 * see. Provisioning does not compare it: it checks every list and column by name on a store's first
 * call, so a site made by any earlier version gets what it lacks. 2: the 90-day plan lists.
 * 3: the quarterly reviews list.
 */
export const SCHEMA_VERSION = 3;

export type ListKey =
  | 'engagements'
  | 'rows'
  | 'tools'
  | 'channels'
  | 'changeLog'
  | 'milestones'
  | 'day90Checks'
  | 'plannerLinks'
  | 'reviews';

export type ColumnKind = 'text' | 'note' | 'number' | 'boolean' | 'date' | 'choice';

export interface ColumnSpec {
  readonly name: string;
  readonly displayName: string;
  readonly kind: ColumnKind;
  readonly choices?: readonly string[];
  /** Filtered on, so indexed (docs/platform.md#list-view-threshold: 5,000 items). */
  readonly indexed?: boolean;
  readonly description?: string;
}

export interface ListSpec {
  readonly key: ListKey;
  readonly displayName: string;
  /** What the built-in Title column holds, shown as its name. */
  readonly titleDisplayName: string;
  readonly purpose: string;
  readonly columns: readonly ColumnSpec[];
}

export const ROLE_LABELS = { primary: 'Primary', secondary: 'Secondary', none: 'None' } as const;
export const SIDE_LABELS = { internal: 'Internal', msp: 'MSP' } as const;
export const OPERATED_BY_LABELS = { internal: 'Internal', msp: 'MSP', joint: 'Joint' } as const;
export const DECISION_LABELS = {
  undecided: 'Undecided',
  keep: 'Keep',
  replace: 'Replace',
  retire: 'Retire',
} as const;
/** A phase is shown by its name ("Tool deployment"), as the tracker shows it. */
export const PHASE_LABELS = Object.fromEntries(
  PHASES.map((phase) => [phase.id, phase.name]),
) as Readonly<Record<PhaseId, string>>;
export const MILESTONE_OWNER_LABELS: Readonly<Record<MilestoneOwner, string>> = {
  internal: OWNER_LABELS.internal,
  msp: OWNER_LABELS.msp,
  joint: OWNER_LABELS.joint,
};
export const ROUTINE_LABELS: Readonly<Record<RoutineAnswer, string>> = {
  yes: 'Yes',
  no: 'No',
  unanswered: 'Not answered yet',
};
/**
 * A review is one item; its content (snapshot, diff, decisions…) is JSON spread over this many note
 * columns, because one note column holds at most 63,999 characters (sharepoint/values.ts) and a
 * snapshot of a large matrix needs more. 16 columns hold about 1 MB: a review of ~2,600 rows (a
 * 2,000-row first review is ~775,000 characters of JSON).
 */
export const REVIEW_JSON_PARTS = 16;
export const reviewJsonColumn = (part: number) => `ReviewJson${part + 1}`;

/** The Planner bucket column of each phase (one text column per phase, named for people). */
export const BUCKET_COLUMNS: Readonly<Record<PhaseId, string>> = {
  discovery: 'DiscoveryBucketId',
  'tool-deployment': 'ToolDeploymentBucketId',
  stabilization: 'StabilizationBucketId',
};

const text = (name: string, displayName: string, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  displayName,
  kind: 'text',
  ...more,
});
const of =
  (kind: ColumnKind) =>
  (name: string, displayName: string, more: Partial<ColumnSpec> = {}) =>
    ({ name, displayName, kind, ...more }) as ColumnSpec;
const note = of('note');
const number = of('number');
const boolean = of('boolean');
const date = of('date');
const choice = (name: string, displayName: string, choices: readonly string[], more = {}) =>
  ({ name, displayName, kind: 'choice', choices, ...more }) as ColumnSpec;

const ENGAGEMENT_ID = text('EngagementId', 'Engagement id', {
  indexed: true,
  description: 'Which Tandem engagement this belongs to.',
});
const RECORD_ID = text('RecordId', 'Record id', {
  indexed: true,
  description: "Tandem's id for this record.",
});
const roleChoices = Object.values(ROLE_LABELS);
const ownerChoices = Object.values(OWNER_LABELS);

export const LISTS: Readonly<Record<ListKey, ListSpec>> = {
  engagements: {
    key: 'engagements',
    displayName: 'Tandem engagements',
    titleDisplayName: 'Customer',
    purpose: 'One item per co-managed IT engagement: who it is between and how it is sized.',
    columns: [
      ENGAGEMENT_ID,
      text('MspName', 'MSP'),
      number('EmployeeCount', 'Employees'),
      number('InternalItHeadcount', 'Internal IT headcount'),
      date('StartDate', 'Start date'),
      text('InternalLeadName', 'Internal lead'),
      text('InternalLeadUpn', 'Internal lead e-mail'),
      text('MspLeadName', 'MSP lead'),
      text('MspLeadUpn', 'MSP lead e-mail'),
      number('JointRowThreshold', 'Joint-row threshold'),
      date('LastReviewDate', 'Last signed review'),
      note('FitAnswers', 'Fit answers', {
        description: 'The fit questionnaire: JSON of the questions answered so far.',
      }),
      text('DeletedAt', 'Deleted at', {
        description: 'Set while the engagement is in Recently deleted (restorable for 30 days).',
      }),
    ],
  },
  rows: {
    key: 'rows',
    displayName: 'Tandem functions',
    titleDisplayName: 'Function',
    purpose: 'The responsibility matrix: one item per IT function of an engagement.',
    columns: [
      ENGAGEMENT_ID,
      RECORD_ID,
      text('Category', 'Category'),
      choice('InternalRole', 'Internal role', roleChoices),
      note('InternalCondition', 'Internal condition', {
        description: 'When a secondary side helps.',
      }),
      choice('MspRole', 'MSP role', roleChoices),
      note('MspCondition', 'MSP condition', { description: 'When a secondary side helps.' }),
      choice('Owner', 'Owner', ownerChoices, {
        description:
          'Informational: Tandem derives the owner from the two roles and rewrites it on every save. Change the roles instead.',
      }),
      choice('TieBreaker', 'Tie-breaker', Object.values(SIDE_LABELS)),
      note('Notes', 'Notes'),
      number('RowOrder', 'Order', { description: 'Position in the matrix (ascending).' }),
      boolean('Archived', 'Archived'),
    ],
  },
  tools: {
    key: 'tools',
    displayName: 'Tandem tools',
    titleDisplayName: 'Tool',
    purpose: 'The tool register: which tools run, who operates them and what happens to them.',
    columns: [
      ENGAGEMENT_ID,
      RECORD_ID,
      choice('ToolCategory', 'Category', TOOL_CATEGORIES),
      choice('OperatedBy', 'Operated by', Object.values(OPERATED_BY_LABELS)),
      choice('Decision', 'Decision', Object.values(DECISION_LABELS)),
      date('RetireBy', 'Retire by'),
      boolean('Active', 'Still running'),
    ],
  },
  channels: {
    key: 'channels',
    displayName: 'Tandem channels',
    titleDisplayName: 'Channel',
    purpose: 'How the internal team and the MSP talk to each other.',
    columns: [
      ENGAGEMENT_ID,
      RECORD_ID,
      choice('ChannelKind', 'Kind', CHANNEL_KINDS),
      boolean('Active', 'In use'),
    ],
  },
  changeLog: {
    key: 'changeLog',
    displayName: 'Tandem change log',
    titleDisplayName: 'Function',
    purpose: 'Every ownership change of a function, appended in order and never edited.',
    columns: [
      ENGAGEMENT_ID,
      RECORD_ID,
      text('RowId', 'Function record id'),
      text('LoggedAt', 'When (UTC)'),
      text('ChangedBy', 'By'),
      choice('OwnerBefore', 'Owner before', ownerChoices),
      choice('InternalRoleBefore', 'Internal role before', roleChoices),
      note('InternalConditionBefore', 'Internal condition before'),
      choice('MspRoleBefore', 'MSP role before', roleChoices),
      note('MspConditionBefore', 'MSP condition before'),
      choice('OwnerAfter', 'Owner after', ownerChoices),
      choice('InternalRoleAfter', 'Internal role after', roleChoices),
      note('InternalConditionAfter', 'Internal condition after'),
      choice('MspRoleAfter', 'MSP role after', roleChoices),
      note('MspConditionAfter', 'MSP condition after'),
      boolean('Renegotiated', 'Renegotiated'),
      note('Reason', 'Reason'),
    ],
  },
  milestones: {
    key: 'milestones',
    displayName: 'Tandem milestones',
    titleDisplayName: 'Milestone',
    purpose:
      'The 90-day plan: one item per milestone, with the engagement days it runs (day 1 = the start date).',
    columns: [
      ENGAGEMENT_ID,
      RECORD_ID,
      choice('Phase', 'Phase', Object.values(PHASE_LABELS)),
      choice('Owner', 'Owner', Object.values(MILESTONE_OWNER_LABELS)),
      number('StartDay', 'Start day', {
        description: 'Engagement day the work starts (1 = start date).',
      }),
      number('DueDay', 'Due day', { description: 'Engagement day the work is due.' }),
      number('PercentComplete', '% complete', {
        description: '0–100, as in Planner (0 not started, 50 in progress, 100 completed).',
      }),
      // JSON because a checklist is a list of items (id, title, done): SharePoint has no column for
      // nested records, and a separate list would split one milestone over several items with no
      // transaction between them (and cost one more query per load). One item keeps one eTag.
      note('Checklist', 'Checklist (JSON)', {
        description:
          'Kept by Tandem as JSON: [{"id","title","done"}]. Edit the checklist in Tandem or Planner.',
      }),
      text('PlannerTaskId', 'Planner task id', {
        description: 'The Planner task this milestone is synced to; empty until the first sync.',
      }),
    ],
  },
  day90Checks: {
    key: 'day90Checks',
    displayName: 'Tandem day-90 check',
    titleDisplayName: 'Check',
    purpose:
      '"By day 90, the engagement should feel routine. If it doesn\'t, something needs to be renegotiated." One item per engagement: the answer.',
    columns: [
      ENGAGEMENT_ID,
      RECORD_ID,
      choice('Routine', 'Feels routine', Object.values(ROUTINE_LABELS)),
      boolean('RenegotiationPlanned', 'Renegotiation planned'),
      note('Note', 'Note'),
      date('AnsweredOn', 'Answered on'),
      text('AnsweredBy', 'Answered by'),
    ],
  },
  plannerLinks: {
    key: 'plannerLinks',
    displayName: 'Tandem Planner link',
    titleDisplayName: 'Planner plan',
    purpose:
      "Where each engagement's 90-day plan lives in Planner. Written by Tandem's Planner sync only; editing it can make the next sync create tasks again.",
    columns: [
      ENGAGEMENT_ID,
      RECORD_ID,
      text('PlanId', 'Plan id'),
      text(BUCKET_COLUMNS.discovery, 'Discovery bucket id'),
      text(BUCKET_COLUMNS['tool-deployment'], 'Tool deployment bucket id'),
      text(BUCKET_COLUMNS.stabilization, 'Stabilization bucket id'),
      // JSON for the same reason as a milestone's checklist: one entry per milestone (task id and
      // the eTags the sync last saw), bookkeeping that must change together with the plan's ids.
      note('PlannerTasks', 'Tasks (JSON)', {
        description: 'Kept by the Planner sync as JSON: the task of each milestone.',
      }),
    ],
  },
  reviews: {
    key: 'reviews',
    displayName: 'Tandem reviews',
    titleDisplayName: 'Quarter',
    purpose:
      "Quarterly responsibility-matrix reviews: a dated snapshot of the matrix with what changed, the decisions and both leads' sign-off. A review signed by both leads is history: do not edit it.",
    columns: [
      ENGAGEMENT_ID,
      RECORD_ID,
      date('ReviewDate', 'Review date'),
      date('NextReviewDate', 'Next review'),
      text('InternalSignedBy', 'Signed by (internal)', {
        description: 'Informational, from the review: who signed for the internal side.',
      }),
      text('InternalSignedAt', 'Signed at (internal, UTC)'),
      text('MspSignedBy', 'Signed by (MSP)', {
        description: 'Informational, from the review: who signed for the MSP side.',
      }),
      text('MspSignedAt', 'Signed at (MSP, UTC)'),
      // JSON because a review is a snapshot of whole lists (rows, tools, channels, findings) frozen
      // together with its diff and decisions: one item keeps it one record with one eTag.
      ...Array.from({ length: REVIEW_JSON_PARTS }, (_, part) =>
        note(reviewJsonColumn(part), `Review (JSON, part ${part + 1})`, {
          description:
            'Kept by Tandem: the review as JSON, split over these columns in order. Do not edit.',
        }),
      ),
    ],
  },
};

export const LIST_KEYS = Object.keys(LISTS) as ListKey[];

/** Internal names to `$select` in `expand=fields(select=…)`: Title plus every column of the list. */
export function fieldNames(spec: ListSpec): string[] {
  return ['Title', ...spec.columns.map((column) => column.name)];
}

export function listDescription(spec: ListSpec): string {
  return `${spec.purpose} Kept by the Tandem Teams app (Tandem schema ${SCHEMA_VERSION}): edit values if you need to, but don't rename or delete columns.`;
}

/** docs/platform.md#sharepoint-columns: the column as Graph creates it; exactly one type facet. */
export function columnDefinition(column: ColumnSpec): ColumnDefinition {
  const common: ColumnDefinition = {
    name: column.name,
    displayName: column.displayName,
    ...(column.description ? { description: column.description } : {}),
    ...(column.indexed ? { indexed: true } : {}),
  };
  switch (column.kind) {
    case 'text':
      return { ...common, text: { maxLength: TEXT_MAX_LENGTH } };
    case 'note':
      // Plain text: rich text would turn what people type into HTML.
      return { ...common, text: { allowMultipleLines: true, textType: 'plain' } };
    case 'number':
      return { ...common, number: {} };
    case 'boolean':
      return { ...common, boolean: {} };
    case 'date':
      return { ...common, dateTime: { format: 'dateOnly' } };
    case 'choice':
      return {
        ...common,
        choice: {
          choices: [...(column.choices ?? [])],
          allowTextEntry: false,
          displayAs: 'dropDownMenu',
        },
      };
  }
}
