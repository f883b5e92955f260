import type {
  RecordCollection,
  StoreConflict,
  StoredEngagement,
} from '../../ports/engagement-store';
import type { ChangeEntry } from '../../domain/engagement/change-log';
import { ownerOf, type FunctionRow } from '../../domain/matrix/function-row';
import type { EditIntent, SaveAction } from './edit-intent';

/**
 * Three-way merge of a rejected save against what is stored now, field by field, using the
 * version the user started from as the base: a field only one side changed takes that side's
 * value silently; a field both sides changed differently is a real conflict for the user to decide.
 * Works the same for every store (IndexedDB from another tab, SharePoint from another person).
 */

type Fields = Record<string, unknown>;

export interface FieldConflict {
  readonly field: string;
  readonly mine: unknown;
  readonly theirs: unknown;
}

export interface RecordMerge {
  readonly conflict: StoreConflict;
  /** A person-readable name of the record ("Backup management and testing", "Profile"). */
  readonly label: string;
  readonly fields: readonly FieldConflict[];
  /** The record to save if the user keeps their values (null: delete / nothing to save). */
  readonly keepMine: EditIntent | null;
  /** The record to save if the user takes the stored values where both changed. */
  readonly takeTheirs: EditIntent | null;
}

export interface ConflictPlan {
  /** True when no field was changed on both sides: the merge can be saved without asking. */
  readonly clean: boolean;
  readonly merges: readonly RecordMerge[];
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const IGNORED = new Set(['version']);

/** Field-level merge: `mine` and `theirs` both descend from `base`. */
export function mergeFields(base: Fields | null, mine: Fields, theirs: Fields) {
  const keys = new Set(
    [...Object.keys(mine), ...Object.keys(theirs)].filter((k) => !IGNORED.has(k)),
  );
  const keepMine: Fields = {};
  const takeTheirs: Fields = {};
  const conflicts: FieldConflict[] = [];
  for (const key of keys) {
    const [b, m, t] = [base?.[key], mine[key], theirs[key]];
    if (same(m, t) || (base !== null && same(t, b))) {
      keepMine[key] = takeTheirs[key] = m;
    } else if (base !== null && same(m, b)) {
      keepMine[key] = takeTheirs[key] = t;
    } else {
      keepMine[key] = m;
      takeTheirs[key] = t;
      conflicts.push({ field: key, mine: m, theirs: t });
    }
  }
  return { keepMine, takeTheirs, conflicts };
}

function intentTarget(
  intent: EditIntent,
): { collection: RecordCollection | 'profile'; id: string } | null {
  if (intent.kind === 'put') return { collection: intent.collection, id: intent.record.id };
  if (intent.kind === 'delete') return { collection: intent.collection, id: intent.id };
  if (intent.kind === 'put-profile') return { collection: 'profile', id: '' };
  return null;
}

const matches = (intent: EditIntent, conflict: StoreConflict) => {
  const target = intentTarget(intent);
  return (
    target !== null &&
    target.collection === conflict.collection &&
    (target.collection === 'profile' || target.id === conflict.id)
  );
};

function baseOf(engagement: StoredEngagement, conflict: StoreConflict): Fields | null {
  if (conflict.collection === 'profile') return engagement.profile as unknown as Fields;
  const records = engagement[conflict.collection] as readonly { id: string }[];
  return (records.find((record) => record.id === conflict.id) as Fields | undefined) ?? null;
}

/** The put (or profile put) `intent` with `record` in place of its own. */
export function withRecord(intent: EditIntent, record: Fields): EditIntent {
  if (intent.kind === 'put') return { ...intent, record: record as never };
  if (intent.kind === 'put-profile') return { ...intent, profile: record as never };
  return intent;
}

function labelOf(conflict: StoreConflict, intent: EditIntent | undefined): string {
  if (conflict.collection === 'profile') return 'Engagement profile';
  const record = (intent?.kind === 'put' ? intent.record : conflict.current) as {
    name?: string;
  } | null;
  return record?.name ?? conflict.id;
}

/** How each conflicting record of `action` merges with the stored version. */
export function planConflictResolution(
  action: SaveAction,
  conflicts: readonly StoreConflict[],
  confirmed: StoredEngagement,
): ConflictPlan {
  const merges = conflicts.map((conflict): RecordMerge => {
    const intent = action.intents.find((candidate) => matches(candidate, conflict));
    const label = labelOf(conflict, intent);
    const theirs = conflict.current as unknown as Fields | null;
    if (!intent || intent.kind === 'append-log') {
      return { conflict, label, fields: [], keepMine: null, takeTheirs: null };
    }
    if (intent.kind === 'delete' || theirs === null) {
      // Deleted on one side, changed on the other: never decided silently.
      return {
        conflict,
        label,
        fields: [
          {
            field: 'record',
            mine: intent.kind === 'delete' ? 'deleted' : 'changed',
            theirs: theirs === null ? 'deleted' : 'changed',
          },
        ],
        keepMine: intent,
        takeTheirs: null,
      };
    }
    const mine = (intent.kind === 'put' ? intent.record : intent.profile) as unknown as Fields;
    const merged = mergeFields(baseOf(confirmed, conflict), mine, theirs);
    return {
      conflict,
      label,
      fields: merged.conflicts,
      keepMine: withRecord(intent, merged.keepMine),
      takeTheirs: withRecord(intent, merged.takeTheirs),
    };
  });
  return { clean: merges.every((merge) => merge.fields.length === 0), merges };
}

/**
 * The action to send after the user's choice (or a clean merge): conflicting records replaced by
 * their merge; a change the user gave up is dropped, and so is the change-log entry that described it.
 */
export function resolveAction(
  action: SaveAction,
  plan: ConflictPlan,
  choice: 'mine' | 'theirs',
): SaveAction {
  const dropped = new Set<string>();
  /** A row's log entry, re-described from what is stored now to what is being saved. */
  const rewritten = new Map<string, ChangeEntry>();
  const intents = action.intents.flatMap((intent): EditIntent[] => {
    const merge = plan.merges.find((candidate) => matches(intent, candidate.conflict));
    if (!merge) return [intent];
    const chosen = choice === 'mine' ? merge.keepMine : merge.takeTheirs;
    if (chosen === null) {
      dropped.add(merge.conflict.id);
      return [];
    }
    if (chosen.kind === 'put' && chosen.collection === 'rows') {
      const row = chosen.record;
      const entry = action.intents.find((i) => i.kind === 'append-log' && i.entry.rowId === row.id);
      const stored = merge.conflict.current as FunctionRow | null;
      if (entry?.kind === 'append-log') {
        const saved = [row.internal, row.msp];
        const { from, to } = entry.entry;
        // The user's move survives the merge when every side it changed is saved as they set it.
        const moved = (['internal', 'msp'] as const).filter((side) => !same(from[side], to[side]));
        const survives = moved.every((side) => same(row[side], to[side]));
        if (!survives) {
          dropped.add(row.id);
        } else if (same([to.internal, to.msp], saved)) {
          // Logged as made: nothing to change.
        } else if (stored && !same([stored.internal, stored.msp], saved)) {
          // The other side's change to the same row merged in (one changed the internal role, the
          // other the MSP's): this user's move is still a move, from what is stored to what is
          // saved, and is logged as such — the other person's entry is in the log already.
          rewritten.set(row.id, {
            ...entry.entry,
            from: { owner: ownerOf(stored), internal: stored.internal, msp: stored.msp },
            to: { owner: ownerOf(row), internal: row.internal, msp: row.msp },
          });
        }
        // Else what is stored holds the move already — its write landed, then the save failed
        // before its entry was appended (a retry) — so the entry is logged as the user made it:
        // dropping it would lose the record of who changed what.
      }
    }
    return [chosen];
  });
  return {
    ...action,
    intents: intents.flatMap((intent): EditIntent[] => {
      if (intent.kind !== 'append-log') return [intent];
      if (dropped.has(intent.entry.rowId)) return [];
      const entry = rewritten.get(intent.entry.rowId);
      return [entry ? { ...intent, entry } : intent];
    }),
  };
}
