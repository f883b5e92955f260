/**
 * Reading whole collections from several requests at once, each settling on its own: every
 * `@odata.nextLink` is followed (the next pages of all requests go out together in one `$batch`,
 * https://learn.microsoft.com/graph/paging), and a request that fails on any page settles as its
 * failure without stopping the others. The personal tab reads many teams' sites this way, so one
 * team's 403 never hides another team's engagements.
 */
import { runBatches } from './graph-batch';
import { outcomeFailure } from './graph-errors';
import type { GraphFailure, GraphRequestSpec, GraphSender } from './graph-send';

export type Settled<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: GraphFailure };

interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

/**
 * Every item each request returns, across its pages, in the order the requests were given. Rejects
 * (`GraphFailure`) only when a whole `$batch` round trip fails.
 */
export async function readAllSettled<T>(
  sender: GraphSender,
  specs: readonly GraphRequestSpec[],
): Promise<Settled<T[]>[]> {
  const items = specs.map((): T[] => []);
  const failures = new Map<number, GraphFailure>();
  let pending = specs.map((spec, index) => ({ index, spec }));
  while (pending.length > 0) {
    const outcomes = await runBatches(
      sender,
      pending.map((p) => p.spec),
    );
    const next: typeof pending = [];
    outcomes.forEach((outcome, position) => {
      const { index } = pending[position]!;
      if (outcome.status !== 200) {
        failures.set(index, outcomeFailure(outcome));
        return;
      }
      const page = (outcome.body ?? {}) as Page<T>;
      items[index]!.push(...(page.value ?? []));
      const nextLink = page['@odata.nextLink'];
      if (nextLink) next.push({ index, spec: { method: 'GET', url: nextLink } });
    });
    pending = next;
  }
  return items.map((value, index) => {
    const failure = failures.get(index);
    return failure ? { ok: false, failure } : { ok: true, value };
  });
}
