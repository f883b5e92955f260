/**
 * Planner order hints (docs/platform.md#planner-order-hints).
 *
 * Hints sort by ordinal comparison and use characters 32–126. Clients never send a stored hint
 * back: they send `<previous hint> <next hint>!` (empty string for a missing neighbour; `" !"` for
 * the first or only item), a value that itself sorts between its neighbours. The service then
 * "calculates a short value that sorts in the desired location". The emulator does exactly that: it
 * finds where the client's value falls among the siblings' stored hints and generates a short hint
 * between those two neighbours. Stored hints use '#'…'~' and never end in '!' or contain a space,
 * so echoing one back is recognisably wrong (docs/platform.md#planner-order-hints: echoing a
 * returned value back is a 400).
 */
import { plannerBadRequest } from './planner-errors';

const MIN = 0x23; // '#': the service's lowest digit; generated hints never end with it.
const MAX = 0x7e; // '~'

/**
 * docs/platform.md#planner-order-hints: a value a client may send (composed from neighbours, ends
 * with '!').
 */
export function isClientOrderHint(value: string): boolean {
  if (!value.endsWith('!') || !value.includes(' ')) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 || c > 126) return false;
  }
  return true;
}

/**
 * docs/platform.md#planner-order-hints: a badly formatted order hint is a 400; the wording is
 * assumed.
 */
export function requireClientOrderHint(value: unknown, property = 'orderHint'): string {
  if (typeof value !== 'string' || !isClientOrderHint(value)) {
    throw plannerBadRequest(
      `The value of '${property}' is not a valid order hint. Send '<previous hint> <next hint>!' (or ' !'), not a value returned by the service.`,
    );
  }
  return value;
}

/** A string strictly between `lo` and `hi` (ordinal order; '' = before everything, undefined = after). */
function midpoint(lo: string, hi: string | undefined): string {
  if (hi !== undefined) {
    let n = 0;
    while (n < hi.length && (n < lo.length ? lo.charCodeAt(n) : MIN) === hi.charCodeAt(n)) n++;
    if (n > 0) return hi.slice(0, n) + midpoint(lo.slice(n), hi.slice(n));
  }
  const a = lo.length > 0 ? lo.charCodeAt(0) : MIN;
  const b = hi !== undefined ? hi.charCodeAt(0) : MAX + 1;
  if (b - a > 1) return String.fromCharCode(Math.round((a + b) / 2));
  if (hi !== undefined && hi.length > 1) return hi.slice(0, 1);
  return String.fromCharCode(a) + midpoint(lo.slice(1), undefined);
}

/**
 * The stored hint for an item placed by the client's `requested` value among `siblings` (the stored
 * hints of the other items in the same list). No value means " !": first (assumed: where the
 * service puts an item created without a hint is not documented).
 */
export function placeOrderHint(requested: string | undefined, siblings: readonly string[]): string {
  const wanted = requested ?? ' !';
  let lo = '';
  let hi: string | undefined;
  for (const hint of siblings) {
    if (hint < wanted && hint > lo) lo = hint;
    if (hint > wanted && (hi === undefined || hint < hi)) hi = hint;
  }
  return midpoint(lo, hi);
}
