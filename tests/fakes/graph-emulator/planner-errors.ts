/**
 * Planner's errors. They use Graph's error shape (docs/platform.md#graph-errors) and, as observed,
 * an empty `error.code` for Planner's own failures; the 403 limit errors carry the limit's name
 * instead (docs/platform.md#planner-limits). Messages are quoted from public reports where one
 * exists, else marked assumed.
 */
import { GraphHttpError } from './errors';

// docs/platform.md#etags-and-if-match (reported in pnp/pnpjs#841, #1033 (status 412),
// msgraph-sdk-javascript#1647).
export const ifMatchMissing = (): GraphHttpError =>
  new GraphHttpError(412, '', 'The If-Match header must be specified for this kind of request.');

// docs/platform.md#etags-and-if-match (microsoft-graph-docs-contrib#7153: a task etag sent to task
// details); the status is assumed (412).
export const ifMatchInvalid = (): GraphHttpError =>
  new GraphHttpError(412, '', 'The If-Match header contains an invalid value.');

// docs/platform.md#etags-and-if-match: an etag that no longer matches → 412, read the resource
// again. The wording is assumed.
export const staleETag = (): GraphHttpError =>
  new GraphHttpError(
    412,
    '',
    'The If-Match header value does not match the current version of the resource.',
  );

// As reported in pnp/sp-dev-fx-aces#146: `{"code":"","message":"The requested item is not found."}`
// with 404.
export const plannerNotFound = (): GraphHttpError =>
  new GraphHttpError(404, '', 'The requested item is not found.');

// microsoft-graph-explorer-v4#2897: Planner's 403 for a resource the user may not reach.
export const plannerForbidden = (): GraphHttpError =>
  new GraphHttpError(403, '', 'You do not have the required permissions to access this item.');

/**
 * As reported in microsoft-graph-docs#12264, #7121: "Schema validation has failed. Validation for
 * field 'PlanId', on entity 'Bucket' has failed: A non-null value must be specified for this
 * field." (one line per field).
 */
export function schemaValidation(
  entity: string,
  failures: Array<[field: string, reason?: string]>,
): GraphHttpError {
  const lines = failures.map(
    ([field, reason]) =>
      `Validation for field '${field}', on entity '${entity}' has failed: ${
        reason ?? 'A non-null value must be specified for this field.'
      }`,
  );
  return new GraphHttpError(400, '', `Schema validation has failed. ${lines.join('\r\n')}`);
}

/**
 * docs/platform.md#planner-tasks: 400 for logically inconsistent data and bad order hints; the
 * wording is assumed.
 */
export const plannerBadRequest = (message: string): GraphHttpError =>
  new GraphHttpError(400, '', message);

// The OData layer's own 400s carry code BadRequest (as the existing routes do; assumed for
// Planner).

/**
 * An open-type value without @odata.type, as reported in msgraph-sdk-dotnet#1729 and
 * microsoft-graph-docs-contrib#169.
 */
export const missingODataType = (): GraphHttpError =>
  new GraphHttpError(
    400,
    'BadRequest',
    'The request is invalid:\nValue cannot be null.\nParameter name: qualifiedName',
  );

/**
 * An @odata.type the model does not know, as reported in nicolonsky/ModernWorkplaceConcierge#75.
 */
export const unresolvedODataType = (type: string): GraphHttpError =>
  new GraphHttpError(
    400,
    'BadRequest',
    `The request is invalid:\nA type named '${type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`,
  );

/**
 * An open-type value that is not an object ("open type property has an invalid type"), as reported
 * in microsoft-graph-docs#13831.
 */
export const invalidOpenTypeValue = (property: string, key: string): GraphHttpError =>
  new GraphHttpError(
    400,
    'BadRequest',
    `The request is invalid:\nThe open type property '${key}' of '${property}' has an invalid type.`,
  );

/**
 * OData's wording for a property the type does not declare (assumed:
 * docs/platform.md#planner-tasks).
 */
export const unknownProperty = (name: string, type: string): GraphHttpError =>
  new GraphHttpError(
    400,
    'BadRequest',
    `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  );

/**
 * A read-only property in a write: refused so adapters send only what they change (assumed:
 * docs/platform.md#planner-tasks).
 */
export const readOnlyProperty = (name: string, type: string): GraphHttpError =>
  new GraphHttpError(
    400,
    'BadRequest',
    `The property '${name}' on type '${type}' is read-only and cannot be written.`,
  );

export type PlannerLimitCode =
  | 'MaximumPlannerPlans'
  | 'MaximumBucketsInProject'
  | 'MaximumTasksInProject'
  | 'MaximumActiveTasksInProject'
  | 'MaximumTasksCreatedByUser'
  | 'MaximumTasksAssignedToUser'
  | 'MaximumAssigneesInTasks'
  | 'MaximumChecklistItemsOnTask';

const LIMIT_MESSAGES: Record<PlannerLimitCode, string> = {
  // docs/platform.md#planner-limits: the descriptions of the limit codes.
  MaximumPlannerPlans: 'The maximum number of plans in the group has been reached.',
  MaximumBucketsInProject: 'The maximum number of buckets in the plan has been reached.',
  MaximumTasksInProject: 'The maximum number of tasks in the plan has been reached.',
  MaximumActiveTasksInProject: 'The maximum number of active tasks in the plan has been reached.',
  MaximumTasksCreatedByUser: 'The maximum number of tasks created by the user has been reached.',
  MaximumTasksAssignedToUser: 'The maximum number of tasks assigned to the user has been reached.',
  MaximumAssigneesInTasks: 'The task has too many assignees.',
  MaximumChecklistItemsOnTask: 'The task has too many checklist items.',
};

/**
 * docs/platform.md#planner-limits: 403 with the limit type in `error.code`; the wording is assumed.
 */
export const limitExceeded = (code: PlannerLimitCode): GraphHttpError =>
  new GraphHttpError(403, code, LIMIT_MESSAGES[code]);
