import { useMemo } from 'react';
import type { FunctionRow } from '../../domain/matrix/function-row';
import {
  moveRowToOwner,
  nextOrder,
  reorderRow,
  setRowRoles,
  type ChangeMeta,
} from '../../domain/matrix/matrix-edits';
import type { Owner, Side, SideRole } from '../../domain/matrix/roles';
import { OWNER_LABELS } from '../../domain/matrix/roles';
import { withoutVersion } from '../../ports/engagement-store';
import { useOpenEngagement } from './engagement-context';
import type { EditIntent } from '../../application/session/edit-intent';
import { useServices } from './services-context';
import { useUndoToast } from './use-undo-toast';

/** How an ownership change was agreed; recorded in the change log. */
export interface OwnershipReason {
  readonly renegotiated: boolean;
  readonly reason: string;
}

export type RowDraft = Pick<
  FunctionRow,
  'name' | 'category' | 'internal' | 'msp' | 'tieBreaker' | 'notes'
>;

/**
 * Every matrix edit as one saved action, shared by the matrix grid and the ownership board so both
 * log ownership changes the same way. Destructive actions offer Undo.
 */
export function useMatrixActions() {
  const { engagement, save } = useOpenEngagement();
  const services = useServices();
  const showUndo = useUndoToast();

  return useMemo(() => {
    const rowById = (id: string) => engagement.rows.find((row) => row.id === id);
    const meta = (why: OwnershipReason): ChangeMeta => ({
      entryId: services.newId(),
      at: services.now(),
      by: services.userName(),
      renegotiated: why.renegotiated,
      reason: why.reason.trim(),
    });
    const putRow = (row: FunctionRow): EditIntent => ({
      kind: 'put',
      collection: 'rows',
      record: withoutVersion(row),
    });

    const saveRoleEdit = (label: string, edit: ReturnType<typeof setRowRoles<FunctionRow>>) => {
      const intents: EditIntent[] = [putRow(edit.row)];
      if (edit.entry) intents.push({ kind: 'append-log', entry: edit.entry });
      save({ label, intents });
    };

    return {
      addRow(draft: RowDraft): string {
        const id = services.newId();
        const row: FunctionRow = {
          ...draft,
          name: draft.name.trim(),
          id,
          order: nextOrder(engagement.rows),
          archived: false,
        };
        save({ label: `Added “${row.name}”`, intents: [putRow(row)] });
        return id;
      },
      updateRow(
        rowId: string,
        patch: Partial<Pick<FunctionRow, 'name' | 'category' | 'notes' | 'tieBreaker'>>,
      ) {
        const row = rowById(rowId);
        if (!row) return;
        const next = {
          ...row,
          ...patch,
          ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        };
        save({
          label:
            patch.name !== undefined
              ? `Renamed “${row.name}” to “${next.name}”`
              : `Updated “${row.name}”`,
          intents: [putRow(next)],
        });
      },
      setRoles(rowId: string, roles: { internal: SideRole; msp: SideRole }, why: OwnershipReason) {
        const row = rowById(rowId);
        if (!row) return;
        saveRoleEdit(`Changed roles of “${row.name}”`, setRowRoles(row, roles, meta(why)));
      },
      moveToOwner(rowId: string, owner: Owner, why: OwnershipReason) {
        const row = rowById(rowId);
        if (!row) return;
        saveRoleEdit(
          `Moved “${row.name}” to ${OWNER_LABELS[owner]}`,
          moveRowToOwner(row, owner, meta(why)),
        );
      },
      setTieBreaker(rowId: string, tieBreaker: Side | null) {
        const row = rowById(rowId);
        if (row)
          save({
            label: `Set the tie-breaker of “${row.name}”`,
            intents: [putRow({ ...row, tieBreaker })],
          });
      },
      reorder(rowId: string, direction: 'up' | 'down') {
        const changed = reorderRow(engagement.rows, rowId, direction);
        if (changed.length === 0) return;
        save({ label: `Moved “${changed[0]?.name}” ${direction}`, intents: changed.map(putRow) });
      },
      archive(rowId: string) {
        const row = rowById(rowId);
        if (!row) return;
        save({ label: `Archived “${row.name}”`, intents: [putRow({ ...row, archived: true })] });
        showUndo(`Archived “${row.name}”`, () =>
          save({ label: `Restored “${row.name}”`, intents: [putRow({ ...row, archived: false })] }),
        );
      },
      restore(rowId: string) {
        const row = rowById(rowId);
        if (row)
          save({
            label: `Restored “${row.name}”`,
            intents: [putRow({ ...row, archived: false, order: nextOrder(engagement.rows) })],
          });
      },
    };
  }, [engagement.rows, save, services, showUndo]);
}

export type MatrixActions = ReturnType<typeof useMatrixActions>;

/** Records go to the store without the version the session tracks separately. */
