/**
 * After the action at the head of the queue was merged with what another person stored, the
 * actions queued behind it still hold records built on the head as it was before the merge: sent
 * as they are, they would put back the values the merge had just taken from the other person
 * (whole records are written). Each later record is therefore rebased on the merged one, field by
 * field: what the later action changed itself stays; the rest comes from the merge. A row's log
 * entry is described again from the merged roles to the rebased ones, so the log tells what moved.
 */
import { ownerOf, type FunctionRow } from '../../domain/matrix/function-row';
import type { EditIntent, SaveAction } from './edit-intent';
import { mergeFields, same, withRecord } from './merge-conflicts';
import { intentKey } from './pending-work';

type Fields = Record<string, unknown>;

const recordOf = (intent: EditIntent): Fields | null =>
  intent.kind === 'put'
    ? (intent.record as unknown as Fields)
    : intent.kind === 'put-profile'
      ? (intent.profile as unknown as Fields)
      : null;

/** `later`, rebased on the head's merge (`original` → `resolved`). */
export function rebaseLater(
  original: SaveAction,
  resolved: SaveAction,
  later: readonly SaveAction[],
): SaveAction[] {
  /** Per record: what later actions were built on, and what it is now. */
  const chain = new Map<string, { built: Fields; now: Fields }>();
  for (const intent of original.intents) {
    const key = intentKey(intent);
    const before = recordOf(intent);
    const after = resolved.intents.find((candidate) => intentKey(candidate) === key);
    const now = after ? recordOf(after) : null;
    if (key && before && now && !same(before, now)) chain.set(key, { built: before, now });
  }
  if (chain.size === 0) return [...later];
  return later.map((action) => {
    const moved = new Map<string, { from: FunctionRow; to: FunctionRow }>();
    const intents = action.intents.map((intent): EditIntent => {
      const key = intentKey(intent);
      const link = key ? chain.get(key) : undefined;
      const mine = recordOf(intent);
      if (!key || !link || !mine) return intent;
      const rebased = mergeFields(link.built, mine, link.now).keepMine;
      chain.set(key, { built: mine, now: rebased });
      if (intent.kind === 'put' && intent.collection === 'rows') {
        moved.set(intent.record.id, {
          from: link.now as unknown as FunctionRow,
          to: rebased as unknown as FunctionRow,
        });
      }
      return withRecord(intent, rebased);
    });
    return {
      ...action,
      intents: intents.map((intent): EditIntent => {
        const move = intent.kind === 'append-log' ? moved.get(intent.entry.rowId) : undefined;
        if (intent.kind !== 'append-log' || !move) return intent;
        const { from, to } = move;
        return {
          ...intent,
          entry: {
            ...intent.entry,
            from: { owner: ownerOf(from), internal: from.internal, msp: from.msp },
            to: { owner: ownerOf(to), internal: to.internal, msp: to.msp },
          },
        };
      }),
    };
  });
}
