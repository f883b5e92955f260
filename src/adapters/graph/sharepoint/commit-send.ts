/**
 * Sending a planned commit and reading its outcome (see sharepoint/commit.ts for the rules): which
 * writes went through with which new eTag, which were refused (412 → conflict, unless what is
 * stored is already what was asked), and which were not applied because an earlier one failed.
 */
import type { ListItem } from '@microsoft/microsoft-graph-types';
import {
  StoreError,
  storeChangeTarget,
  type CommitResult,
  type RecordCollection,
  type StoreChange,
  type StoreConflict,
} from '../../../ports/engagement-store';
import { runBatches, type BatchOutcome } from '../http/batch';
import type { GraphRequestSpec } from '../http/send';
import { currentOf, sameRecord, type CommitPlan, type WriteStep } from './commit-plan';
import { eTagOf, refOf, type EngagementIndex, type StoreContext } from './index';
import { readCurrent } from './read';

const notSent = (): BatchOutcome => ({
  status: 424,
  headers: new Headers(),
  body: undefined,
  ambiguous: false,
});

/** The batches: `[guard?, …writes]`, then the log entries as a serial chain (see the header). */
export async function send(ctx: StoreContext, plan: CommitPlan, guard: GraphRequestSpec | null) {
  const head = [...(guard ? [guard] : []), ...plan.writes.map((w) => w.spec)];
  const logs = plan.logs.map((w) => w.spec);
  let outcomes: BatchOutcome[];
  if (plan.writes.length <= 1) {
    // At most one record write: guard → write → entries, as one serial chain in one round trip.
    const all = [...head, ...logs];
    outcomes = await runBatches(ctx.sender, all, all.length > 1 ? 'serial' : 'parallel');
  } else {
    outcomes = await runBatches(ctx.sender, head, guard ? 'anchored' : 'parallel');
    const saved = outcomes.every((outcome) => outcome.status < 300);
    outcomes.push(
      ...(saved && logs.length > 0
        ? await runBatches(ctx.sender, logs, 'serial')
        : logs.map(notSent)),
    );
  }
  return guard ? { guard: outcomes[0], results: outcomes.slice(1) } : { results: outcomes };
}

function newETag(step: WriteStep, outcome: BatchOutcome): string | undefined {
  const body = (outcome.body ?? {}) as ListItem & { '@odata.etag'?: string };
  const eTag = step.op === 'create' ? eTagOf(body) : body['@odata.etag'];
  return eTag || outcome.headers.get('ETag') || undefined;
}

function conflictOf(step: WriteStep, engagementId: string, item: ListItem | null): StoreConflict {
  const { change, target } = step;
  return {
    collection: change.kind === 'put' || change.kind === 'delete' ? change.collection : 'profile',
    id: change.kind === 'put-profile' ? engagementId : target.slice(target.indexOf('/') + 1),
    current: item ? currentOf(step.list, item) : null,
  };
}

export function conflictError(conflicts: readonly StoreConflict[]): StoreError {
  const what = conflicts.map((c) =>
    c.collection === 'profile' ? 'profile' : `${c.collection}/${c.id}`,
  );
  return new StoreError(
    'conflict',
    `Not saved: ${what.join(', ')} changed since this engagement was loaded. Reload to see the latest, then redo the change.`,
    conflicts,
  );
}

export interface Settlement {
  readonly versions: Map<string, string | null>;
  readonly conflicts: StoreConflict[];
  failure?: BatchOutcome;
  /** Saved, but the response carried no eTag (read it), or refused with 412 (read what is there). */
  readonly recheck: { step: WriteStep; saved: boolean }[];
  /** Created after a 503/504: may exist twice. */
  readonly ambiguousCreates: WriteStep[];
}

/** What each write's outcome means for the index, the result and the error. */
export function settle(
  index: EngagementIndex,
  engagementId: string,
  steps: readonly WriteStep[],
  results: readonly BatchOutcome[],
  into: Settlement,
): void {
  steps.forEach((step, i) => {
    const outcome = results[i]!;
    const { target } = step;
    if (outcome.status < 300) {
      if (step.op === 'delete') {
        index.records.delete(target);
        into.versions.set(target, null);
        return;
      }
      const itemId = step.itemId ?? String((outcome.body as ListItem | undefined)?.id ?? '');
      const eTag = newETag(step, outcome);
      // A create that may have run twice, or whose answer lacks its id, is looked up by RecordId.
      if (step.op === 'create' && (outcome.ambiguous || !eTag || !itemId)) {
        into.ambiguousCreates.push(step);
        if (!eTag || !itemId) return;
      }
      if (!eTag || !itemId) return void into.recheck.push({ step, saved: true });
      if (target === 'profile') index.engagement = { itemId, eTag };
      else index.records.set(target, { itemId, eTag });
      into.versions.set(target, eTag);
    } else if (outcome.status === 412) {
      into.recheck.push({ step, saved: false });
    } else if (outcome.status === 404 && step.op !== 'create' && target !== 'profile') {
      index.records.delete(target);
      // A delete that went through before a 503/504 (or in a failed earlier commit) finds nothing.
      const mine = step.op === 'delete' && (outcome.ambiguous || index.retryable.has(target));
      if (mine) into.versions.set(target, null);
      else into.conflicts.push(conflictOf(step, engagementId, null));
    } else if (outcome.status !== 424) {
      into.failure ??= outcome;
    }
  });
}

/** Reads back what `settle` could not decide: eTags missing from a response, records refused with 412. */
export async function recheck(
  ctx: StoreContext,
  index: EngagementIndex,
  engagementId: string,
  into: Settlement,
): Promise<void> {
  const reads = into.recheck.map(({ step }) => ({
    target: step.target,
    list: step.list,
    itemId: step.itemId ?? index.records.get(step.target)?.itemId ?? '',
  }));
  const current = await readCurrent(
    ctx,
    reads.filter((read) => read.itemId !== ''),
  );
  for (const { step, saved } of into.recheck) {
    const item = current.get(step.target) ?? null;
    const wanted =
      step.change.kind === 'put'
        ? step.change.record
        : step.change.kind === 'put-profile'
          ? step.change.profile
          : null;
    if (item && (saved || (wanted && sameRecord(wanted, currentOf(step.list, item))))) {
      const ref = refOf(item);
      if (step.target === 'profile') index.engagement = ref;
      else index.records.set(step.target, ref);
      into.versions.set(step.target, ref.eTag);
    } else {
      into.conflicts.push(conflictOf(step, engagementId, item));
    }
  }
}

export function resultOf(
  changes: readonly StoreChange[],
  versions: Map<string, string | null>,
): CommitResult {
  const records: { collection: RecordCollection; id: string; version: string | null }[] = [];
  let profileVersion: string | null = null;
  for (const change of changes) {
    const version = versions.get(storeChangeTarget(change)) ?? null;
    if (change.kind === 'put-profile') profileVersion = version;
    if (change.kind === 'put')
      records.push({ collection: change.collection, id: change.record.id, version });
    if (change.kind === 'delete')
      records.push({ collection: change.collection, id: change.id, version: null });
  }
  return { profileVersion, versions: records };
}
