// zod's mini build: this runs on the Teams tab's first load, where every kilobyte counts.
import { z } from 'zod/mini';

/**
 * The shape a review's JSON must have to be trusted when read back from its list item. People can
 * edit items in Microsoft Lists, so what comes back is input (docs/platform.md#list-items): a
 * review whose JSON does not match is read from its visible columns only (review-fields.ts). The
 * schema checks what the screens and the card rely on — the people, the signatures, the decisions,
 * the post link and the lists' shapes — and lets the records inside the snapshot carry more fields.
 */
const lead = z.object({ name: z.string(), upn: z.string() });
const signOff = z.object({
  name: z.string(),
  upn: z.string(),
  at: z.string(),
  fingerprint: z.optional(z.string()),
});
const record = z.looseObject({ id: z.string() });
const owner = z.enum(['internal', 'msp', 'joint', 'unassigned']);

export const storedReviewSchema = z.looseObject({
  engagementId: z.string(),
  date: z.string(),
  quarter: z.string(),
  leads: z.object({ internal: lead, msp: lead }),
  snapshot: z.looseObject({
    rows: z.array(record),
    tools: z.array(record),
    channels: z.array(record),
    findings: z.array(z.looseObject({})),
  }),
  previousReviewId: z.nullable(z.string()),
  diff: z.looseObject({
    added: z.array(z.unknown()),
    archived: z.array(z.unknown()),
    renamed: z.array(z.unknown()),
    moves: z.array(z.unknown()),
    jointCount: z.object({ before: z.number(), after: z.number() }),
  }),
  scopeCreep: z.array(
    z.looseObject({
      changeId: z.string(),
      rowId: z.string(),
      rowName: z.string(),
      from: owner,
      to: owner,
      renegotiated: z.boolean(),
    }),
  ),
  decisions: z.array(
    z.object({ id: z.string(), text: z.string(), owner: z.nullable(z.enum(['internal', 'msp'])) }),
  ),
  signOffs: z.object({ internal: z.nullable(signOff), msp: z.nullable(signOff) }),
  nextReviewDate: z.string(),
  post: z.optional(
    z.object({ messageId: z.string(), postedAt: z.string(), webUrl: z.nullable(z.string()) }),
  ),
  discussedFindingIds: z.optional(z.array(z.string())),
});
