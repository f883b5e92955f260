import type { EngagementProfile } from '../engagement/profile';
import { activeRows, ownerOf, type FunctionRow } from './function-row';
import type { Owner, Side } from './roles';

/**
 * Which rows a person owns. A row's owner is a side (derived from the roles, see roles.ts); each
 * side answers through its lead in the engagement profile. So a row the internal side owns belongs
 * to the internal lead, an MSP row to the MSP lead, a joint row to both leads, and an unassigned
 * row to nobody — which is exactly why unassigned rows are a health finding.
 *
 * People are matched by user principal name (the profile's `upn`, the Teams context's `loginHint`).
 * UPNs are not case-sensitive, so neither is the match; an empty UPN never matches anyone.
 */

/** The same person's UPN, ignoring case and surrounding spaces; blank never matches. */
export function sameUpn(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = a?.trim().toLowerCase() ?? '';
  const right = b?.trim().toLowerCase() ?? '';
  return left !== '' && left === right;
}

/** The sides `upn` leads: none, one, or both (a small engagement may have one person on both). */
export function sidesLedBy(
  profile: Pick<EngagementProfile, 'internalLead' | 'mspLead'>,
  upn: string | null | undefined,
): Side[] {
  const sides: Side[] = [];
  if (sameUpn(profile.internalLead.upn, upn)) sides.push('internal');
  if (sameUpn(profile.mspLead.upn, upn)) sides.push('msp');
  return sides;
}

/** The sides whose lead answers for a row with this owner. */
export function sidesAnsweringFor(owner: Owner): Side[] {
  switch (owner) {
    case 'internal':
      return ['internal'];
    case 'msp':
      return ['msp'];
    case 'joint':
      return ['internal', 'msp'];
    case 'unassigned':
      return [];
  }
}

/**
 * The rows `upn` owns in one engagement: active rows (archived ones are no longer anyone's work),
 * in matrix order, whose owner answers through a side `upn` leads. Empty when `upn` leads nothing.
 */
export function rowsOwnedBy<T extends FunctionRow>(
  profile: Pick<EngagementProfile, 'internalLead' | 'mspLead'>,
  rows: readonly T[],
  upn: string | null | undefined,
): T[] {
  const led = sidesLedBy(profile, upn);
  if (led.length === 0) return [];
  return activeRows(rows).filter((row) =>
    sidesAnsweringFor(ownerOf(row)).some((side) => led.includes(side)),
  );
}
