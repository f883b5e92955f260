/**
 * List item field values (docs/platform.md#list-items, #sharepoint-columns): validating what a
 * client writes into `fields` and projecting what Graph returns in `fields` (system fields,
 * `$select`, hidden columns).
 */
import { fieldKeyOf, isLookupLike, isMultiValue, type ColumnRecord } from './columns';
import { invalidRequest, isPlainObject } from './errors';
import { isoSeconds, itemETag, type ItemRecord, type ListRecord } from './store';

/**
 * Keys SharePoint computes and returns in `fields` but never accepts in a write (the exact set is
 * assumed: docs/platform.md#list-items).
 */
const COMPUTED_KEYS = [
  'id',
  'Edit',
  'LinkTitle',
  'LinkTitleNoMenu',
  'ItemChildCount',
  'FolderChildCount',
];

// docs/platform.md#sharepoint-columns (reported): a multi-value write without `<key>@odata.type`
// fails; this is SharePoint's OData message for that case.
const UNTYPED_COLLECTION =
  'A value without a type name was found and no expected type is available. When the model is ' +
  'specified, each value in the payload must have a type which can be either specified in the ' +
  'payload, explicitly by the caller or implicitly inferred from the parent value.';

export function columnsByFieldKey(list: ListRecord): Map<string, ColumnRecord> {
  return new Map(list.columns.map((c) => [fieldKeyOf(c), c]));
}

/**
 * Unknown keys are rejected (assumed: docs/platform.md#list-items); the message is the one
 * SharePoint gives for a missing column.
 */
const notRecognized = (key: string) => invalidRequest(`Field '${key}' is not recognized`);

function coerceScalar(column: ColumnRecord, key: string, value: unknown): unknown {
  const wrongType = () =>
    // A wrongly typed value is a client error (status and code assumed:
    // docs/platform.md#list-items).
    invalidRequest(`Cannot convert the value of field '${key}' to a ${column.type} value.`);
  switch (column.type) {
    case 'text': {
      if (typeof value !== 'string') throw wrongType();
      const max = column.facet['maxLength'];
      // Single-line text holds at most maxLength (255) characters
      // (docs/platform.md#sharepoint-columns; the answer to a longer value is assumed).
      if (
        column.facet['allowMultipleLines'] !== true &&
        typeof max === 'number' &&
        value.length > max
      ) {
        throw invalidRequest(`The value of field '${key}' exceeds ${max} characters.`);
      }
      return value;
    }
    case 'choice':
      // SharePoint does not check a written choice against `choices` (assumed:
      // docs/platform.md#sharepoint-columns).
      if (typeof value !== 'string') throw wrongType();
      return value;
    case 'number':
    case 'currency':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrongType();
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw wrongType();
      return value;
    case 'dateTime': {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw wrongType();
      return isoSeconds(new Date(value));
    }
    case 'lookup':
    case 'personOrGroup': {
      // docs/platform.md#sharepoint-columns: `<Name>LookupId` holds the numeric lookup id.
      const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw wrongType();
      return n;
    }
    default:
      return structuredClone(value);
  }
}

/**
 * Validates a `fields` write against the list's columns and returns the normalised changes
 * (`null` = clear). Throws before anything is stored, so a bad write changes nothing.
 */
export function normalizeWrite(list: ListRecord, body: unknown): Record<string, unknown> {
  if (!isPlainObject(body)) throw invalidRequest('fields must be a JSON object.');
  const byKey = columnsByFieldKey(list);
  const declaredTypes = new Map<string, unknown>();
  for (const [key, value] of Object.entries(body)) {
    const at = key.indexOf('@');
    if (at > 0 && key.endsWith('@odata.type')) declaredTypes.set(key.slice(0, at), value);
  }
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.includes('@')) continue; // OData annotations (e.g. @odata.etag, X@odata.type)
    const column = byKey.get(key);
    if (!column) {
      if (COMPUTED_KEYS.includes(key)) throw invalidRequest(`Field '${key}' is read-only`);
      // Person/lookup columns are written as `<Name>LookupId`, never `<Name>` (reported, assumed:
      // docs/platform.md#sharepoint-columns).
      throw notRecognized(key);
    }
    if (column.readOnly) throw invalidRequest(`Field '${key}' is read-only`);
    if (value === null) {
      changes[key] = null;
    } else if (Array.isArray(value)) {
      if (!isMultiValue(column)) {
        throw invalidRequest(`Field '${key}' does not accept multiple values.`);
      }
      // docs/platform.md#sharepoint-columns: multi-value needs
      // `"<key>@odata.type":"Collection(Edm.Int32)"` (or Edm.String).
      if (typeof declaredTypes.get(key) !== 'string') throw invalidRequest(UNTYPED_COLLECTION);
      changes[key] = value.map((v) => coerceScalar(column, key, v));
    } else {
      // A multi-value column takes an array (with its type annotation), not a scalar (assumed, same
      // section).
      if (isMultiValue(column)) throw invalidRequest(`Field '${key}' expects a collection value.`);
      changes[key] = coerceScalar(column, key, value);
    }
  }
  return changes;
}

export interface ProjectionEnv {
  userLookupId: number;
}

/**
 * Values SharePoint computes for every item (what `expand=fields` shows besides user columns; the
 * set is assumed).
 */
function systemFields(item: ItemRecord, env: ProjectionEnv): Record<string, unknown> {
  const title = item.values['Title'];
  const user = String(env.userLookupId);
  return {
    ...(typeof title === 'string' ? { LinkTitleNoMenu: title, LinkTitle: title } : {}),
    id: String(item.id),
    ContentType: 'Item',
    Modified: item.lastModifiedDateTime,
    Created: item.createdDateTime,
    AuthorLookupId: user,
    EditorLookupId: user,
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    ItemChildCount: '0',
    FolderChildCount: '0',
  };
}

/**
 * A stored value as Graph returns it: single lookup ids come back as strings (as reported, e.g.
 * AuthorLookupId "6"; docs/platform.md#sharepoint-columns).
 */
function readValue(column: ColumnRecord, value: unknown): unknown {
  if (isLookupLike(column) && typeof value === 'number') return String(value);
  return structuredClone(value);
}

/** Field names a `select=` may name, resolved to the key they come back under. */
export function resolveSelectName(list: ListRecord, name: string): string | undefined {
  if (name === 'ID') return 'ID';
  if (COMPUTED_KEYS.includes(name)) return name;
  const column =
    list.columns.find((c) => fieldKeyOf(c) === name) ?? list.columns.find((c) => c.name === name);
  return column ? fieldKeyOf(column) : undefined;
}

/**
 * The `fields` object of an item. docs/platform.md#sharepoint-columns: hidden columns appear only
 * when named in the select. Null values are omitted and `@odata.etag` inside fields is included
 * (both assumed: docs/platform.md#list-items, #etags-and-if-match).
 */
export function projectFields(
  list: ListRecord,
  item: ItemRecord,
  select: readonly string[] | undefined,
  env: ProjectionEnv,
): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': itemETag(item) };
  const system = systemFields(item, env);
  const byKey = columnsByFieldKey(list);
  if (select === undefined) {
    for (const column of list.columns) {
      const key = fieldKeyOf(column);
      if (column.system || column.hidden || item.values[key] === undefined) continue;
      out[key] = readValue(column, item.values[key]);
    }
    return { ...out, ...system };
  }
  for (const name of select) {
    const key = resolveSelectName(list, name);
    // Selecting a field the list does not have is rejected rather than ignored (assumed:
    // docs/platform.md#list-items).
    if (key === undefined) throw notRecognized(name);
    const column = byKey.get(key);
    if (key === 'ID') out['ID'] = item.id;
    else if (key in system) out[key] = system[key];
    else if (column && item.values[key] !== undefined)
      out[key] = readValue(column, item.values[key]);
  }
  return out;
}
