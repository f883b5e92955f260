import { useMemo, useState } from 'react';
import type { FunctionRow } from '../../domain/matrix/function-row';
import {
  categoriesOf,
  filterEntries,
  isFiltered,
  NO_FILTERS,
  toEntries,
  type MatrixFilters,
} from './matrix-filters';

/**
 * What the matrix shows: the active rows with their owners, narrowed by the filters, and the
 * archived rows. Everything derived is memoised on the rows, so typing in a cell or opening a menu
 * does not re-sort or re-filter 2,000 rows.
 */
export function useMatrixViewModel<R extends FunctionRow>(
  rows: readonly R[],
  focusRowId: string | null,
) {
  const [filters, setFilters] = useState<MatrixFilters>(NO_FILTERS);
  const [showArchived, setShowArchived] = useState(false);

  const entries = useMemo(() => toEntries(rows), [rows]);
  const visible = useMemo(() => filterEntries(entries, filters), [entries, filters]);
  const filterCategories = useMemo(
    () => categoriesOf(entries.map((entry) => entry.row)),
    [entries],
  );
  const suggestedCategories = useMemo(() => categoriesOf(rows), [rows]);
  const archived = useMemo(
    () => rows.filter((row) => row.archived).sort((a, b) => a.name.localeCompare(b.name)),
    [rows],
  );

  // A followed link must land on its row: drop filters that hide it, open the archive if it is
  // there. Adjusted while rendering (not in an effect) so the row is on screen in the same pass.
  const [seenFocus, setSeenFocus] = useState<string | null>(null);
  if (focusRowId !== seenFocus) {
    setSeenFocus(focusRowId);
    const target = focusRowId ? rows.find((row) => row.id === focusRowId) : undefined;
    if (target?.archived) setShowArchived(true);
    else if (target && !visible.some((entry) => entry.row.id === target.id)) setFilters(NO_FILTERS);
  }

  return {
    filters,
    setFilters,
    filtered: isFiltered(filters),
    showArchived,
    setShowArchived,
    entries,
    visible,
    filterCategories,
    suggestedCategories,
    archived,
    firstId: entries[0]?.row.id ?? null,
    lastId: entries[entries.length - 1]?.row.id ?? null,
  };
}
