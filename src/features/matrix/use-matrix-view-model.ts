import { useEffect, useMemo, useRef, useState } from 'react';
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
  /** The filters in the address, and how to change them there. */
  filters: MatrixFilters,
  setFilters: (filters: MatrixFilters) => void,
) {
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
  const target = focusRowId ? rows.find((row) => row.id === focusRowId) : undefined;
  if (focusRowId !== seenFocus) {
    setSeenFocus(focusRowId);
    if (target?.archived) setShowArchived(true);
  }
  // The filters live in the address: clearing them is a navigation, so it waits for an effect,
  // once per followed link (a filter chosen later that hides the row is the user's choice).
  const focusHidden =
    target !== undefined &&
    !target.archived &&
    !visible.some((entry) => entry.row.id === target.id);
  const handledFocus = useRef<string | null>(null);
  useEffect(() => {
    if (focusRowId === handledFocus.current) return;
    handledFocus.current = focusRowId;
    if (focusHidden) setFilters(NO_FILTERS);
  }, [focusRowId, focusHidden, setFilters]);

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
