/**
 * The check of kept work read back from the outbox (pending-work.ts). Its own module, loaded only
 * when a session finds work left behind: zod stays off local mode's first render.
 */
import * as z from 'zod/mini';
import type { PendingWork } from './pending-work';

// The outbox is this app's own storage, but read back it is input like any other: its envelope is
// checked here; intents are checked again by the store when sent (records, limits, versions).
const actionSchema = z.object({
  label: z.string(),
  intents: z.array(z.object({ kind: z.enum(['put', 'delete', 'put-profile', 'append-log']) })),
});
const baseSchema = z.object({
  key: z.string(),
  version: z.nullable(z.string()),
  record: z.nullable(z.record(z.string(), z.unknown())),
});
const workSchema = z.object({
  schema: z.literal(1),
  actions: z.array(actionSchema),
  notSaved: z.array(
    z.object({ action: actionSchema, message: z.string(), base: z.array(baseSchema) }),
  ),
  base: z.array(baseSchema),
});

/** Kept work read back from the outbox, or null when it is not work this version can send. */
export function parsePendingWork(value: unknown): PendingWork | null {
  const parsed = workSchema.safeParse(value);
  return parsed.success ? (value as PendingWork) : null;
}
