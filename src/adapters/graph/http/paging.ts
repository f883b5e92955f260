/**
 * Every page of Graph collections: each `@odata.nextLink` is followed
 * (https://learn.microsoft.com/graph/paging). One collection is read request by request
 * (`readEveryPage`); several are read together (`collectPages`), the next pages of all of them in
 * one `$batch` per round, each collection settling on its own — so the personal tab's read of many
 * teams' sites is not stopped by one team's 403, and a store's read stops at the first failure.
 */
import { outcomeFailure, runBatches, type BatchOutcome } from './batch';
import type { GraphFailure, GraphRequestSpec, GraphSender } from './send';

/** One page of a Graph collection. */
export interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

export type Settled<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: GraphFailure };

/** Where a collection starts: a request still to send, or its first page already read. */
export type PageStart<T> = { readonly spec: GraphRequestSpec } | { readonly page: Page<T> };

export type Collected<T> =
  | { readonly ok: true; readonly items: T[] }
  | { readonly ok: false; readonly outcome: BatchOutcome };

const nextOf = (page: Page<unknown>): GraphRequestSpec | null => {
  const url = page['@odata.nextLink'];
  return url ? { method: 'GET', url } : null;
};

/** Every item of one collection, page after page. Rejects with `GraphFailure`. */
export async function readEveryPage<T>(sender: GraphSender, first: GraphRequestSpec): Promise<T[]> {
  const items: T[] = [];
  for (let spec: GraphRequestSpec | null = first; spec;) {
    const page = ((await sender.send(spec)).body ?? {}) as Page<T>;
    items.push(...(page.value ?? []));
    spec = nextOf(page);
  }
  return items;
}

/**
 * Every item of each collection, in the order given, or the outcome that failed it. With
 * `stopOnFailure`, no further page is asked for once a round had a failure (the callers that
 * reject anyway). Rejects (`GraphFailure`) only when a whole `$batch` round trip fails.
 */
export async function collectPages<T>(
  sender: GraphSender,
  starts: readonly PageStart<T>[],
  options: { readonly stopOnFailure?: boolean } = {},
): Promise<Collected<T>[]> {
  const items = starts.map((): T[] => []);
  const failures = new Map<number, BatchOutcome>();
  let pending: { index: number; spec: GraphRequestSpec }[] = [];
  starts.forEach((start, index) => {
    if ('spec' in start) {
      pending.push({ index, spec: start.spec });
      return;
    }
    items[index]!.push(...(start.page.value ?? []));
    const next = nextOf(start.page);
    if (next) pending.push({ index, spec: next });
  });
  while (pending.length > 0 && !(options.stopOnFailure && failures.size > 0)) {
    const outcomes = await runBatches(
      sender,
      pending.map((p) => p.spec),
    );
    const next: typeof pending = [];
    outcomes.forEach((outcome, position) => {
      const { index } = pending[position]!;
      if (outcome.status !== 200) {
        failures.set(index, outcome);
        return;
      }
      const page = (outcome.body ?? {}) as Page<T>;
      items[index]!.push(...(page.value ?? []));
      const spec = nextOf(page);
      if (spec) next.push({ index, spec });
    });
    pending = next;
  }
  return items.map((value, index) => {
    const outcome = failures.get(index);
    return outcome ? { ok: false, outcome } : { ok: true, items: value };
  });
}

/**
 * Every item each request returns, across its pages, in the order the requests were given, each
 * settling on its own. Rejects (`GraphFailure`) only when a whole `$batch` round trip fails.
 */
export async function readAllSettled<T>(
  sender: GraphSender,
  specs: readonly GraphRequestSpec[],
): Promise<Settled<T[]>[]> {
  const collected = await collectPages<T>(
    sender,
    specs.map((spec) => ({ spec })),
  );
  return collected.map((result) =>
    result.ok
      ? { ok: true, value: result.items }
      : { ok: false, failure: outcomeFailure(result.outcome) },
  );
}

/** Every item of each collection; rejects with the first failure (in the order given). */
export async function readAll<T>(
  sender: GraphSender,
  starts: readonly PageStart<T>[],
  toError: (outcome: BatchOutcome) => Error = outcomeFailure,
): Promise<T[][]> {
  const collected = await collectPages(sender, starts, { stopOnFailure: true });
  return collected.map((result) => {
    if (!result.ok) throw toError(result.outcome);
    return result.items;
  });
}
