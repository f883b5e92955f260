/**
 * The Planner routes (docs/platform.md#planner-plans and the sections after it). `routePlanner`
 * answers `/planner/…` and `/groups/{id}/planner/plans`, and leaves every other path to the site
 * router. Planner requests cost no SharePoint resource units (docs/platform.md#throttling counts
 * SharePoint only) but are logged and counted as round trips like any request; inside `$batch` they
 * run through the same handlers and rules.
 */
import type { ApiRequest, RouteContext, Routed } from './api-request';
import { badRequest, methodNotAllowed } from './errors';
import type { EmuResponse } from './http';
import {
  createBucket,
  deleteBucket,
  getBucket,
  listPlanBuckets,
  patchBucket,
} from './routes-planner-buckets';
import {
  createPlan,
  getPlan,
  getPlanDetails,
  listGroupPlans,
  patchPlan,
  patchPlanDetails,
} from './routes-planner-plans';
import {
  createTask,
  deleteTask,
  getTask,
  getTaskDetails,
  listPlanTasks,
  patchTask,
  patchTaskDetails,
} from './routes-planner-tasks';

type Handler = (req: ApiRequest, ctx: RouteContext, ...params: string[]) => EmuResponse;

/** Segments of the path; '*' captures one. */
const ROUTES: Array<{ pattern: string[]; methods: Record<string, Handler> }> = [
  { pattern: ['groups', '*', 'planner', 'plans'], methods: { GET: listGroupPlans } },
  { pattern: ['planner', 'plans'], methods: { POST: createPlan } },
  { pattern: ['planner', 'plans', '*'], methods: { GET: getPlan, PATCH: patchPlan } },
  {
    pattern: ['planner', 'plans', '*', 'details'],
    methods: { GET: getPlanDetails, PATCH: patchPlanDetails },
  },
  { pattern: ['planner', 'plans', '*', 'buckets'], methods: { GET: listPlanBuckets } },
  { pattern: ['planner', 'plans', '*', 'tasks'], methods: { GET: listPlanTasks } },
  { pattern: ['planner', 'buckets'], methods: { POST: createBucket } },
  {
    pattern: ['planner', 'buckets', '*'],
    methods: { GET: getBucket, PATCH: patchBucket, DELETE: deleteBucket },
  },
  { pattern: ['planner', 'tasks'], methods: { POST: createTask } },
  {
    pattern: ['planner', 'tasks', '*'],
    methods: { GET: getTask, PATCH: patchTask, DELETE: deleteTask },
  },
  {
    pattern: ['planner', 'tasks', '*', 'details'],
    methods: { GET: getTaskDetails, PATCH: patchTaskDetails },
  },
];

function match(pattern: string[], segments: string[]): string[] | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] as string;
    const s = segments[i] as string;
    if (p === '*') params.push(s);
    else if (p.toLowerCase() !== s.toLowerCase()) return undefined;
  }
  return params;
}

const isPlannerPath = (segments: string[]) =>
  segments[0]?.toLowerCase() === 'planner' ||
  (segments[0]?.toLowerCase() === 'groups' && segments[2]?.toLowerCase() === 'planner');

/** undefined: not a Planner path. Throws (cost 0) for an unknown Planner path or verb. */
export function routePlanner(req: ApiRequest, ctx: RouteContext): Routed | undefined {
  const segments = req.path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s));
  if (!isPlannerPath(segments)) return undefined;
  for (const candidate of ROUTES) {
    const params = match(candidate.pattern, segments);
    if (!params) continue;
    const handler = candidate.methods[req.method];
    if (!handler) throw methodNotAllowed(req.method);
    return { cost: 0, run: () => handler(req, ctx, ...params) };
  }
  const known = segments.findIndex(
    (_, i) => !ROUTES.some((r) => match(r.pattern.slice(0, i + 1), segments.slice(0, i + 1))),
  );
  // Graph's wording for a path it does not know, as in router.ts (assumed).
  throw badRequest(
    `Resource not found for the segment '${segments[known] ?? segments.at(-1) ?? ''}'.`,
  );
}
