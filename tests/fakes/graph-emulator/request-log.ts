/**
 * The request log: every top-level request and every `$batch` item, with the counts Tandem's
 * budgets are written in (docs/platform.md#throttling: round trips, and SharePoint resource units,
 * which count every request inside a batch on its own).
 */
import type { LogEntry, RequestLog } from './types';

type Draft = Omit<LogEntry, 'seq'>;

export interface RequestLogWriter extends RequestLog {
  /** Adds an entry and returns it; `finish` fills in what is only known at the end. */
  start(entry: Draft): { finish(update: Partial<Draft>): void };
}

export function createRequestLog(): RequestLogWriter {
  let entries: LogEntry[] = [];
  let seq = 0;
  return {
    start(draft) {
      const entry: LogEntry = { ...draft, seq: ++seq };
      const log = entries;
      log.push(entry);
      return {
        finish(update) {
          const index = log.indexOf(entry);
          if (index >= 0) log[index] = { ...(log[index] as LogEntry), ...update };
        },
      };
    },
    entries: () => [...entries],
    // A `$batch` is one round trip whatever it carries (docs/platform.md#batch-requests).
    roundTrips: () => entries.filter((e) => !e.inBatch).length,
    resourceUnits: () => entries.reduce((sum, e) => sum + e.resourceUnits, 0),
    reset() {
      entries = [];
    },
  };
}
