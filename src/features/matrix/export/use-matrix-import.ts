import { plural } from '../../../domain/plural';
import { useCallback } from 'react';
import type { FunctionRow } from '../../../domain/matrix/function-row';
import type { ChangeMeta } from '../../../domain/matrix/matrix-edits';
import {
  planImportUndo,
  planMatrixImport,
  type ImportPlan,
} from '../../../domain/matrix/matrix-import';
import type { FunctionRowDraft } from '../../../domain/matrix/matrix-table';
import { withoutVersion } from '../../../ports/engagement-store';
import type { EditIntent } from '../../../application/session/edit-intent';
import { useOpenEngagement } from '../../shared/engagement-context';
import { useServices } from '../../shared/services-context';
import { useUndoToast } from '../../shared/use-undo-toast';

const putRow = (row: FunctionRow): EditIntent => ({
  kind: 'put',
  collection: 'rows',
  record: withoutVersion(row),
});

/** "3 added, 2 updated" — what an import did, for the save label and the toast. */
export function describeImport(plan: Pick<ImportPlan, 'added' | 'updated'>): string {
  return `${plural(plan.added, 'function')} added, ${plan.updated} updated`;
}

/**
 * Applies imported rows as ONE saved action (so the sync indicator shows saving, failed and Retry
 * as for any edit), logs the ownership changes it makes, and offers Undo, which is one action too.
 * Returns the plan, or null when the file changes nothing.
 */
export function useMatrixImport() {
  const { engagement, save, session } = useOpenEngagement();
  const services = useServices();
  const showUndo = useUndoToast();

  return useCallback(
    (drafts: readonly FunctionRowDraft[], fileName: string): ImportPlan | null => {
      const meta =
        (reason: string) =>
        (_: number): ChangeMeta => ({
          entryId: services.newId(),
          at: services.now(),
          by: services.userName(),
          renegotiated: false,
          reason,
        });
      const plan = planMatrixImport(engagement.rows, drafts, meta(`Imported from ${fileName}`));
      if (plan.rows.length === 0) return null;
      const label = `Imported ${fileName}: ${describeImport(plan)}`;
      save({
        label,
        intents: [
          ...plan.rows.map(putRow),
          ...plan.entries.map((entry): EditIntent => ({ kind: 'append-log', entry })),
        ],
      });
      showUndo(label, () => {
        // Undo may come long after the import (its dialog long closed): it works on the rows as
        // they are then, so edits made since are kept (planImportUndo).
        const now = session.getState();
        const rows = now.status === 'ready' ? now.engagement.rows : engagement.rows;
        const current = rows.map((row) => withoutVersion(row));
        const undo = planImportUndo(plan, current, meta(`Undid the import of ${fileName}`));
        save({
          label: `Undid the import of ${fileName}`,
          intents: [
            ...undo.rows.map(putRow),
            ...undo.deleteIds.map((id): EditIntent => ({ kind: 'delete', collection: 'rows', id })),
            ...undo.entries.map((entry): EditIntent => ({ kind: 'append-log', entry })),
          ],
        });
      });
      return plan;
    },
    [engagement.rows, save, session, services, showUndo],
  );
}
