/**
 * Deciding what a commit sends, from what the store knows about each record it touches (pure).
 *
 * A change whose base version is already known to be stale becomes a conflict here, before anything
 * is written. A change that asks for exactly what is stored already is settled without a write:
 * re-saving one's own edit (after a retry, or an earlier commit that half went through) is not a
 * conflict, and no one's edit is overwritten by it.
 */
import type { ListItem } from '@microsoft/microsoft-graph-types';
import {
  storeChangeTarget,
  type StoreChange,
  type StoreConflict,
} from '../../../ports/engagement-store';
import type { GraphRequestSpec } from '../http/send';
import { RECORD_CODECS, entryToFields, profileToFields, type Fields } from './fields';
import { eTagOf, type ItemRef, type SiteLists } from './index';
import { recordOf, type AnyVersioned } from './read';
import { createItem, deleteItem, updateItemFields } from './requests';
import { oversizedField } from './field-sizes';
import type { ListKey } from './schema';

/** What the store knows about one target: its item (`null`: absent) and, if just read, its content. */
export interface TargetState {
  readonly ref: ItemRef | null;
  /** The item as just read; `undefined` when it was not read in this commit. */
  readonly current?: ListItem;
}

export interface WriteStep {
  readonly change: StoreChange;
  readonly target: string;
  readonly list: ListKey;
  readonly op: 'create' | 'update' | 'delete';
  readonly itemId?: string;
  readonly spec: GraphRequestSpec;
}

export interface CommitPlan {
  /** Record and profile writes. */
  readonly writes: WriteStep[];
  /** Change-log appends, in commit order. */
  readonly logs: WriteStep[];
  /** Targets that need no write, with the version they already have (`null`: gone). */
  readonly settled: Map<string, string | null>;
  readonly conflicts: StoreConflict[];
  readonly invalid: string[];
}

export const listOfChange = (change: StoreChange): ListKey =>
  change.kind === 'put-profile'
    ? 'engagements'
    : change.kind === 'append-log'
      ? 'changeLog'
      : change.collection;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key, v]) => key !== 'version' && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Same domain data, versions aside. */
export const sameRecord = (a: object, b: object): boolean => canonical(a) === canonical(b);

export function currentOf(list: ListKey, item: ListItem): AnyVersioned {
  if (list === 'changeLog') throw new Error('Change-log entries have no version.');
  return recordOf(list, item);
}

function fieldsFor(engagementId: string, change: StoreChange): Fields {
  switch (change.kind) {
    case 'put':
      return (RECORD_CODECS[change.collection].toFields as (e: string, r: object) => Fields)(
        engagementId,
        change.record,
      );
    case 'put-profile':
      return profileToFields(engagementId, change.profile);
    case 'append-log':
      return entryToFields(engagementId, change.entry);
    case 'delete':
      return {};
  }
}

export function planCommit(
  site: SiteLists,
  engagementId: string,
  changes: readonly StoreChange[],
  stateOf: (target: string) => TargetState,
  retryable: ReadonlySet<string>,
): CommitPlan {
  const plan: CommitPlan = { writes: [], logs: [], settled: new Map(), conflicts: [], invalid: [] };
  for (const change of changes) {
    const target = storeChangeTarget(change);
    const list = listOfChange(change);
    const listId = site.lists[list];
    const { ref, current } = stateOf(target);
    const conflictId =
      change.kind === 'put-profile' ? engagementId : target.slice(target.indexOf('/') + 1);
    const collection =
      change.kind === 'put' || change.kind === 'delete' ? change.collection : 'profile';
    const conflict = (item: ListItem | null) =>
      plan.conflicts.push({
        collection,
        id: conflictId,
        current: item ? currentOf(list, item) : null,
      });
    const step = (op: WriteStep['op'], spec: GraphRequestSpec, itemId?: string): WriteStep => ({
      change,
      target,
      list,
      op,
      spec,
      ...(itemId ? { itemId } : {}),
    });
    /** The item's fields, each measured against its column (field-sizes.ts). */
    const fields = () => {
      const composed = fieldsFor(engagementId, change);
      const problem = oversizedField(list, composed);
      if (problem) plan.invalid.push(problem);
      return composed;
    };
    const create = () => step('create', createItem(site.siteId, listId, fields()));

    if (change.kind === 'append-log') {
      if (ref === null) plan.logs.push(create());
      else if (retryable.has(target)) plan.settled.set(target, null);
      else
        plan.invalid.push(
          `Change-log entry ${change.entry.id} is already stored, and log entries never change.`,
        );
      continue;
    }
    if (change.kind === 'put' && change.baseVersion === null) {
      if (ref === null) plan.writes.push(create());
      else if (current && sameRecord(change.record, currentOf(list, current))) {
        plan.settled.set(target, eTagOf(current));
      } else conflict(current ?? null);
      continue;
    }
    const base = change.baseVersion as string;
    if (ref === null) {
      if (change.kind === 'delete' && retryable.has(target)) plan.settled.set(target, null);
      else conflict(null);
      continue;
    }
    if (current && eTagOf(current) !== base) {
      const wanted =
        change.kind === 'put'
          ? change.record
          : change.kind === 'put-profile'
            ? change.profile
            : null;
      if (wanted && sameRecord(wanted, currentOf(list, current)))
        plan.settled.set(target, eTagOf(current));
      else conflict(current);
      continue;
    }
    plan.writes.push(
      change.kind === 'delete'
        ? step('delete', deleteItem(site.siteId, listId, ref.itemId, base), ref.itemId)
        : step(
            'update',
            updateItemFields(site.siteId, listId, ref.itemId, base, fields()),
            ref.itemId,
          ),
    );
  }
  return plan;
}
