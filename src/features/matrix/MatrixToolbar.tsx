import {
  Button,
  Dropdown,
  Field,
  Option,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular, Dismiss20Regular } from '@fluentui/react-icons';
import { OWNER_LABELS, OWNERS, type Owner } from '../../domain/roles';
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
}

const list = (values: readonly string[], all: string) => (values.length ? values.join(', ') : all);

/** Filters by owner and category, the "N of M" count, the archive toggle and Add. */
export function MatrixToolbar(props: Props) {
  const { filters, onFiltersChange, categories, shown, total } = props;
  const styles = useStyles();
  const filtered = filters.owners.length > 0 || filters.categories.length > 0;
  return (
    <div className={styles.root}>
      <Field label="Filter by owner" className={styles.filter}>
        <Dropdown
          multiselect
          placeholder="All owners"
          value={list(
            filters.owners.map((owner) => OWNER_LABELS[owner]),
            '',
          )}
          selectedOptions={[...filters.owners]}
          onOptionSelect={(_, data) =>
            onFiltersChange({ ...filters, owners: data.selectedOptions as Owner[] })
          }
        >
          {OWNERS.map((owner) => (
            <Option key={owner} value={owner}>
              {OWNER_LABELS[owner]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Filter by category" className={styles.filter}>
        <Dropdown
          multiselect
          placeholder="All categories"
          value={list(filters.categories, '')}
          selectedOptions={[...filters.categories]}
          onOptionSelect={(_, data) =>
            onFiltersChange({ ...filters, categories: data.selectedOptions })
          }
        >
          {categories.map((category) => (
            <Option key={category} value={category}>
              {category}
            </Option>
          ))}
        </Dropdown>
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
      <Button appearance="primary" icon={<Add20Regular />} onClick={props.onAdd}>
        Add function
      </Button>
    </div>
  );
}
