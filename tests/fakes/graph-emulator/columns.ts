/**
 * SharePoint column definitions as Graph exposes them (docs/platform.md#sharepoint-columns):
 * parsing a definition from a request, the genericList template columns, the JSON Graph returns,
 * and PATCH updates.
 */
import { invalidRequest, isPlainObject } from './errors';

// docs/platform.md#sharepoint-columns: the type facets, mutually exclusive.
export const COLUMN_TYPES = [
  'boolean',
  'calculated',
  'choice',
  'currency',
  'dateTime',
  'lookup',
  'number',
  'personOrGroup',
  'text',
  'term',
  'hyperlinkOrPicture',
  'thumbnail',
  'contentApprovalStatus',
  'geolocation',
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface ColumnRecord {
  id: string;
  name: string;
  displayName: string;
  description: string;
  columnGroup: string;
  type: ColumnType;
  facet: Record<string, unknown>;
  indexed: boolean;
  required: boolean;
  hidden: boolean;
  readOnly: boolean;
  enforceUniqueValues: boolean;
  /** Template column whose value the service computes (ID, Created, Author…). */
  system: boolean;
}

// docs/platform.md#sharepoint-columns: facet settings; the defaults below are what SharePoint fills
// in (assumed).
const FACET_DEFAULTS: Record<ColumnType, Record<string, unknown>> = {
  boolean: {},
  calculated: { format: 'dateTime', formula: '', outputType: 'text' },
  choice: { allowTextEntry: false, choices: [], displayAs: 'dropDownMenu' },
  currency: { locale: 'en-US' },
  dateTime: { displayAs: 'default', format: 'dateTime' },
  lookup: { allowMultipleValues: false, allowUnlimitedLength: false, columnName: '', listId: '' },
  number: { decimalPlaces: 'automatic', displayAs: 'number' },
  personOrGroup: {
    allowMultipleSelection: false,
    chooseFromType: 'peopleOnly',
    displayAs: 'nameWithPresence',
  },
  text: { allowMultipleLines: false, appendChangesToExistingText: false, maxLength: 255 },
  term: { allowMultipleValues: false, showFullyQualifiedName: false },
  hyperlinkOrPicture: { isPicture: false },
  thumbnail: {},
  contentApprovalStatus: {},
  geolocation: {},
};

/**
 * docs/platform.md#sharepoint-columns: person and lookup values are written and read as
 * `<Name>LookupId`.
 */
export function fieldKeyOf(column: ColumnRecord): string {
  return isLookupLike(column) ? `${column.name}LookupId` : column.name;
}

export function isLookupLike(column: ColumnRecord): boolean {
  return column.type === 'lookup' || column.type === 'personOrGroup';
}

export function isMultiValue(column: ColumnRecord): boolean {
  const f = column.facet;
  return (
    f['allowMultipleValues'] === true ||
    f['allowMultipleSelection'] === true ||
    (column.type === 'choice' && f['displayAs'] === 'checkBoxes')
  );
}

/**
 * docs/platform.md#sharepoint-columns: internal names encode characters outside [A-Za-z0-9_] as
 * `_xHHHH_` (`Ubicación` → `Ubicaci_x00f3_n`; a space becomes `_x0020_`).
 */
export function encodeInternalName(name: string): string {
  return [...name]
    .map((ch) =>
      /[A-Za-z0-9_]/.test(ch) ? ch : `_x${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}_`,
    )
    .join('');
}

function facetOf(def: Record<string, unknown>): ColumnType {
  const present = COLUMN_TYPES.filter((t) => def[t] !== undefined && def[t] !== null);
  if (present.length !== 1) {
    // docs/platform.md#sharepoint-columns: exactly one type facet; none or several is a bad
    // definition (the status is assumed).
    throw invalidRequest(
      present.length === 0
        ? 'A column definition needs exactly one type facet (text, number, boolean, dateTime, choice…).'
        : `Column type facets are mutually exclusive; got ${present.join(', ')}.`,
    );
  }
  return present[0] as ColumnType;
}

function bool(def: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const value = def[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw invalidRequest(`'${key}' must be a boolean.`);
  return value;
}

function checkIndexable(column: ColumnRecord): void {
  // SharePoint cannot index multi-line text ("Note") or multi-value columns (assumed:
  // docs/platform.md#sharepoint-columns).
  if (column.indexed && (column.facet['allowMultipleLines'] === true || isMultiValue(column))) {
    throw invalidRequest(`The column '${column.name}' cannot be indexed.`);
  }
}

/**
 * docs/platform.md#sharepoint-columns: a columnDefinition from `POST …/lists` or `POST …/columns`.
 */
export function parseColumnDefinition(
  body: unknown,
  id: string,
  options: { honourIndexed: boolean },
): ColumnRecord {
  if (!isPlainObject(body)) throw invalidRequest('A column definition must be a JSON object.');
  const rawName = body['name'];
  if (typeof rawName !== 'string' || rawName.trim() === '') {
    throw invalidRequest("A column definition needs a non-empty 'name'.");
  }
  const type = facetOf(body);
  const given = body[type];
  if (!isPlainObject(given)) throw invalidRequest(`The '${type}' facet must be an object.`);
  const displayName = body['displayName'];
  const column: ColumnRecord = {
    id,
    name: encodeInternalName(rawName),
    displayName: typeof displayName === 'string' && displayName !== '' ? displayName : rawName,
    description: typeof body['description'] === 'string' ? body['description'] : '',
    columnGroup: 'Custom Columns',
    type,
    facet: { ...FACET_DEFAULTS[type], ...given },
    indexed: options.honourIndexed ? bool(body, 'indexed', false) : false,
    required: bool(body, 'required', false),
    hidden: bool(body, 'hidden', false),
    // A calculated column's value is computed; it cannot be written.
    readOnly: type === 'calculated' ? true : bool(body, 'readOnly', false),
    enforceUniqueValues: bool(body, 'enforceUniqueValues', false),
    system: false,
  };
  checkIndexable(column);
  return column;
}

const PATCHABLE = [
  'displayName',
  'description',
  'indexed',
  'required',
  'hidden',
  'enforceUniqueValues',
];

/** `PATCH …/columns/{id}`: e.g. set `indexed` on a column created without it. */
export function patchColumn(column: ColumnRecord, body: unknown): ColumnRecord {
  if (!isPlainObject(body)) throw invalidRequest('The request body must be a JSON object.');
  const next: ColumnRecord = { ...column, facet: { ...column.facet } };
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith('@odata.') || key === 'id') continue;
    // Internal names are fixed at creation; a changed `name` is ignored (assumed:
    // docs/platform.md#sharepoint-columns).
    if (key === 'name') continue;
    if ((COLUMN_TYPES as readonly string[]).includes(key)) {
      // The type cannot change; settings of the same facet can (assumed, same section).
      if (key !== column.type || !isPlainObject(value)) {
        throw invalidRequest(`The type of column '${column.name}' cannot be changed.`);
      }
      Object.assign(next.facet, value);
      continue;
    }
    if (!PATCHABLE.includes(key)) {
      throw invalidRequest(`The property '${key}' cannot be updated on a column.`);
    }
    if (key === 'displayName' || key === 'description') {
      if (typeof value !== 'string') throw invalidRequest(`'${key}' must be a string.`);
      next[key] = value;
    } else {
      (next as unknown as Record<string, boolean>)[key] = bool(body, key, false);
    }
  }
  checkIndexable(next);
  return next;
}

/** Every property a columnDefinition has, whichever facet a given column carries (for `$select`). */
export const COLUMN_PROPERTIES: readonly string[] = [
  'columnGroup',
  'description',
  'displayName',
  'enforceUniqueValues',
  'hidden',
  'id',
  'indexed',
  'name',
  'readOnly',
  'required',
  ...COLUMN_TYPES,
];

/**
 * The JSON Graph returns for a column (docs/platform.md#sharepoint-columns: common properties + the
 * facet).
 */
export function columnJson(column: ColumnRecord): Record<string, unknown> {
  return {
    columnGroup: column.columnGroup,
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
    [column.type]: { ...column.facet },
  };
}

type SystemColumnSpec = [string, string, string, ColumnType, Partial<ColumnRecord>];

// docs/platform.md#sharepoint-lists: genericList adds `Title`. The other template columns are
// SharePoint's built-in fields with their well-known ids (the exact set Graph lists is assumed).
const GENERIC_LIST_COLUMNS: SystemColumnSpec[] = [
  ['fa564e0f-0c70-4ab9-b863-0177e6ddd247', 'Title', 'Title', 'text', { required: true }],
  ['1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'ID', 'number', { indexed: true }],
  ['c042a256-787d-4a6f-8a8a-cf6ab767f12d', 'ContentType', 'Content Type', 'text', { hidden: true }],
  ['28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'Modified', 'dateTime', {}],
  ['8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'Created', 'dateTime', {}],
  ['1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'Created By', 'personOrGroup', {}],
  ['d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'Modified By', 'personOrGroup', {}],
  ['67df98f4-9dec-48ff-a553-29bece9c5bf4', 'Attachments', 'Attachments', 'boolean', {}],
  ['dce8262a-3ae9-45aa-aab4-83bd75fb738a', '_UIVersionString', 'Version', 'text', {}],
];

export function templateColumns(): ColumnRecord[] {
  return GENERIC_LIST_COLUMNS.map(([id, name, displayName, type, overrides]) => ({
    id,
    name,
    displayName,
    description: '',
    columnGroup: name === 'Title' ? 'Custom Columns' : '_Hidden',
    type,
    facet: { ...FACET_DEFAULTS[type] },
    indexed: false,
    required: false,
    hidden: false,
    readOnly: name !== 'Title',
    enforceUniqueValues: false,
    system: name !== 'Title',
    ...overrides,
  }));
}
