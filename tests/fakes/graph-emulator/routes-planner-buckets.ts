/**
 * Buckets (docs/platform.md#planner-buckets): `POST /planner/buckets`,
 * `GET /planner/plans/{id}/buckets`, `GET`/`PATCH`/`DELETE /planner/buckets/{id}` — If-Match on
 * PATCH/DELETE, service-computed order hints.
 */
import type { ApiRequest, RouteContext } from './api-request';
import type { EmuResponse } from './http';
import { checkPlannerIfMatch } from './planner-etag';
import { limitExceeded, schemaValidation } from './planner-errors';
import { entityBody, plannerPage, writeAnswer } from './planner-http';
import { BUCKET_PROPERTIES, BUCKET_TYPE, bucketJson } from './planner-json';
import { placeOrderHint, requireClientOrderHint } from './planner-order-hint';
import type { BucketRecord } from './planner-store';
import { checkProperties, plannerBody, readText } from './planner-values';

const WRITABLE = ['name', 'orderHint'];

/**
 * docs/platform.md#planner-buckets: `{"name","planId","orderHint":" !"}` → 201 with a
 * service-computed orderHint. As reported in microsoft-graph-docs#7121, a missing name or planId
 * fails schema validation on the fields 'Title' and 'PlanId' of entity 'Bucket'.
 */
export function createBucket(req: ApiRequest, ctx: RouteContext): EmuResponse {
  const planner = ctx.store.planner;
  const body = plannerBody(req);
  checkProperties(body, BUCKET_TYPE, [...WRITABLE, 'planId'], ['id']);
  const missing: Array<[string]> = [];
  if (body['name'] === undefined || body['name'] === null) missing.push(['Title']);
  if (body['planId'] === undefined || body['planId'] === null) missing.push(['PlanId']);
  if (missing.length > 0) throw schemaValidation('Bucket', missing);
  const name = readText(body['name'], 'name');
  const plan = planner.requirePlan(readText(body['planId'], 'planId'));
  const requested =
    body['orderHint'] === undefined ? undefined : requireClientOrderHint(body['orderHint']);
  const siblings = planner.bucketsOf(plan.id);
  const limit = planner.limits.bucketsPerPlan;
  if (limit !== undefined && siblings.length + 1 > limit)
    throw limitExceeded('MaximumBucketsInProject');
  const bucket: BucketRecord = {
    ...planner.versioned(),
    id: planner.newId(),
    planId: plan.id,
    name,
    orderHint: placeOrderHint(
      requested,
      siblings.map((b) => b.orderHint),
    ),
    order: planner.nextOrder(),
  };
  planner.buckets.set(bucket.id, bucket);
  return { status: 201, headers: {}, body: bucketJson(bucket) };
}

export function listPlanBuckets(req: ApiRequest, ctx: RouteContext, planId: string): EmuResponse {
  const plan = ctx.store.planner.requirePlan(planId);
  const buckets = ctx.store.planner.bucketsOf(plan.id);
  return plannerPage(req, ctx, buckets, bucketJson, BUCKET_TYPE, BUCKET_PROPERTIES);
}

export function getBucket(req: ApiRequest, ctx: RouteContext, bucketId: string): EmuResponse {
  const bucket = ctx.store.planner.requireBucket(bucketId);
  return {
    status: 200,
    headers: {},
    body: entityBody(req, bucketJson(bucket), BUCKET_TYPE, BUCKET_PROPERTIES),
  };
}

/**
 * docs/platform.md#planner-buckets: name and orderHint; If-Match required (pnp/pnpjs#1033); 204, or
 * 200 with Prefer (assumed).
 */
export function patchBucket(req: ApiRequest, ctx: RouteContext, bucketId: string): EmuResponse {
  const planner = ctx.store.planner;
  const bucket = planner.requireBucket(bucketId);
  const body = plannerBody(req);
  checkProperties(body, BUCKET_TYPE, WRITABLE, ['id', 'planId']);
  checkPlannerIfMatch(req, 'Bucket', bucket, Object.keys(body), ctx.env.quirks.plannerStaleIfMatch);
  const name = body['name'] === undefined ? undefined : readText(body['name'], 'name');
  if (name !== undefined && name.trim() === '') throw schemaValidation('Bucket', [['Title']]);
  const requested =
    body['orderHint'] === undefined ? undefined : requireClientOrderHint(body['orderHint']);
  const changed: string[] = [];
  if (name !== undefined && name !== bucket.name) {
    bucket.name = name;
    changed.push('name');
  }
  if (requested !== undefined) {
    const others = planner.bucketsOf(bucket.planId).filter((b) => b.id !== bucket.id);
    bucket.orderHint = placeOrderHint(
      requested,
      others.map((b) => b.orderHint),
    );
    changed.push('orderHint');
  }
  if (changed.length > 0) planner.bump(bucket, changed);
  return writeAnswer(req, () => bucketJson(bucket));
}

/**
 * docs/platform.md#planner-buckets: 204; If-Match required (pnp/pnpjs#1033). Its tasks go with it
 * (assumed).
 */
export function deleteBucket(req: ApiRequest, ctx: RouteContext, bucketId: string): EmuResponse {
  const planner = ctx.store.planner;
  const bucket = planner.requireBucket(bucketId);
  checkPlannerIfMatch(req, 'Bucket', bucket, 'delete', ctx.env.quirks.plannerStaleIfMatch);
  planner.deleteBucket(bucket);
  return { status: 204, headers: {} };
}
