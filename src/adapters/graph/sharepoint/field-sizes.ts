/**
 * The last check before an item is written: every text value fits its column (Title and single
 * line of text: 255 characters; multiple lines of text: 63,999 — docs/platform.md#sharepoint-columns).
 * The session checks the fields people type before sending (domain/limits.ts); this catches what
 * the adapter itself composes (JSON columns, joined lists), so SharePoint never answers 400 for a
 * value Tandem could have measured, and the user is told which list and column instead.
 */
import { NOTE_MAX_LENGTH, TEXT_MAX_LENGTH } from '../../../domain/limits';
import type { Fields } from './fields';
import { LISTS, type ListKey } from './schema';

const MAX_BY_COLUMN = new Map<ListKey, Map<string, number>>(
  (Object.keys(LISTS) as ListKey[]).map((key) => [
    key,
    new Map<string, number>([
      ['Title', TEXT_MAX_LENGTH],
      ...LISTS[key].columns.flatMap((column): [string, number][] =>
        column.kind === 'text'
          ? [[column.name, TEXT_MAX_LENGTH]]
          : column.kind === 'note'
            ? [[column.name, NOTE_MAX_LENGTH]]
            : [],
      ),
    ]),
  ]),
);

/** A sentence naming the first value too long for its column, or null when all fit. */
export function oversizedField(list: ListKey, fields: Fields): string | null {
  const limits = MAX_BY_COLUMN.get(list)!;
  for (const [name, value] of Object.entries(fields)) {
    const max = limits.get(name);
    if (max === undefined || typeof value !== 'string' || value.length <= max) continue;
    const column =
      name === 'Title'
        ? LISTS[list].titleDisplayName
        : (LISTS[list].columns.find((c) => c.name === name)?.displayName ?? name);
    return `${column} in ${LISTS[list].displayName} would be ${value.length.toLocaleString('en')} characters; SharePoint keeps at most ${max.toLocaleString('en')}.`;
  }
  return null;
}
