/**
 * What the "Fix" dialog of a change the store refused can edit: the user-typed text of each record
 * the change writes (domain/limits.ts), and the change rebuilt with the corrected text.
 */
import { isLimitedRecord, textFieldsOf, withTextAt, type TextFieldValue } from '../domain/limits';
import type { EditIntent, SaveAction } from '../application/session/edit-intent';

export interface FixableField extends TextFieldValue {
  /** `intent index/path`: unique within the change. */
  readonly key: string;
  /** Which record it belongs to ("Backup management", "Engagement profile"). */
  readonly record: string;
}

function recordOf(intent: EditIntent): { kind: string; record: object; name: string } | null {
  if (intent.kind === 'put-profile')
    return { kind: 'profile', record: intent.profile, name: 'Engagement profile' };
  if (intent.kind !== 'put') return null;
  const record = intent.record as { name?: unknown };
  return {
    kind: intent.collection,
    record: intent.record,
    name: typeof record.name === 'string' ? record.name : intent.record.id,
  };
}

/**
 * The fields to show: those over their limit, or — when the store refused the change for another
 * reason — every text field of the change, so the user can correct whichever it was.
 */
export function fixableFields(action: SaveAction): FixableField[] {
  const all = action.intents.flatMap((intent, index) => {
    const target = recordOf(intent);
    if (!target || !isLimitedRecord(target.kind)) return [];
    return textFieldsOf(target.kind, target.record).map((field) => ({
      ...field,
      key: `${index}/${field.path}`,
      record: target.name,
    }));
  });
  const tooLong = all.filter((field) => field.problem !== null);
  return tooLong.length > 0 ? tooLong : all;
}

/** The change with the text the user corrected (`values` by field key). */
export function fixedAction(action: SaveAction, values: ReadonlyMap<string, string>): SaveAction {
  return {
    ...action,
    intents: action.intents.map((intent, index): EditIntent => {
      let next = intent;
      for (const [key, value] of values) {
        const split = key.indexOf('/');
        if (Number(key.slice(0, split)) !== index) continue;
        const path = key.slice(split + 1);
        if (next.kind === 'put')
          next = { ...next, record: withTextAt(next.record, path, value) } as EditIntent;
        else if (next.kind === 'put-profile')
          next = { ...next, profile: withTextAt(next.profile, path, value) };
      }
      return next;
    }),
  };
}
