import type { ChangeEntry } from '../../domain/engagement/change-log';
import { OWNER_LABELS, describeRole, movesTowardMsp } from '../../domain/matrix/roles';

/** Newest first; entries at the same instant keep the order they were logged in. */
export function newestFirst(entries: readonly ChangeEntry[]): ChangeEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.at.localeCompare(a.entry.at) || b.index - a.index)
    .map(({ entry }) => entry);
}

/** The entries the seed warns about: work handed to the MSP without both sides agreeing. */
export const isUnrenegotiatedMoveToMsp = (entry: ChangeEntry) =>
  !entry.renegotiated && movesTowardMsp(entry.from, entry.to);

/** "Internal" plus each side's role, e.g. "Internal: Primary · MSP: Secondary — Overflow only". */
export function describeOwnership(side: ChangeEntry['from']): { owner: string; roles: string } {
  return {
    owner: OWNER_LABELS[side.owner],
    roles: `Internal: ${describeRole(side.internal)} · MSP: ${describeRole(side.msp)}`,
  };
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A timestamp in the reader's locale; a malformed one is shown as stored rather than hidden. */
export function formatWhen(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : WHEN.format(date);
}
