/**
 * Plans and plan details (docs/platform.md#planner-plans): `POST /planner/plans` in a group that
 * exists in the emulator (groups come from `addGroupSite`), `GET`/`PATCH /planner/plans/{id}`,
 * `GET /groups/{id}/planner/plans`, `GET`/`PATCH /planner/plans/{id}/details` (category labels).
 */
import type { ApiRequest, RouteContext } from './api-request';
import { GraphHttpError, isPlainObject } from './errors';
import type { EmuResponse } from './http';
import { checkPlannerIfMatch } from './planner-etag';
import {
  limitExceeded,
  plannerBadRequest,
  plannerForbidden,
  schemaValidation,
} from './planner-errors';
import { entityBody, plannerPage, writeAnswer } from './planner-http';
import {
  PLAN_DETAILS_PROPERTIES,
  PLAN_DETAILS_TYPE,
  PLAN_PROPERTIES,
  PLAN_TYPE,
  planDetailsJson,
  planJson,
} from './planner-json';
import type { PlanRecord } from './planner-store';
import {
  checkProperties,
  plannerBody,
  readCategoryDescriptions,
  readSharedWith,
  readText,
} from './planner-values';

/**
 * docs/platform.md#planner-plans: give the url, or the containerId and type, or all of them; the
 * url is `https://graph.microsoft.com/v1.0/groups/{group-id}`. `owner` (the group id) is the
 * deprecated form (Graph's plannerPlan page). Other container types are not emulated.
 */
function groupOf(body: Record<string, unknown>): string {
  const container = body['container'];
  if (container === undefined || container === null) {
    if (typeof body['owner'] === 'string' && body['owner'] !== '') return body['owner'];
    throw schemaValidation('Plan', [['Container']]);
  }
  if (!isPlainObject(container)) throw plannerBadRequest("'container' must be an object.");
  const { url, containerId, type } = container;
  let fromUrl: string | undefined;
  if (url !== undefined) {
    const m =
      typeof url === 'string'
        ? /^https:\/\/[^/]+\/(?:v1\.0|beta)\/groups\/([^/?#]+)$/i.exec(url)
        : null;
    if (!m)
      throw plannerBadRequest(
        "The container 'url' must be https://graph.microsoft.com/v1.0/groups/{group-id}.",
      );
    fromUrl = decodeURIComponent(m[1] as string);
  }
  if (containerId !== undefined || type !== undefined) {
    if (typeof containerId !== 'string' || type !== 'group') {
      throw plannerBadRequest(
        "The emulator supports group containers: give 'containerId' and type 'group'.",
      );
    }
    if (fromUrl !== undefined && fromUrl.toLowerCase() !== containerId.toLowerCase()) {
      throw plannerBadRequest("The container's 'url' and 'containerId' name different groups.");
    }
    return containerId;
  }
  if (fromUrl === undefined) throw schemaValidation('Plan', [['Container']]);
  return fromUrl;
}

/** `POST /planner/plans` → 201 + plannerPlan (its details exist from the start). */
export function createPlan(req: ApiRequest, ctx: RouteContext): EmuResponse {
  const body = plannerBody(req);
  checkProperties(
    body,
    PLAN_TYPE,
    ['title', 'container', 'owner'],
    ['id', 'createdBy', 'createdDateTime'],
  );
  if (body['title'] === undefined || body['title'] === null)
    throw schemaValidation('Plan', [['Title']]);
  const title = readText(body['title'], 'title');
  const groupId = groupOf(body);
  const planner = ctx.store.planner;
  // docs/platform.md#planner-plans: the creator must be a member of the group. An unknown group →
  // 403 (assumed).
  const site = ctx.store.siteByGroup(groupId);
  if (!site?.groupId) throw plannerForbidden();
  const limit = planner.limits.plansPerGroup;
  if (limit !== undefined && planner.plansOfGroup(site.groupId).length + 1 > limit) {
    throw limitExceeded('MaximumPlannerPlans');
  }
  const plan: PlanRecord = {
    ...planner.versioned(),
    id: planner.newId(),
    groupId: site.groupId,
    title,
    createdBy: ctx.env.user.id,
    createdDateTime: ctx.env.now().toISOString(),
    order: planner.nextOrder(),
    details: { ...planner.versioned(), categoryDescriptions: {}, sharedWith: {} },
  };
  planner.plans.set(plan.id, plan);
  return { status: 201, headers: {}, body: planJson(plan) };
}

export function getPlan(req: ApiRequest, ctx: RouteContext, planId: string): EmuResponse {
  const plan = ctx.store.planner.requirePlan(planId);
  const body = entityBody(req, planJson(plan), PLAN_TYPE, PLAN_PROPERTIES, {
    json: () => planDetailsJson(plan),
    type: PLAN_DETAILS_TYPE,
    known: PLAN_DETAILS_PROPERTIES,
  });
  return { status: 200, headers: {}, body };
}

/** docs/platform.md#planner-plans: title only; If-Match required; 204 or 200 with Prefer. */
export function patchPlan(req: ApiRequest, ctx: RouteContext, planId: string): EmuResponse {
  const planner = ctx.store.planner;
  const plan = planner.requirePlan(planId);
  const body = plannerBody(req);
  checkProperties(
    body,
    PLAN_TYPE,
    ['title'],
    ['id', 'createdBy', 'createdDateTime', 'owner', 'container'],
  );
  checkPlannerIfMatch(req, 'Plan', plan, Object.keys(body), ctx.env.quirks.plannerStaleIfMatch);
  if (body['title'] !== undefined) {
    const title = readText(body['title'], 'title');
    if (title.trim() === '') throw schemaValidation('Plan', [['Title']]);
    if (title !== plan.title) {
      plan.title = title;
      planner.bump(plan, ['title']);
    }
  }
  return writeAnswer(req, () => planJson(plan));
}

/** docs/platform.md#planner-plans: `GET /groups/{group-id}/planner/plans`. */
export function listGroupPlans(req: ApiRequest, ctx: RouteContext, groupId: string): EmuResponse {
  const site = ctx.store.siteByGroup(groupId);
  if (!site?.groupId) {
    // The directory's answer for an unknown group (assumed: docs/platform.md#graph-errors).
    throw new GraphHttpError(
      404,
      'Request_ResourceNotFound',
      `Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`,
    );
  }
  const plans = ctx.store.planner
    .plansOfGroup(site.groupId)
    .filter((p) => !p.premium || p.premium.listed);
  return plannerPage(req, ctx, plans, planJson, PLAN_TYPE, PLAN_PROPERTIES);
}

export function getPlanDetails(req: ApiRequest, ctx: RouteContext, planId: string): EmuResponse {
  const plan = ctx.store.planner.requirePlan(planId);
  const body = entityBody(req, planDetailsJson(plan), PLAN_DETAILS_TYPE, PLAN_DETAILS_PROPERTIES);
  return { status: 200, headers: {}, body };
}

/**
 * Graph's plannerplandetails-update page: categoryDescriptions (category1…category25; null clears)
 * and sharedWith; own etag; 204 or 200 with Prefer (microsoft-graph-docs#10361).
 */
export function patchPlanDetails(req: ApiRequest, ctx: RouteContext, planId: string): EmuResponse {
  const planner = ctx.store.planner;
  const plan = planner.requirePlan(planId);
  const details = plan.details;
  const body = plannerBody(req);
  checkProperties(body, PLAN_DETAILS_TYPE, ['categoryDescriptions', 'sharedWith'], ['id']);
  const labels =
    body['categoryDescriptions'] === undefined
      ? {}
      : readCategoryDescriptions(body['categoryDescriptions']);
  const shared = body['sharedWith'] === undefined ? {} : readSharedWith(body['sharedWith']);
  const touched = [
    ...Object.keys(labels).map((k) => `categoryDescriptions/${k}`),
    ...Object.keys(shared).map((k) => `sharedWith/${k}`),
  ];
  checkPlannerIfMatch(req, 'PlanDetails', details, touched, ctx.env.quirks.plannerStaleIfMatch);
  const changed: string[] = [];
  for (const [category, label] of Object.entries(labels)) {
    if ((details.categoryDescriptions[category] ?? null) === label) continue;
    if (label === null) delete details.categoryDescriptions[category];
    else details.categoryDescriptions[category] = label;
    changed.push(`categoryDescriptions/${category}`);
  }
  for (const [userId, on] of Object.entries(shared)) {
    if ((details.sharedWith[userId] === true) === on) continue;
    if (on) details.sharedWith[userId] = true;
    else delete details.sharedWith[userId];
    changed.push(`sharedWith/${userId}`);
  }
  if (changed.length > 0) planner.bump(details, changed);
  return writeAnswer(req, () => planDetailsJson(plan));
}
