/**
 * `commit` on SharePoint: find the items the changes touch, refuse what is certainly stale, then send
 * the writes as one `$batch` where possible, every update and delete with `If-Match: <eTag>`.
 *
 * SharePoint has no multi-item transaction, so this keeps partial saves rare and harmless instead:
 * - A commit with two or more record writes first reads the records it changes and refuses the whole
 *   commit on a stale version, writing nothing. Between that read and the writes (milliseconds)
 *   another save can still move a record on: then that record is refused (412, `conflict`, left as it
 *   is) while the others of the commit are saved.
 * - Change-log entries are written after the records, in order, as a serial chain: when a record
 *   write fails, no entry is appended (and when an entry fails, the later ones are not appended).
 * - A commit that creates records first checks, in the same `$batch`, that the engagement still
 *   exists; if it was deleted meanwhile, nothing is created.
 * - Retrying a commit that half went through is safe: records already saved as asked are settled
 *   without a write, log entries and deletes it already made are recognised (`retryable`).
 *
 * Round trips: one record write (with any log entries) is one `$batch` — for an edited row, one
 * PATCH (2 RU). Two or more record writes take a pre-check batch, the writes, then the entries.
 * A record the store has not seen (another tab's new row) costs one look-up batch first.
 */
import type { ListItem } from '@microsoft/microsoft-graph-types';
import {
  StoreError,
  storeChangeTarget,
  type CommitResult,
  type StoreChange,
} from '../../../ports/engagement-store';
import { outcomeFailure } from '../http/batch';
import { listOfChange, planCommit, type TargetState } from './commit-plan';
import { conflictError, recheck, resultOf, send, settle, type Settlement } from './commit-send';
import { dedupeCreated } from './dedupe';
import { isLaterVersion, refOf, type EngagementIndex, type StoreContext } from './index';
import { lookUp, readCurrent } from './read';
import { getItem } from './requests';

function assertOneChangePerRecord(changes: readonly StoreChange[]): void {
  const seen = new Set<string>();
  for (const target of changes.map(storeChangeTarget)) {
    if (seen.has(target)) {
      throw new StoreError('invalid', `One save changed ${target} twice; combine the changes.`);
    }
    seen.add(target);
  }
}

const baseOf = (change: StoreChange): string | null =>
  change.kind === 'append-log' ? null : change.baseVersion;

function needsLookUp(index: EngagementIndex, change: StoreChange, target: string): boolean {
  if (target === 'profile' || index.records.has(target)) return false;
  return baseOf(change) !== null || !index.complete || index.retryable.has(target);
}

/** Finds the engagement and the items the commit touches; `fresh` holds what was just read. */
async function resolve(
  ctx: StoreContext,
  engagementId: string,
  changes: readonly StoreChange[],
  fresh: Map<string, ListItem | null>,
): Promise<EngagementIndex> {
  const known = ctx.indexes.get(engagementId);
  const targets = changes.map(storeChangeTarget);
  const unknown = targets.filter((t, i) => !known || needsLookUp(known, changes[i]!, t));
  const wanted = unknown.filter((target) => target !== 'profile');
  if (known && wanted.length === 0) return known;
  const { engagement, found } = await lookUp(ctx, engagementId, wanted, !known);
  let index = known;
  if (!index) {
    if (!engagement) {
      throw new StoreError(
        'not-found',
        "This engagement is not in the team's lists; it may have been deleted.",
      );
    }
    index = {
      engagement: refOf(engagement),
      records: new Map(),
      complete: false,
      retryable: new Set(),
    };
    ctx.indexes.set(engagementId, index);
    fresh.set('profile', engagement);
  }
  for (const target of wanted) {
    const item = found.get(target);
    if (item) index.records.set(target, refOf(item));
    else index.records.delete(target);
    fresh.set(target, item ?? null);
  }
  return index;
}

/** Which known items to read before writing: to confirm a conflict, or to pre-check a multi-write commit. */
function readsNeeded(
  index: EngagementIndex,
  changes: readonly StoreChange[],
  fresh: Map<string, ListItem | null>,
) {
  const writes = changes.filter((change) => change.kind !== 'append-log').length;
  return changes.flatMap((change) => {
    const target = storeChangeTarget(change);
    const ref = target === 'profile' ? index.engagement : index.records.get(target);
    if (!ref || fresh.has(target) || change.kind === 'append-log') return [];
    const base = baseOf(change);
    const read = base === null || isLaterVersion(ref.eTag, base) || writes >= 2;
    return read ? [{ target, list: listOfChange(change), itemId: ref.itemId }] : [];
  });
}

export async function commitChanges(
  ctx: StoreContext,
  engagementId: string,
  changes: readonly StoreChange[],
): Promise<CommitResult> {
  assertOneChangePerRecord(changes);
  if (changes.length === 0) return { profileVersion: null, versions: [] };
  const fresh = new Map<string, ListItem | null>();
  const index = await resolve(ctx, engagementId, changes, fresh);
  for (const [target, item] of await readCurrent(ctx, readsNeeded(index, changes, fresh))) {
    fresh.set(target, item);
    if (item === null) index.records.delete(target);
  }
  const stateOf = (target: string): TargetState => {
    const item = fresh.get(target);
    if (item === null) return { ref: null };
    if (item) return { ref: refOf(item), current: item };
    const ref = target === 'profile' ? index.engagement : index.records.get(target);
    return { ref: ref ?? null };
  };
  const plan = planCommit(ctx.site, engagementId, changes, stateOf, index.retryable);
  if (plan.invalid.length > 0) throw new StoreError('invalid', plan.invalid.join(' '));
  if (plan.conflicts.length > 0) throw conflictError(plan.conflicts);

  const steps = [...plan.writes, ...plan.logs];
  // A just-looked-up engagement is known to exist; a remembered one may have been deleted meanwhile.
  const guard =
    steps.some((step) => step.op === 'create') && !fresh.has('profile')
      ? getItem(ctx.site.siteId, ctx.site.lists.engagements, index.engagement.itemId, [
          'EngagementId',
        ])
      : null;
  let sent: Awaited<ReturnType<typeof send>>;
  try {
    sent = await send(ctx, plan, guard);
  } catch (error) {
    // What the batch did is unknown: forget these items so that a retry looks them up.
    for (const step of steps) {
      index.records.delete(step.target);
      index.retryable.add(step.target);
    }
    throw error;
  }
  if (sent.guard && sent.guard.status !== 200) {
    if (sent.guard.status !== 404) throw outcomeFailure(sent.guard);
    ctx.indexes.delete(engagementId);
    throw new StoreError('not-found', 'This engagement was deleted meanwhile; nothing was saved.');
  }

  const outcome: Settlement = {
    versions: new Map(plan.settled),
    conflicts: [],
    recheck: [],
    ambiguousCreates: [],
  };
  settle(index, engagementId, steps, sent.results, outcome);
  if (outcome.recheck.length > 0) await recheck(ctx, index, engagementId, outcome);
  for (const [target, ref] of await dedupeCreated(ctx, engagementId, outcome.ambiguousCreates)) {
    index.records.set(target, ref);
    outcome.versions.set(target, ref.eTag);
  }
  const profileFailed = steps.find(
    (s, i) => s.target === 'profile' && sent.results[i]?.status === 404,
  );
  if (outcome.conflicts.length > 0 || outcome.failure || profileFailed) {
    for (const step of steps) index.retryable.add(step.target);
    if (outcome.conflicts.length > 0) throw conflictError(outcome.conflicts);
    if (profileFailed) {
      ctx.indexes.delete(engagementId);
      throw new StoreError('not-found', 'This engagement was deleted meanwhile.');
    }
    throw outcomeFailure(outcome.failure!);
  }
  for (const change of changes) index.retryable.delete(storeChangeTarget(change));
  return resultOf(changes, outcome.versions);
}
