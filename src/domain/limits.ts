/**
 * How much text each stored field holds: the one place both the forms' validation and the
 * SharePoint schema take their limits from (tests/unit/adapters/graph/sharepoint/field-limits.test.ts
 * checks that every field below is stored in a column of its kind).
 *
 * SharePoint stores a field in a single line of text (at most 255 characters) or in multiple lines
 * of text (a "note", at most 63,999 characters) — docs/platform.md#sharepoint-columns. Local mode
 * keeps the same limits, so whatever it stores can be published to a team.
 */

export const TEXT_MAX_LENGTH = 255;
export const NOTE_MAX_LENGTH = 63_999;

export type TextKind = 'text' | 'note';

const MAX: Record<TextKind, number> = { text: TEXT_MAX_LENGTH, note: NOTE_MAX_LENGTH };

/** The user-typed text fields of each record, with their kind and the label a message names. */
export const TEXT_FIELDS = {
  rows: {
    name: { kind: 'text', label: 'The function name' },
    category: { kind: 'text', label: 'The category' },
    notes: { kind: 'note', label: 'The notes' },
    'internal.condition': { kind: 'note', label: "The internal side's condition" },
    'msp.condition': { kind: 'note', label: "The MSP's condition" },
  },
  tools: { name: { kind: 'text', label: 'The tool name' } },
  channels: { name: { kind: 'text', label: 'The channel name' } },
  milestones: { name: { kind: 'text', label: 'The milestone name' } },
  profile: {
    customer: { kind: 'text', label: 'The customer' },
    mspName: { kind: 'text', label: 'The MSP' },
    'internalLead.name': { kind: 'text', label: "The internal lead's name" },
    'internalLead.upn': { kind: 'text', label: "The internal lead's e-mail" },
    'mspLead.name': { kind: 'text', label: "The MSP lead's name" },
    'mspLead.upn': { kind: 'text', label: "The MSP lead's e-mail" },
  },
} as const satisfies Record<string, Record<string, { kind: TextKind; label: string }>>;

export type LimitedRecord = keyof typeof TEXT_FIELDS;

/** "The category is 300 characters long; at most 255 fit.", or null when it fits. */
export function lengthProblem(value: string, label: string, kind: TextKind): string | null {
  const max = MAX[kind];
  return value.length > max
    ? `${label} is ${value.length.toLocaleString('en')} characters long; at most ${max.toLocaleString('en')} fit.`
    : null;
}

const valueAt = (record: object, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined,
      record,
    );

/** The first text field of `record` that is too long to store, as a sentence; null when all fit. */
export function recordLengthProblem(kind: LimitedRecord, record: object): string | null {
  for (const [path, field] of Object.entries(TEXT_FIELDS[kind])) {
    const value = valueAt(record, path);
    if (typeof value !== 'string') continue;
    const problem = lengthProblem(value, field.label, field.kind);
    if (problem) return problem;
  }
  return null;
}

/** A row's text field that is too long, as the forms say it; null when it fits. */
export function rowFieldProblem(
  field: 'name' | 'category' | 'notes',
  value: string,
): string | null {
  const { label, kind } = TEXT_FIELDS.rows[field];
  return lengthProblem(value, label, kind);
}

export const isLimitedRecord = (kind: string): kind is LimitedRecord => kind in TEXT_FIELDS;

/** One user-typed text field of a record, as a form shows it. */
export interface TextFieldValue {
  readonly path: string;
  readonly label: string;
  readonly kind: TextKind;
  readonly value: string;
  readonly problem: string | null;
}

/** The text fields of `record` (those it has), each with its problem if it is too long. */
export function textFieldsOf(kind: LimitedRecord, record: object): TextFieldValue[] {
  return Object.entries(TEXT_FIELDS[kind]).flatMap(([path, field]) => {
    const value = valueAt(record, path);
    if (typeof value !== 'string') return [];
    return [
      {
        path,
        label: field.label,
        kind: field.kind,
        value,
        problem: lengthProblem(value, field.label, field.kind),
      },
    ];
  });
}

/** `record` with the text at `path` (`a.b`) replaced; other fields untouched. */
export function withTextAt<T extends object>(record: T, path: string, value: string): T {
  const [head, ...rest] = path.split('.');
  const current = (record as Record<string, unknown>)[head!];
  return {
    ...record,
    [head!]:
      rest.length === 0 ? value : withTextAt((current ?? {}) as object, rest.join('.'), value),
  };
}
