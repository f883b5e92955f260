import type { ChangeEntry } from '../engagement/change-log';

/**
 * The matrix's version for an export or a printed appendix: the number of ownership changes logged
 * so far (the log is append-only, so the number only grows) and the date of the last one.
 * "As of change 12 (2026-11-20)"; a matrix never changed since it was set up is "as first agreed".
 */
export function matrixVersion(changeLog: readonly Pick<ChangeEntry, 'at'>[]): string {
  const last = changeLog.reduce<string | null>(
    (latest, entry) => (latest === null || entry.at > latest ? entry.at : latest),
    null,
  );
  if (last === null) return 'As first agreed (no ownership changes logged)';
  return `As of change ${changeLog.length} (${last.slice(0, 10)})`;
}
