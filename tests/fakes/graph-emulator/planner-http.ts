/**
 * Response helpers shared by the Planner routes: `$select` on an entity, fixed-size collection pages
 * with an absolute `@odata.nextLink`, and the 204-or-representation answer to a write.
 */
import { preferHeaderHas, type ApiRequest, type RouteContext } from './api-request';
import { badRequest } from './errors';
import type { EmuResponse } from './http';
import { buildNextLink } from './paging';
import { parseExpand, parseSelect, queryOption, selectProperties } from './query-options';

export function selected(
  req: ApiRequest,
  entity: Record<string, unknown>,
  type: string,
  known: readonly string[],
): Record<string, unknown> {
  return selectProperties(entity, parseSelect(queryOption(req.query, 'select')), type, known);
}

/**
 * A single Planner entity with `$select` and, where the type has details, `$expand=details` (with
 * its own `select`). microsoft-graph-docs-contrib#800: expanding details works on a task read; on a
 * plan read it is assumed (docs/platform.md#planner-plans). Any other expansion is refused.
 */
export function entityBody(
  req: ApiRequest,
  entity: Record<string, unknown>,
  type: string,
  known: readonly string[],
  details?: { json: () => Record<string, unknown>; type: string; known: readonly string[] },
): Record<string, unknown> {
  const body = selected(req, entity, type, known);
  for (const expand of parseExpand(queryOption(req.query, 'expand'))) {
    if (expand.name !== 'details' || !details) {
      throw badRequest(`Could not find a property named '${expand.name}' on type '${type}'.`);
    }
    body['details'] = selectProperties(details.json(), expand.select, details.type, details.known);
  }
  return body;
}

const TOKEN_PREFIX = 'planner:';

function decodeToken(token: string): number {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const after = text.startsWith(TOKEN_PREFIX) ? Number(text.slice(TOKEN_PREFIX.length)) : NaN;
  // A skiptoken the service did not issue is a bad request, as for list items (assumed:
  // docs/platform.md#paging).
  if (!Number.isInteger(after) || after < 0) throw badRequest('The $skiptoken value is invalid.');
  return after;
}

/**
 * A Planner collection (docs/platform.md#paging). A Planner maintainer in
 * microsoft-graph-docs#6438: "Planner returns pages with fixed size today (not client
 * controllable). When there are enough items (IIRC ~400), the response will be broken into pages";
 * O365/python-o365#858: `$top` is not supported — so `$top` is ignored and the page size is the
 * emulator's `plannerPageSize` (default 400). microsoft-graph-docs-contrib#800: `$expand` does not
 * work on `/planner/plans/{id}/tasks`; it and the other options are refused (assumed). Pages are
 * keyed by creation order, so a page boundary holds when items come and go between pages.
 */
export function plannerPage<T extends { order: number }>(
  req: ApiRequest,
  ctx: RouteContext,
  items: readonly T[],
  toJson: (item: T) => Record<string, unknown>,
  type: string,
  known: readonly string[],
): EmuResponse {
  for (const option of ['expand', 'filter', 'orderby', 'skip', 'search', 'count']) {
    if (queryOption(req.query, option) !== undefined) {
      throw badRequest(`Query option '$${option}' is not supported on this Planner collection.`);
    }
  }
  const token = queryOption(req.query, 'skiptoken');
  const after = token === undefined ? 0 : decodeToken(token);
  const rest = [...items].sort((a, b) => a.order - b.order).filter((i) => i.order > after);
  const page = rest.slice(0, ctx.env.plannerPageSize);
  const body: Record<string, unknown> = {
    value: page.map((item) => selected(req, toJson(item), type, known)),
  };
  const last = page[page.length - 1];
  if (rest.length > page.length && last) {
    const next = Buffer.from(`${TOKEN_PREFIX}${last.order}`).toString('base64url');
    body['@odata.nextLink'] = buildNextLink(req.linkBase, req.path, req.query, next);
  }
  return { status: 200, headers: {}, body };
}

/**
 * docs/platform.md#planner-tasks (plannertask-update, plannerplan-update;
 * microsoft-graph-docs#10361 for plan details): a successful PATCH answers 204, or 200 with the
 * full resource under `Prefer: return=representation`. No ETag header is sent (assumed): the etag
 * is the body's `@odata.etag`.
 */
export function writeAnswer(
  req: ApiRequest,
  representation: () => Record<string, unknown>,
): EmuResponse {
  if (preferHeaderHas(req, 'return=representation')) {
    return { status: 200, headers: {}, body: representation() };
  }
  return { status: 204, headers: {} };
}
