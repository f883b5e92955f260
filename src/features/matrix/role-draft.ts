import type { SideRole } from '../../domain/matrix/roles';

/**
 * A side's role while it is being edited. The condition is kept separately from the kind so that
 * clicking "Primary" and back to "Secondary" does not lose what the user typed.
 */
export interface RoleDraft {
  readonly kind: SideRole['kind'];
  readonly condition: string;
}

export const toRoleDraft = (role: SideRole): RoleDraft => ({
  kind: role.kind,
  condition: role.kind === 'secondary' ? role.condition : '',
});

export function fromRoleDraft(draft: RoleDraft): SideRole {
  if (draft.kind === 'secondary') return { kind: 'secondary', condition: draft.condition.trim() };
  return { kind: draft.kind };
}

export function sameRole(a: SideRole, b: SideRole): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'secondary' || (b.kind === 'secondary' && a.condition === b.condition);
}

export { SIDE_LABELS } from '../../domain/matrix/roles';
