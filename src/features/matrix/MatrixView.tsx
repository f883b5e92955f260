import { lazy, Suspense, useCallback, useId, useMemo, useRef, useState } from 'react';
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { validateFunctionName } from '../../domain/validation';
import { useOpenEngagement } from '../shared/engagement-context';
import type { ViewProps } from '../shared/view-props';
import { exportMenuPart } from './export/LazyExportMenu';
import { MatrixExports } from './export/MatrixExports';
import { PrefetchWhenIdle } from '../shared/on-demand';
import { inlineEditBoxPart } from './InlineTextEdit';
import { filterDropdownPart } from './LazyFilterDropdown';
import { roleCellPart } from './LazyRoleCell';
import { rowActionsMenuPart } from './LazyRowActionsMenu';
import { MatrixGrid } from './MatrixGrid';
import { MatrixToolbar } from './MatrixToolbar';
import { NO_FILTERS, type MatrixFilters } from './matrix-filters';
import { useMatrixActions } from '../shared/use-matrix-actions';
import { useMatrixViewModel } from './use-matrix-view-model';
import { useRoleChange } from './use-role-change';
import { useRowHandlers } from './use-row-handlers';

// Dialogs and the archive list load when first opened: the matrix's first paint doesn't pay for them.
const ArchivedRows = lazy(() =>
  import('./ArchivedRows').then((m) => ({ default: m.ArchivedRows })),
);
const AddRowDialog = lazy(() =>
  import('./AddRowDialog').then((m) => ({ default: m.AddRowDialog })),
);
const OwnershipChangeDialog = lazy(() =>
  import('../shared/OwnershipChangeDialog').then((m) => ({ default: m.OwnershipChangeDialog })),
);
// The rows' menus, role forms, edit boxes and the filters' listboxes show stand-ins at first paint;
// their code follows as soon as the browser is idle, so the first click on them is instant.
const MATRIX_PARTS = [
  rowActionsMenuPart,
  roleCellPart,
  inlineEditBoxPart,
  filterDropdownPart,
  exportMenuPart,
];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  empty: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalL,
  },
});

/** The responsibility matrix: every IT function, who does it, and who owns it. */
export function MatrixView({ focusRowId, openRow, route, navigate }: ViewProps) {
  const styles = useStyles();
  const { engagement } = useOpenEngagement();
  const rows = engagement.rows;
  const actions = useMatrixActions();
  const filters = useMemo(
    () => ({ owners: route.owners, categories: route.categories }),
    [route.owners, route.categories],
  );
  const setFilters = useCallback(
    (next: MatrixFilters) =>
      navigate(
        { view: 'matrix', rowId: focusRowId, owners: next.owners, categories: next.categories },
        { replace: true },
      ),
    [navigate, focusRowId],
  );
  const model = useMatrixViewModel(rows, focusRowId, filters, setFilters);
  const roleChange = useRoleChange(rows, actions);
  const gridRef = useRef<HTMLDivElement>(null);
  const handlers = useRowHandlers({ rows, actions, requestRoles: roleChange.request }, gridRef);
  const [adding, setAdding] = useState(false);
  const categoryListId = useId();

  return (
    <div className={styles.root}>
      <MatrixToolbar
        filters={model.filters}
        onFiltersChange={model.setFilters}
        categories={model.filterCategories}
        shown={model.visible.length}
        total={model.entries.length}
        showArchived={model.showArchived}
        archivedCount={model.archived.length}
        onShowArchivedChange={model.setShowArchived}
        onAdd={() => setAdding(true)}
      >
        <MatrixExports />
      </MatrixToolbar>
      <datalist id={categoryListId}>
        {model.suggestedCategories.map((category) => (
          <option key={category} value={category} />
        ))}
      </datalist>
      {model.visible.length === 0 && (
        <div className={styles.empty}>
          {model.filtered ? (
            <>
              <Body1>No functions match these filters.</Body1>
              <Button onClick={() => model.setFilters(NO_FILTERS)}>Clear filters</Button>
            </>
          ) : (
            <Body1>No functions yet. Add the first one to start the matrix.</Body1>
          )}
        </div>
      )}
      <MatrixGrid
        gridRef={gridRef}
        entries={model.visible}
        focusRowId={focusRowId}
        canReorder={!model.filtered}
        firstId={model.firstId}
        lastId={model.lastId}
        categoryListId={categoryListId}
        handlers={handlers}
      />
      {/* Its own boundary: a dialog loading must not blank the list. */}
      <Suspense fallback={null}>
        {model.showArchived && (
          <ArchivedRows rows={model.archived} focusRowId={focusRowId} onRestore={actions.restore} />
        )}
      </Suspense>
      <PrefetchWhenIdle parts={MATRIX_PARTS} />
      <Suspense fallback={null}>
        {adding && (
          <AddRowDialog
            validateName={(name) => validateFunctionName(name, rows)}
            categoryListId={categoryListId}
            onClose={() => setAdding(false)}
            onAdd={(draft) => {
              setAdding(false);
              openRow(actions.addRow(draft));
            }}
          />
        )}
        {roleChange.pending && (
          <OwnershipChangeDialog
            title={roleChange.pending.title}
            onConfirm={roleChange.confirm}
            onCancel={roleChange.cancel}
          />
        )}
      </Suspense>
    </div>
  );
}
