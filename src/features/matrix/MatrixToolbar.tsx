import type { ReactNode } from 'react';
import { Button, Field, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Dismiss20Regular } from '@fluentui/react-icons';
import { OWNER_LABELS, OWNERS, type Owner } from '../../domain/matrix/roles';
import { LazyFilterDropdown } from './LazyFilterDropdown';
import type { MatrixFilters } from './matrix-filters';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
  },
  filter: { minWidth: '180px' },
  count: { marginRight: 'auto', paddingBottom: tokens.spacingVerticalSNudge },
});

interface Props {
  readonly filters: MatrixFilters;
  readonly onFiltersChange: (filters: MatrixFilters) => void;
  readonly categories: readonly string[];
  readonly shown: number;
  readonly total: number;
  readonly showArchived: boolean;
  readonly archivedCount: number;
  readonly onShowArchivedChange: (show: boolean) => void;
  readonly onAdd: () => void;
  /** More actions before Add (the Export menu and Import…). */
  readonly children?: ReactNode;
}

/** The selected labels in the order they were picked; empty shows the placeholder. */
const list = (values: readonly string[]) => values.join(', ');

/** Filters by owner and category, the "N of M" count, the archive toggle, more actions and Add. */
export function MatrixToolbar(props: Props) {
  const { filters, onFiltersChange, categories, shown, total } = props;
  const styles = useStyles();
  const filtered = filters.owners.length > 0 || filters.categories.length > 0;
  return (
    <div className={styles.root}>
      <Field label="Filter by owner" className={styles.filter}>
        <LazyFilterDropdown
          placeholder="All owners"
          value={list(filters.owners.map((owner) => OWNER_LABELS[owner]))}
          options={OWNERS.map((owner) => ({ value: owner, label: OWNER_LABELS[owner] }))}
          selected={filters.owners}
          onChange={(owners) => onFiltersChange({ ...filters, owners: owners as Owner[] })}
        />
      </Field>
      <Field label="Filter by category" className={styles.filter}>
        <LazyFilterDropdown
          placeholder="All categories"
          value={list(filters.categories)}
          options={categories.map((category) => ({ value: category, label: category }))}
          selected={filters.categories}
          onChange={(selected) => onFiltersChange({ ...filters, categories: selected })}
        />
      </Field>
      {filtered && (
        <Button
          icon={<Dismiss20Regular />}
          onClick={() => onFiltersChange({ owners: [], categories: [] })}
        >
          Clear filters
        </Button>
      )}
      <Text className={styles.count} role="status" aria-live="polite" data-testid="matrix-count">
        {shown} of {total} functions
        {filtered ? ' · clear the filters to reorder' : ''}
      </Text>
      <Switch
        checked={props.showArchived}
        onChange={(_, data) => props.onShowArchivedChange(data.checked)}
        label={`Show archived (${props.archivedCount})`}
      />
      {props.children}
      <Button appearance="primary" icon={<Add20Regular />} onClick={props.onAdd}>
        Add function
      </Button>
    </div>
  );
}
