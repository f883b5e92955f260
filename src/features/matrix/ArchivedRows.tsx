import { useId } from 'react';
import {
  Body1,
  Button,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndo20Regular } from '@fluentui/react-icons';
import { ownerOf, type FunctionRow } from '../../domain/matrix/function-row';
import { OwnerBadge } from '../shared/OwnerBadge';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  highlighted: { backgroundColor: tokens.colorBrandBackground2 },
  name: { flexGrow: 1, overflowWrap: 'anywhere' },
  category: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  readonly rows: readonly FunctionRow[];
  readonly focusRowId: string | null;
  readonly onRestore: (rowId: string) => void;
}

/** Archived functions, kept for the record and restorable to the end of the matrix. */
export function ArchivedRows({ rows, focusRowId, onRestore }: Props) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Archived functions
      </Subtitle2>
      {rows.length === 0 ? (
        <Body1>Nothing is archived.</Body1>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {rows.map((row) => (
            <li
              key={row.id}
              className={mergeClasses(styles.item, row.id === focusRowId && styles.highlighted)}
              aria-current={row.id === focusRowId ? 'true' : undefined}
              data-archived-row-id={row.id}
            >
              <Body1 className={styles.name}>{row.name}</Body1>
              <Body1 className={styles.category}>{row.category}</Body1>
              <OwnerBadge owner={ownerOf(row)} />
              <Button
                icon={<ArrowUndo20Regular />}
                aria-label={`Restore ${row.name}`}
                onClick={() => onRestore(row.id)}
              >
                Restore
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
