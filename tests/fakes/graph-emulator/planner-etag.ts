/**
 * Planner ETags and the If-Match rule (docs/platform.md#etags-and-if-match).
 *
 * Format: `W/"<base64>"`. The documented example `W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc="` decodes to
 * `'1-Task  @@@@@@@@@@@@@@@X'` (plannertask-update), and a plan-details etag to
 * `'1-PlanDetails @@@@@@@@@@@@@@@D'` (microsoft-graph-docs#14360): a kind, padded to a multiple of three
 * bytes, then 16 version characters where `@` is zero. The emulator writes the version there:
 * five groups `@@<d>` with d ∈ '@'…'s' (base 52) and a last character '@'…'~' (base 63), so version 24
 * gives the documented `…@X'`. With these digits every base64 character moves monotonically, so a newer
 * etag is ordinally greater both decoded and as sent (docs/platform.md#etags-and-if-match: the newer
 * etag is the ordinally greater one). Versions come from one emulator-wide sequence, so two resources
 * never share an etag.
 * The kind prefixes for Plan, Bucket and TaskDetails are modelled on the two known ones (assumed).
 */
import type { ApiRequest } from './api-request';
import { ifMatchInvalid, ifMatchMissing, staleETag } from './planner-errors';

export type PlannerKind = 'Plan' | 'PlanDetails' | 'Bucket' | 'Task' | 'TaskDetails';

const PREFIX: Record<PlannerKind, string> = {
  Task: "'1-Task  ",
  PlanDetails: "'1-PlanDetails ",
  Plan: "'1-Plan  ",
  Bucket: "'1-Bucket",
  TaskDetails: "'1-TaskDetails ",
};

const GROUPS = 5;
const GROUP_BASE = 52;
const LAST_BASE = 63;
const ZERO = 0x40; // '@'
export const MAX_ETAG_VERSION = GROUP_BASE ** GROUPS * LAST_BASE - 1;

/** One change of a resource: the version it produced and the properties it touched. */
export interface ChangeRecord {
  seq: number;
  /** `title`, `percentComplete`, or `assignments/<userId>`, `checklist/<itemId>`… */
  paths: readonly string[];
}

/** What every Planner record carries for its etag. */
export interface Versioned {
  /** The version in the current etag. */
  seq: number;
  /** The version it was created with. */
  createdSeq: number;
  changes: ChangeRecord[];
}

export function plannerETag(kind: PlannerKind, seq: number): string {
  if (!Number.isInteger(seq) || seq < 0 || seq > MAX_ETAG_VERSION) {
    throw new Error(`Planner etag version out of range: ${seq}`);
  }
  let rest = Math.floor(seq / LAST_BASE);
  let digits = String.fromCharCode(ZERO + (seq % LAST_BASE));
  for (let i = 0; i < GROUPS; i++) {
    digits = `@@${String.fromCharCode(ZERO + (rest % GROUP_BASE))}${digits}`;
    rest = Math.floor(rest / GROUP_BASE);
  }
  const inner = `${PREFIX[kind]}${digits}'`;
  return `W/"${Buffer.from(inner, 'latin1').toString('base64')}"`;
}

/** Reads an etag the emulator could have issued; undefined for anything else. */
export function parsePlannerETag(value: string): { kind: PlannerKind; seq: number } | undefined {
  // The weak prefix is optional here (assumed); a backslash-escaped value
  // (docs/platform.md#etags-and-if-match) is invalid.
  const m = /^(?:W\/)?"([A-Za-z0-9+/]+={0,2})"$/.exec(value.trim());
  if (!m) return undefined;
  const base64 = m[1] as string;
  const inner = Buffer.from(base64, 'base64').toString('latin1');
  if (Buffer.from(inner, 'latin1').toString('base64') !== base64) return undefined;
  for (const kind of Object.keys(PREFIX) as PlannerKind[]) {
    const prefix = PREFIX[kind];
    if (!inner.startsWith(prefix) || inner.length !== prefix.length + 17 || !inner.endsWith("'")) {
      continue;
    }
    const digits = inner.slice(prefix.length, -1);
    let seq = 0;
    for (let i = 0; i < GROUPS; i++) {
      const group = digits.slice(i * 3, i * 3 + 3);
      const d = group.charCodeAt(2) - ZERO;
      if (!group.startsWith('@@') || d < 0 || d >= GROUP_BASE) return undefined;
      seq = seq * GROUP_BASE + d;
    }
    const last = digits.charCodeAt(15) - ZERO;
    if (last < 0 || last >= LAST_BASE) return undefined;
    return { kind, seq: seq * LAST_BASE + last };
  }
  return undefined;
}

const overlaps = (a: string, b: string): boolean =>
  a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

export type StaleIfMatchPolicy = 'merge' | 'reject';

/**
 * docs/platform.md#etags-and-if-match: PATCH and DELETE need `If-Match` (missing → 412, as
 * reported); "Planner allows changes to older versions of resources, if the intended change does
 * not conflict with newer changes". Under 'merge' an older etag of this resource passes when no
 * newer change touched the same property (or dictionary key) (Planner's exact conflict granularity
 * is assumed); a DELETE never merges. Under 'reject' every etag but the current one fails. Anything
 * else is stale → 412.
 */
export function checkPlannerIfMatch(
  req: ApiRequest,
  kind: PlannerKind,
  resource: Versioned,
  touched: readonly string[] | 'delete',
  policy: StaleIfMatchPolicy,
): void {
  const header = req.header('if-match');
  if (header === undefined || header.trim() === '') throw ifMatchMissing();
  // `*` is refused (assumed): Tandem must always send the etag it read (docs/architecture.md).
  const parsed = parsePlannerETag(header);
  if (!parsed || parsed.kind !== kind) throw ifMatchInvalid();
  if (parsed.seq === resource.seq) return;
  if (policy === 'reject' || touched === 'delete') throw staleETag();
  const known =
    parsed.seq === resource.createdSeq || resource.changes.some((c) => c.seq === parsed.seq);
  if (!known || parsed.seq > resource.seq) throw staleETag();
  const conflict = resource.changes.some(
    (change) =>
      change.seq > parsed.seq && change.paths.some((p) => touched.some((t) => overlaps(p, t))),
  );
  if (conflict) throw staleETag();
}
