/**
 * Reading Planner request bodies: which properties a type accepts, and the value rules — open-type
 * dictionaries whose values need `@odata.type` (docs/platform.md#planner-tasks), order hints,
 * dates, percentages and category flags. Every function throws the Graph error a bad value earns.
 */
import type { ApiRequest } from './api-request';
import { badRequest, isPlainObject, parseJsonBody } from './errors';
import {
  invalidOpenTypeValue,
  missingODataType,
  plannerBadRequest,
  readOnlyProperty,
  unknownProperty,
  unresolvedODataType,
} from './planner-errors';
import { requireClientOrderHint } from './planner-order-hint';

export type Body = Record<string, unknown>;

export function plannerBody(req: ApiRequest): Body {
  const body = parseJsonBody(req.bodyText);
  if (!isPlainObject(body)) throw badRequest('The request body must be a JSON object.');
  return body;
}

/**
 * Refuses properties the type lacks and read-only ones (assumed: the service may ignore the latter;
 * docs/platform.md#planner-tasks).
 */
export function checkProperties(
  body: Body,
  type: string,
  writable: readonly string[],
  readOnly: readonly string[],
): void {
  for (const key of Object.keys(body)) {
    if (writable.includes(key) || key === '@odata.type') continue;
    if (readOnly.includes(key) || key === '@odata.etag') throw readOnlyProperty(key, type);
    throw unknownProperty(key, type);
  }
}

export function readText(value: unknown, property: string): string {
  if (typeof value !== 'string') throw plannerBadRequest(`'${property}' must be a string.`);
  return value;
}

const DATE_TIME_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** docs/platform.md#planner-tasks: ISO 8601 DateTimeOffset, stored and returned in UTC. */
export function readDateTime(value: unknown, property: string): string | null {
  if (value === null) return null;
  if (
    typeof value !== 'string' ||
    !DATE_TIME_OFFSET.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    throw plannerBadRequest(`'${property}' must be an ISO 8601 date and time with an offset.`);
  }
  return new Date(value).toISOString().replace('.000Z', 'Z');
}

/** docs/platform.md#planner-tasks: percentComplete 0–100 (100 = completed). */
export function readPercent(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
    throw plannerBadRequest("'percentComplete' must be a whole number from 0 to 100.");
  }
  return value;
}

/**
 * The priority range is not documented; Planner's UI uses 0–10 (assumed:
 * docs/platform.md#planner-tasks).
 */
export function readPriority(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) {
    throw plannerBadRequest("'priority' must be a whole number from 0 to 10.");
  }
  return value;
}

const PREVIEW_TYPES = ['automatic', 'noPreview', 'checklist', 'description', 'reference'];

/** docs/platform.md#planner-task-details: previewType values. */
export function readPreviewType(value: unknown): string {
  if (typeof value !== 'string' || !PREVIEW_TYPES.includes(value)) {
    throw plannerBadRequest(`'previewType' must be one of ${PREVIEW_TYPES.join(', ')}.`);
  }
  return value;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CATEGORY = /^category([1-9]|1\d|2[0-5])$/;

function dictionary(value: unknown, property: string): Body {
  if (!isPlainObject(value)) throw plannerBadRequest(`'${property}' must be an object.`);
  return value;
}

/**
 * docs/platform.md#planner-tasks: open-type values must declare `@odata.type` and must hold
 * properties; `#` before the namespace is optional (the docs use both forms).
 */
function typedValue(value: unknown, property: string, key: string, typeName: string): Body {
  if (!isPlainObject(value)) throw invalidOpenTypeValue(property, key);
  const type = value['@odata.type'];
  if (type === undefined || type === null) throw missingODataType();
  if (typeof type !== 'string' || type.replace(/^#/, '') !== `microsoft.graph.${typeName}`) {
    throw unresolvedODataType(String(type));
  }
  if (Object.keys(value).length === 1) throw invalidOpenTypeValue(property, key);
  return value;
}

export interface AssignmentChange {
  orderHint: string;
}

/**
 * docs/platform.md#planner-tasks: `{userId: {@odata.type, orderHint}}`; the assignment's orderHint
 * must be given; `null` removes (as reported).
 */
export function readAssignments(value: unknown): Record<string, AssignmentChange | null> {
  const out: Record<string, AssignmentChange | null> = {};
  for (const [userId, raw] of Object.entries(dictionary(value, 'assignments'))) {
    // Keys are user object ids (GUIDs) (assumed: docs/platform.md#planner-tasks).
    if (!GUID.test(userId)) throw plannerBadRequest(`'${userId}' is not a valid user id.`);
    if (raw === null) {
      out[userId] = null;
      continue;
    }
    const item = typedValue(raw, 'assignments', userId, 'plannerAssignment');
    checkProperties(
      item,
      'microsoft.graph.plannerAssignment',
      ['orderHint'],
      ['assignedBy', 'assignedDateTime'],
    );
    out[userId] = { orderHint: requireClientOrderHint(item['orderHint'], 'orderHint') };
  }
  return out;
}

export interface ChecklistChange {
  title?: string;
  isChecked?: boolean;
  orderHint?: string;
}

/**
 * docs/platform.md#planner-task-details: keyed by client-generated GUIDs, `@odata.type` required in
 * PATCH requests, `null` removes an item.
 */
export function readChecklist(value: unknown): Record<string, ChecklistChange | null> {
  const out: Record<string, ChecklistChange | null> = {};
  for (const [itemId, raw] of Object.entries(dictionary(value, 'checklist'))) {
    if (!GUID.test(itemId)) throw plannerBadRequest(`Checklist item id '${itemId}' is not a GUID.`);
    if (raw === null) {
      out[itemId] = null;
      continue;
    }
    const item = typedValue(raw, 'checklist', itemId, 'plannerChecklistItem');
    checkProperties(
      item,
      'microsoft.graph.plannerChecklistItem',
      ['title', 'isChecked', 'orderHint'],
      ['lastModifiedBy', 'lastModifiedDateTime'],
    );
    const change: ChecklistChange = {};
    if (item['title'] !== undefined) change.title = readText(item['title'], 'title');
    if (item['isChecked'] !== undefined) {
      if (typeof item['isChecked'] !== 'boolean')
        throw plannerBadRequest("'isChecked' must be a boolean.");
      change.isChecked = item['isChecked'];
    }
    if (item['orderHint'] !== undefined)
      change.orderHint = requireClientOrderHint(item['orderHint']);
    out[itemId] = change;
  }
  return out;
}

function requireCategory(key: string): void {
  // docs/platform.md#planner-tasks (plannerAppliedCategories): category1…category25.
  if (!CATEGORY.test(key))
    throw plannerBadRequest(`'${key}' is not a Planner category (category1…category25).`);
}

/**
 * docs/platform.md#planner-tasks: `{"category3": true, "category4": false}`; false removes the
 * label.
 */
export function readAppliedCategories(value: unknown): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [key, flag] of Object.entries(dictionary(value, 'appliedCategories'))) {
    requireCategory(key);
    if (typeof flag !== 'boolean') throw plannerBadRequest(`'${key}' must be true or false.`);
    out[key] = flag;
  }
  return out;
}

/**
 * plannerCategoryDescriptions (Graph's plannerplandetails-update page): label per category; null
 * clears it.
 */
export function readCategoryDescriptions(value: unknown): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [key, label] of Object.entries(dictionary(value, 'categoryDescriptions'))) {
    requireCategory(key);
    if (label !== null && typeof label !== 'string')
      throw plannerBadRequest(`'${key}' must be a string or null.`);
    out[key] = label;
  }
  return out;
}

/** plannerUserIds (Graph's plannerplandetails-update page): `{userId: true}`; false removes. */
export function readSharedWith(value: unknown): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [userId, flag] of Object.entries(dictionary(value, 'sharedWith'))) {
    if (!GUID.test(userId)) throw plannerBadRequest(`'${userId}' is not a valid user id.`);
    if (typeof flag !== 'boolean') throw plannerBadRequest(`'${userId}' must be true or false.`);
    out[userId] = flag;
  }
  return out;
}
