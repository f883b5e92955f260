/**
 * Shortcuts for the Planner self-tests: a fixture with one group, and create/patch helpers that go
 * through the real graph-client (test-harness `clientFor`) so its request building is exercised.
 */
import type { GraphEmulatorOptions } from './index';
import { GROUP_ID, fixture, type ClientOptions, type Fixture } from './test-harness';

export { GROUP_ID };

/** The emulator's default signed-in user (createdBy, assignedBy). */
export const ME = '6e9c1e7a-6f6c-4b8e-9c55-1f0d6f3c2a11';

/** Other members' user ids (assignees). */
export const ALICE = 'fbab97d0-4932-4511-b675-204639209557';
export const BOB = 'aaa27244-1db4-476a-a5cb-004607466324';

export const ASSIGNMENT = '#microsoft.graph.plannerAssignment';
export const CHECKLIST_ITEM = '#microsoft.graph.plannerChecklistItem';

/** docs/platform.md#etags-and-if-match: `W/"JzEt…"` (base64 of `'1-…`). */
export const PLANNER_ETAG = /^W\/"JzEt[A-Za-z0-9+/]+={0,2}"$/;

export interface PlannerEntity {
  '@odata.etag': string;
  id: string;
  [key: string]: unknown;
}

export interface PlannerFixture extends Fixture {
  plan(title?: string): Promise<PlannerEntity>;
  bucket(planId: string, name: string, orderHint?: string): Promise<PlannerEntity>;
  task(body: Record<string, unknown>): Promise<PlannerEntity>;
  get(path: string): Promise<PlannerEntity>;
  /** A raw PATCH (status and body visible); `prefer` adds `Prefer: return=representation`. */
  patch(path: string, etag: string | undefined, body: unknown, prefer?: boolean): Promise<Response>;
  remove(path: string, etag: string | undefined): Promise<Response>;
}

export function plannerFixture(
  options: GraphEmulatorOptions = {},
  client: ClientOptions = {},
): PlannerFixture {
  const f = fixture(options, client);
  const post = async (path: string, body: unknown) =>
    (await f.client.api(path).post(body)) as PlannerEntity;
  const headers = (etag: string | undefined, prefer = false) => ({
    ...(etag === undefined ? {} : { 'If-Match': etag }),
    ...(prefer ? { Prefer: 'return=representation' } : {}),
  });
  return {
    ...f,
    plan: (title = 'Onboarding: Contoso') =>
      post('/planner/plans', {
        container: { url: `https://graph.microsoft.com/v1.0/groups/${GROUP_ID}` },
        title,
      }),
    bucket: (planId, name, orderHint) =>
      post('/planner/buckets', { name, planId, ...(orderHint === undefined ? {} : { orderHint }) }),
    task: (body) => post('/planner/tasks', body),
    get: async (path) => (await f.client.api(path).get()) as PlannerEntity,
    patch: async (path, etag, body, prefer) =>
      (await f.client
        .api(path)
        .headers(headers(etag, prefer))
        .responseType('raw' as never)
        .patch(body)) as Response,
    remove: async (path, etag) =>
      (await f.client
        .api(path)
        .headers(headers(etag))
        .responseType('raw' as never)
        .delete()) as Response,
  };
}

/** The JSON error of a raw response. */
export async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}
