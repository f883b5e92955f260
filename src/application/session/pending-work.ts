/**
 * The session's unsent work as it is kept in the outbox (ports/outbox.ts), and how a later session
 * takes it over.
 *
 * Each action is kept with the records it was made on — their values and versions as last
 * confirmed — so a replay is judged by the same rules as a live save: what is stored already is
 * not sent again, and a record someone else changed meanwhile comes back as a conflict, merged
 * field by field against the values this user started from (merge-conflicts.ts), never overwritten.
 */
import { canonical } from '../../domain/canonical';
import {
  withoutVersion as withoutStoredVersion,
  type StoredEngagement,
} from '../../ports/engagement-store';
import { mergeFields } from './merge-conflicts';
import { PROFILE_KEY, versionKey, type EditIntent, type SaveAction } from './edit-intent';

/** A record as it was before an action: its version (`null`: not stored) and its values. */
export interface BaseRecord {
  readonly key: string;
  readonly version: string | null;
  readonly record: Record<string, unknown> | null;
}

export interface SetAsideWork {
  readonly action: SaveAction;
  readonly message: string;
  /** The records the action was made on, for applying only its own changes later. */
  readonly base: readonly BaseRecord[];
}

export interface PendingWork {
  readonly schema: 1;
  readonly actions: readonly SaveAction[];
  readonly notSaved: readonly SetAsideWork[];
  readonly base: readonly BaseRecord[];
}

/** The version key of the record an intent writes; null for log entries. */
export function intentKey(intent: EditIntent): string | null {
  switch (intent.kind) {
    case 'put':
      return versionKey(intent.collection, intent.record.id);
    case 'delete':
      return versionKey(intent.collection, intent.id);
    case 'put-profile':
      return PROFILE_KEY;
    case 'append-log':
      return null;
  }
}

function recordAt(engagement: StoredEngagement, key: string): Record<string, unknown> | null {
  if (key === PROFILE_KEY) return engagement.profile as unknown as Record<string, unknown>;
  const split = key.indexOf(':');
  const collection = key.slice(0, split) as keyof StoredEngagement;
  const id = key.slice(split + 1);
  const records = engagement[collection] as readonly { id: string }[];
  return (records.find((record) => record.id === id) as Record<string, unknown>) ?? null;
}

/** The records `actions` write, as `engagement` and `known` have them. */
export function baseRecords(
  actions: readonly SaveAction[],
  engagement: StoredEngagement,
  known: ReadonlyMap<string, string>,
): BaseRecord[] {
  const keys = new Set(actions.flatMap((action) => action.intents.map(intentKey)));
  keys.delete(null);
  return [...keys].map((key) => ({
    key: key!,
    version: known.get(key!) ?? null,
    record: recordAt(engagement, key!),
  }));
}

const withoutVersion = (record: Record<string, unknown> | null) =>
  record && withoutStoredVersion(record);
/** Same domain data, versions aside (domain/canonical.ts orders keys and drops undefined). */
const same = (a: object | null, b: object | null) =>
  JSON.stringify(canonical(a && withoutStoredVersion(a))) ===
  JSON.stringify(canonical(b && withoutStoredVersion(b)));

/** True when `engagement` already holds what the intent asks for (an earlier send got through). */
function alreadyStored(intent: EditIntent, engagement: StoredEngagement): boolean {
  switch (intent.kind) {
    case 'append-log':
      return engagement.changeLog.some((entry) => entry.id === intent.entry.id);
    case 'delete':
      return recordAt(engagement, intentKey(intent)!) === null;
    case 'put':
      return same(recordAt(engagement, intentKey(intent)!), intent.record);
    case 'put-profile':
      return same(engagement.profile, intent.profile);
  }
}

export interface Takeover {
  /** The loaded engagement, with the records still to be written as the actions were made on. */
  readonly engagement: StoredEngagement;
  readonly known: Map<string, string>;
  readonly actions: readonly SaveAction[];
  readonly notSaved: readonly SetAsideWork[];
}

/**
 * Take over work left behind, on top of the engagement just loaded: intents the store holds already
 * are dropped (an action with none left is done); every record still to be written goes back to
 * the values and version the action was made on, so a record changed meanwhile is a conflict.
 */
export function takeOver(
  loaded: StoredEngagement,
  known: ReadonlyMap<string, string>,
  works: readonly PendingWork[],
): Takeover {
  const actions = works
    .flatMap((work) => work.actions)
    .map((action) => ({
      ...action,
      intents: action.intents.filter((intent) => !alreadyStored(intent, loaded)),
    }))
    .filter((action) => action.intents.length > 0);
  const bases = new Map<string, BaseRecord>();
  for (const base of works.flatMap((work) => work.base)) {
    if (!bases.has(base.key)) bases.set(base.key, base); // the oldest session's view wins
  }
  let engagement = loaded;
  const nextKnown = new Map(known);
  const touched = new Set(actions.flatMap((action) => action.intents.map(intentKey)));
  for (const key of touched) {
    const base = key === null ? undefined : bases.get(key);
    if (!base || known.get(base.key) === (base.version ?? undefined)) continue;
    if (base.version === null) nextKnown.delete(base.key);
    else nextKnown.set(base.key, base.version);
    engagement = withRecordAt(engagement, base.key, base.record);
  }
  return {
    engagement,
    known: nextKnown,
    actions,
    notSaved: works.flatMap((work) => work.notSaved),
  };
}

function withRecordAt(
  engagement: StoredEngagement,
  key: string,
  record: Record<string, unknown> | null,
): StoredEngagement {
  if (key === PROFILE_KEY) {
    return record ? { ...engagement, profile: record as never } : engagement;
  }
  const split = key.indexOf(':');
  const collection = key.slice(0, split) as keyof StoredEngagement;
  const id = key.slice(split + 1);
  const others = (engagement[collection] as readonly { id: string }[]).filter((r) => r.id !== id);
  return { ...engagement, [collection]: record ? [...others, record] : others };
}

/**
 * A set-aside action made to apply to the engagement as it is now: each record gets only the
 * fields the action itself changed (from its base), so edits made since to other fields of the
 * same record stay; where a later edit changed the same field too, the later edit wins.
 */
export function rebaseSetAside(work: SetAsideWork, now: StoredEngagement): SaveAction {
  const bases = new Map(work.base.map((base) => [base.key, base]));
  const intents = work.action.intents.map((intent): EditIntent => {
    if (intent.kind !== 'put' && intent.kind !== 'put-profile') return intent;
    const key = intentKey(intent)!;
    const current = withoutVersion(recordAt(now, key));
    const base = bases.get(key);
    const mine = (intent.kind === 'put' ? intent.record : intent.profile) as unknown as Record<
      string,
      unknown
    >;
    if (!current || !base) return intent;
    const merged = mergeFields(withoutVersion(base.record), mine, current).takeTheirs;
    return intent.kind === 'put'
      ? ({ ...intent, record: merged as never } as EditIntent)
      : { ...intent, profile: merged as never };
  });
  return { ...work.action, intents };
}
