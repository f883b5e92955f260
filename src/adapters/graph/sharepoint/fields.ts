/**
 * Pure mapping between domain records and list item `fields` (column names in
 * sharepoint/schema.ts). `toFields` writes every column the record owns, `null` clearing a cell, so
 * a PATCH leaves nothing of an earlier value behind; `fromFields` reads what Graph returns, where a
 * cleared cell is simply absent.
 */
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { ChangeEntry } from '../../../domain/engagement/change-log';
import { CHANNEL_KINDS, type CommChannel } from '../../../domain/registers/channel-register';
import type { EngagementProfile } from '../../../domain/engagement/profile';
import { cleanFitAnswers, type FitAnswers } from '../../../domain/fit/fit-assessment';
import type { FunctionRow } from '../../../domain/matrix/function-row';
import { OWNER_LABELS, deriveOwner, type Owner, type SideRole } from '../../../domain/matrix/roles';
import { TOOL_CATEGORIES, type Tool } from '../../../domain/registers/tool-register';
import {
  summaryOf,
  type CollectionRecord,
  type EngagementSummary,
  type RecordCollection,
} from '../../../ports/engagement-store';
import {
  day90FromFields,
  day90ToFields,
  milestoneFromFields,
  milestoneToFields,
  plannerLinkFromFields,
  plannerLinkToFields,
} from './plan-fields';
import { reviewFromFields, reviewToFields } from './review-fields';
import { DECISION_LABELS, OPERATED_BY_LABELS, SIDE_LABELS, type ListKey } from './schema';
import {
  readBoolean,
  readChoice,
  readDate,
  readJson,
  readListed,
  readNumber,
  readRole,
  readText,
  writeDate,
  writeJson,
  writeOptionalDate,
  writeRole,
  type Fields,
} from './values';

export type { Fields };

/** The `fields` of a list item, as the record Graph's types describe it. */
export function fieldsOf(item: ListItem): Fields {
  return (item.fields ?? {}) as Fields;
}

export function rowToFields(engagementId: string, row: FunctionRow): Fields {
  const [internalRole, internalCondition] = writeRole(row.internal);
  const [mspRole, mspCondition] = writeRole(row.msp);
  return {
    Title: row.name,
    EngagementId: engagementId,
    RecordId: row.id,
    Category: row.category,
    InternalRole: internalRole,
    InternalCondition: internalCondition,
    MspRole: mspRole,
    MspCondition: mspCondition,
    Owner: OWNER_LABELS[deriveOwner(row.internal, row.msp)],
    TieBreaker: row.tieBreaker === null ? null : SIDE_LABELS[row.tieBreaker],
    Notes: row.notes,
    RowOrder: row.order,
    Archived: row.archived,
  };
}

export function rowFromFields(f: Fields): FunctionRow {
  return {
    id: readText(f['RecordId']),
    name: readText(f['Title']),
    category: readText(f['Category']),
    internal: readRole(f['InternalRole'], f['InternalCondition']),
    msp: readRole(f['MspRole'], f['MspCondition']),
    tieBreaker: f['TieBreaker'] ? readChoice(SIDE_LABELS, f['TieBreaker'], 'internal') : null,
    notes: readText(f['Notes']),
    order: readNumber(f['RowOrder']),
    archived: readBoolean(f['Archived']),
  };
}

export function toolToFields(engagementId: string, tool: Tool): Fields {
  return {
    Title: tool.name,
    EngagementId: engagementId,
    RecordId: tool.id,
    ToolCategory: tool.category,
    OperatedBy: OPERATED_BY_LABELS[tool.operatedBy],
    Decision: DECISION_LABELS[tool.decision],
    RetireBy: writeOptionalDate(tool.retireBy, 'Retire by'),
    Active: tool.active,
  };
}

export function toolFromFields(f: Fields): Tool {
  return {
    id: readText(f['RecordId']),
    name: readText(f['Title']),
    category: readListed(TOOL_CATEGORIES, f['ToolCategory'], 'Other'),
    operatedBy: readChoice(OPERATED_BY_LABELS, f['OperatedBy'], 'joint'),
    decision: readChoice(DECISION_LABELS, f['Decision'], 'undecided'),
    retireBy: readDate(f['RetireBy']),
    active: readBoolean(f['Active']),
  };
}

export function channelToFields(engagementId: string, channel: CommChannel): Fields {
  return {
    Title: channel.name,
    EngagementId: engagementId,
    RecordId: channel.id,
    ChannelKind: channel.kind,
    Active: channel.active,
  };
}

export function channelFromFields(f: Fields): CommChannel {
  return {
    id: readText(f['RecordId']),
    kind: readListed(CHANNEL_KINDS, f['ChannelKind'], 'Other'),
    name: readText(f['Title']),
    active: readBoolean(f['Active']),
  };
}

export function profileToFields(engagementId: string, profile: EngagementProfile): Fields {
  return {
    Title: profile.customer,
    EngagementId: engagementId,
    MspName: profile.mspName,
    EmployeeCount: profile.employeeCount,
    InternalItHeadcount: profile.internalItHeadcount,
    StartDate: writeDate(profile.startDate, 'Start date'),
    InternalLeadName: profile.internalLead.name,
    InternalLeadUpn: profile.internalLead.upn,
    MspLeadName: profile.mspLead.name,
    MspLeadUpn: profile.mspLead.upn,
    JointRowThreshold: profile.jointRowThreshold,
    LastReviewDate: writeOptionalDate(profile.lastReviewDate, 'Last signed review'),
    FitAnswers: writeFitAnswers(profile.fitAnswers),
    DeletedAt: profile.deletedAt ?? '',
  };
}

export function profileFromFields(f: Fields): EngagementProfile {
  return {
    customer: readText(f['Title']),
    employeeCount: readNumber(f['EmployeeCount']),
    internalItHeadcount: readNumber(f['InternalItHeadcount']),
    mspName: readText(f['MspName']),
    startDate: readDate(f['StartDate']) ?? '',
    internalLead: { name: readText(f['InternalLeadName']), upn: readText(f['InternalLeadUpn']) },
    mspLead: { name: readText(f['MspLeadName']), upn: readText(f['MspLeadUpn']) },
    jointRowThreshold: readNumber(f['JointRowThreshold']),
    lastReviewDate: readDate(f['LastReviewDate']),
    ...readFitAnswers(f['FitAnswers']),
    ...readDeletedAt(f['DeletedAt']),
  };
}

/** Empty when nothing is answered, so an engagement made before the questionnaire was saved reads alike. */
const writeFitAnswers = (answers: FitAnswers | undefined): string =>
  answers && Object.keys(answers).length > 0 ? writeJson(answers, 'The fit answers') : '';

/** Only known questions with yes/no answers are read back; anything else in the cell is dropped. */
function readFitAnswers(value: unknown): { fitAnswers?: FitAnswers } {
  const answers = cleanFitAnswers(readJson(value));
  return Object.keys(answers).length > 0 ? { fitAnswers: answers } : {};
}

/** An instant Tandem wrote; anything else in the cell (edited in Lists) reads as "not deleted". */
function readDeletedAt(value: unknown): { deletedAt?: string } {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? { deletedAt: value } : {};
}

export function summaryFromFields(f: Fields): EngagementSummary {
  return summaryOf(readText(f['EngagementId']), profileFromFields(f));
}

type Moment = ChangeEntry['from'];

function momentToFields(moment: Moment, suffix: 'Before' | 'After'): Fields {
  const [internalRole, internalCondition] = writeRole(moment.internal);
  const [mspRole, mspCondition] = writeRole(moment.msp);
  return {
    [`Owner${suffix}`]: OWNER_LABELS[moment.owner],
    [`InternalRole${suffix}`]: internalRole,
    [`InternalCondition${suffix}`]: internalCondition,
    [`MspRole${suffix}`]: mspRole,
    [`MspCondition${suffix}`]: mspCondition,
  };
}

function momentFromFields(f: Fields, suffix: 'Before' | 'After'): Moment {
  const internal: SideRole = readRole(f[`InternalRole${suffix}`], f[`InternalCondition${suffix}`]);
  const msp: SideRole = readRole(f[`MspRole${suffix}`], f[`MspCondition${suffix}`]);
  const owner: Owner = readChoice(OWNER_LABELS, f[`Owner${suffix}`], deriveOwner(internal, msp));
  return { owner, internal, msp };
}

export function entryToFields(engagementId: string, entry: ChangeEntry): Fields {
  return {
    Title: entry.rowName,
    EngagementId: engagementId,
    RecordId: entry.id,
    RowId: entry.rowId,
    LoggedAt: entry.at,
    ChangedBy: entry.by,
    ...momentToFields(entry.from, 'Before'),
    ...momentToFields(entry.to, 'After'),
    Renegotiated: entry.renegotiated,
    Reason: entry.reason,
  };
}

export function entryFromFields(f: Fields): ChangeEntry {
  return {
    id: readText(f['RecordId']),
    rowId: readText(f['RowId']),
    rowName: readText(f['Title']),
    at: readText(f['LoggedAt']),
    by: readText(f['ChangedBy']),
    from: momentFromFields(f, 'Before'),
    to: momentFromFields(f, 'After'),
    renegotiated: readBoolean(f['Renegotiated']),
    reason: readText(f['Reason']),
  };
}

interface RecordCodec<T> {
  readonly list: ListKey;
  toFields(engagementId: string, record: T): Fields;
  fromFields(fields: Fields): T;
}

/** The list and mapping of each record collection. */
export const RECORD_CODECS: { readonly [C in RecordCollection]: RecordCodec<CollectionRecord[C]> } =
  {
    rows: { list: 'rows', toFields: rowToFields, fromFields: rowFromFields },
    tools: { list: 'tools', toFields: toolToFields, fromFields: toolFromFields },
    channels: { list: 'channels', toFields: channelToFields, fromFields: channelFromFields },
    milestones: {
      list: 'milestones',
      toFields: milestoneToFields,
      fromFields: milestoneFromFields,
    },
    day90Checks: { list: 'day90Checks', toFields: day90ToFields, fromFields: day90FromFields },
    plannerLinks: {
      list: 'plannerLinks',
      toFields: plannerLinkToFields,
      fromFields: plannerLinkFromFields,
    },
    reviews: { list: 'reviews', toFields: reviewToFields, fromFields: reviewFromFields },
  };
