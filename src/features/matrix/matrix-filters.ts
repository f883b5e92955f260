import { activeRows, ownerOf, type FunctionRow } from '../../domain/matrix/function-row';
import type { Owner } from '../../domain/matrix/roles';

/** What the matrix is narrowed to. An empty list means "all". */
export interface MatrixFilters {
  readonly owners: readonly Owner[];
  readonly categories: readonly string[];
}

export const NO_FILTERS: MatrixFilters = { owners: [], categories: [] };

/** A row with its derived owner, computed once per change of the rows rather than per render. */
export interface MatrixEntry<R extends FunctionRow = FunctionRow> {
  readonly row: R;
  readonly owner: Owner;
}

export function toEntries<R extends FunctionRow>(rows: readonly R[]): MatrixEntry<R>[] {
  return activeRows(rows).map((row) => ({ row, owner: ownerOf(row) }));
}

export function isFiltered(filters: MatrixFilters): boolean {
  return filters.owners.length > 0 || filters.categories.length > 0;
}

export function filterEntries<R extends FunctionRow>(
  entries: readonly MatrixEntry<R>[],
  filters: MatrixFilters,
): MatrixEntry<R>[] {
  if (!isFiltered(filters)) return [...entries];
  const owners = new Set(filters.owners);
  const categories = new Set(filters.categories);
  return entries.filter(
    ({ row, owner }) =>
      (owners.size === 0 || owners.has(owner)) &&
      (categories.size === 0 || categories.has(row.category)),
  );
}

/** Distinct non-empty categories of every row (archived too), for filters and suggestions. */
export function categoriesOf(rows: readonly Pick<FunctionRow, 'category'>[]): string[] {
  const names = new Set(rows.map((row) => row.category.trim()).filter((name) => name !== ''));
  return [...names].sort((a, b) => a.localeCompare(b));
}
