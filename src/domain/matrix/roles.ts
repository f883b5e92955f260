/**
 * Who does a function, per side, and who therefore owns it.
 *
 * The seed's matrix marks each side of a row as the owner (✓), a conditional helper ("Overflow only"),
 * or nothing. Ownership is never stored: it is derived from the two roles so it cannot drift from them.
 */

import { lengthProblem } from '../limits';

export type Side = 'internal' | 'msp';

export type SideRole =
  | { readonly kind: 'primary' }
  | { readonly kind: 'secondary'; readonly condition: string }
  | { readonly kind: 'none' };

export type Owner = 'internal' | 'msp' | 'joint' | 'unassigned';

export const OWNERS: readonly Owner[] = ['internal', 'msp', 'joint', 'unassigned'];

export const PRIMARY: SideRole = { kind: 'primary' };
export const NONE: SideRole = { kind: 'none' };
export const secondary = (condition: string): SideRole => ({ kind: 'secondary', condition });

/** One primary → that side; both primary → joint; no primary → unassigned. */
export function deriveOwner(internal: SideRole, msp: SideRole): Owner {
  const internalLeads = internal.kind === 'primary';
  const mspLeads = msp.kind === 'primary';
  if (internalLeads && mspLeads) return 'joint';
  if (internalLeads) return 'internal';
  if (mspLeads) return 'msp';
  return 'unassigned';
}

/**
 * The roles after a row is moved to `owner` (board drag or "Move to…").
 * The new owner side(s) become primary; a side that loses ownership becomes `none`
 * unless it was already a secondary helper, whose condition is kept.
 */
export function rolesForOwner(
  owner: Owner,
  current: { internal: SideRole; msp: SideRole },
): { internal: SideRole; msp: SideRole } {
  const demote = (role: SideRole): SideRole => (role.kind === 'primary' ? NONE : role);
  switch (owner) {
    case 'internal':
      return { internal: PRIMARY, msp: demote(current.msp) };
    case 'msp':
      return { internal: demote(current.internal), msp: PRIMARY };
    case 'joint':
      return { internal: PRIMARY, msp: PRIMARY };
    case 'unassigned':
      return { internal: demote(current.internal), msp: demote(current.msp) };
  }
}

/** How much of the work a side holds: none < secondary < primary. Used to tell the direction of a move. */
function weight(role: SideRole): number {
  return role.kind === 'primary' ? 2 : role.kind === 'secondary' ? 1 : 0;
}

/**
 * True when a change hands work to the MSP. When the owner changes, the owner decides: the row
 * becomes the MSP's, or joint from internal/unassigned. (Internal → unassigned is work dropped,
 * not handed over.) When the owner stays, the MSP's own role growing (none → secondary) counts.
 */
export function movesTowardMsp(
  from: { internal: SideRole; msp: SideRole },
  to: { internal: SideRole; msp: SideRole },
): boolean {
  const before = deriveOwner(from.internal, from.msp);
  const after = deriveOwner(to.internal, to.msp);
  if (before === after) return weight(to.msp) > weight(from.msp);
  if (after === 'msp') return true;
  return after === 'joint' && (before === 'internal' || before === 'unassigned');
}

/**
 * What is wrong with a role, or null: a secondary role needs its condition — when the side steps
 * in is the whole point of "secondary" (every row of the seed's matrix names one), and a blank one
 * left the board inventing "Helps when needed".
 */
export function roleProblem(role: SideRole): string | null {
  if (role.kind !== 'secondary') return null;
  return role.condition.trim() === ''
    ? 'A secondary role needs its condition: when does this side step in (for example “Overflow only”)?'
    : lengthProblem(role.condition, 'The condition', 'note');
}

/** The name of each role kind, as the matrix and its CSV export show it. */
export const ROLE_LABELS: Record<SideRole['kind'], string> = {
  primary: 'Primary',
  secondary: 'Secondary',
  none: 'None',
};

export function describeRole(role: SideRole): string {
  switch (role.kind) {
    case 'primary':
      return 'Primary';
    case 'secondary':
      return role.condition ? `Secondary — ${role.condition}` : 'Secondary';
    case 'none':
      return 'None';
  }
}

/** The two sides as people call them in the UI ("Sign for the Internal IT side"). */
export const SIDE_LABELS: Record<Side, string> = { internal: 'Internal IT', msp: 'MSP' };

export const OWNER_LABELS: Record<Owner, string> = {
  internal: 'Internal',
  msp: 'MSP',
  joint: 'Joint',
  unassigned: 'Unassigned',
};
