import { useCallback, useState } from 'react';
import { ownerOf, type FunctionRow } from '../../domain/matrix/function-row';
import { movesTowardMsp, OWNER_LABELS, type SideRole } from '../../domain/matrix/roles';
import { sameRole } from './role-draft';
import type { MatrixActions, OwnershipReason } from '../shared/use-matrix-actions';

type Roles = { internal: SideRole; msp: SideRole };

interface PendingChange {
  readonly rowId: string;
  readonly roles: Roles;
  readonly title: string;
}

/**
 * A role change that moves ownership (or hands the MSP more of the work, which the scope-creep
 * check watches) is saved only after the user says whether it was renegotiated and why. Other role
 * changes (an edited condition, a side stepping back) are saved at once.
 */
export function useRoleChange(rows: readonly FunctionRow[], actions: MatrixActions) {
  const [pending, setPending] = useState<PendingChange | null>(null);

  const request = useCallback(
    (rowId: string, roles: Roles) => {
      const row = rows.find((candidate) => candidate.id === rowId);
      if (!row || (sameRole(row.internal, roles.internal) && sameRole(row.msp, roles.msp))) return;
      const before = ownerOf(row);
      const after = ownerOf(roles);
      if (before === after && !movesTowardMsp(row, roles)) {
        actions.setRoles(rowId, roles, { renegotiated: false, reason: '' });
        return;
      }
      const title =
        before === after
          ? `Give the MSP more of “${row.name}”`
          : `Change the owner of “${row.name}” from ${OWNER_LABELS[before]} to ${OWNER_LABELS[after]}`;
      setPending({ rowId, roles, title });
    },
    [rows, actions],
  );

  const confirm = (why: OwnershipReason) => {
    if (pending) actions.setRoles(pending.rowId, pending.roles, why);
    setPending(null);
  };
  const cancel = () => setPending(null);

  return { request, pending, confirm, cancel };
}
