import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { FunctionRow } from '../../domain/matrix/function-row';
import { validateFunctionName } from '../../domain/validation';
import type { RowHandlers } from './row-handlers';
import type { MatrixActions } from '../shared/use-matrix-actions';

interface Latest {
  readonly rows: readonly FunctionRow[];
  readonly actions: MatrixActions;
  readonly requestRoles: RowHandlers['requestRoles'];
}

/**
 * One handler object for every row, the same for the life of the view. The actions object changes
 * with every save; reading it through a ref keeps the rows' props equal so `memo` can skip them.
 */
export function useRowHandlers(
  latest: Latest,
  gridRef: RefObject<HTMLElement | null>,
): RowHandlers {
  const ref = useRef(latest);
  useLayoutEffect(() => {
    ref.current = latest;
  });

  return useMemo<RowHandlers>(
    () => ({
      validateName: (name, rowId) => validateFunctionName(name, ref.current.rows, rowId),
      rename: (rowId, name) => ref.current.actions.updateRow(rowId, { name }),
      setCategory: (rowId, category) => ref.current.actions.updateRow(rowId, { category }),
      setNotes: (rowId, notes) => ref.current.actions.updateRow(rowId, { notes }),
      requestRoles: (rowId, roles) => ref.current.requestRoles(rowId, roles),
      setTieBreaker: (rowId, tieBreaker) => ref.current.actions.setTieBreaker(rowId, tieBreaker),
      reorder: (rowId, direction) => ref.current.actions.reorder(rowId, direction),
      archive: (rowId) => {
        ref.current.actions.archive(rowId);
        // The row (and the menu that had focus) is gone: keep keyboard users in the grid.
        window.setTimeout(() => gridRef.current?.focus(), 0);
      },
    }),
    [gridRef],
  );
}
