import type { RefObject } from 'react';
import {
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { MatrixRow } from './MatrixRow';
import { COLUMNS, HEADER_HEIGHT, TABLE_MIN_WIDTH, useColumnStyles } from './matrix-columns';
import type { MatrixEntry } from './matrix-filters';
import type { RowHandlers } from './row-handlers';
import { useMatrixVirtualizer } from './use-matrix-virtualizer';

const useStyles = makeStyles({
  scroller: {
    maxHeight: '70vh',
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { minWidth: TABLE_MIN_WIDTH },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  headerRow: { height: `${HEADER_HEIGHT}px`, boxSizing: 'border-box' },
  headerCell: { fontWeight: tokens.fontWeightSemibold },
  body: { position: 'relative' },
});

interface Props {
  /** The scrollable region, focusable so keyboard users can scroll it and land back in it. */
  readonly gridRef: RefObject<HTMLDivElement | null>;
  readonly entries: readonly MatrixEntry[];
  readonly focusRowId: string | null;
  /** Reordering is off while filtered: moving past hidden rows would look like nothing happened. */
  readonly canReorder: boolean;
  /** The whole order's first and last ids, to disable Move up/down at the ends. */
  readonly firstId: string | null;
  readonly lastId: string | null;
  readonly categoryListId: string;
  readonly handlers: RowHandlers;
}

/** The active functions as an accessible table; only the rows near the viewport are in the DOM. */
export function MatrixGrid(props: Props) {
  const { gridRef, entries, focusRowId, canReorder, firstId, lastId, categoryListId, handlers } =
    props;
  const styles = useStyles();
  const columns = useColumnStyles();
  const virtualizer = useMatrixVirtualizer(gridRef, entries, focusRowId);

  return (
    <div
      ref={gridRef}
      className={styles.scroller}
      role="region"
      aria-label="Responsibility matrix, scrollable"
      tabIndex={0}
    >
      <Table
        noNativeElements
        className={styles.table}
        aria-label="Responsibility matrix"
        aria-rowcount={entries.length + 1}
        data-testid="matrix-grid"
      >
        <TableHeader className={styles.header}>
          <TableRow className={styles.headerRow} aria-rowindex={1}>
            {COLUMNS.map((column) => (
              <TableHeaderCell
                key={column.id}
                className={mergeClasses(columns[column.id], styles.headerCell)}
              >
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody className={styles.body} style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index];
            if (!entry) return null;
            const { row, owner } = entry;
            return (
              <MatrixRow
                key={row.id}
                row={row}
                owner={owner}
                ariaRowIndex={item.index + 2}
                offset={item.start - HEADER_HEIGHT}
                highlighted={row.id === focusRowId}
                canMoveUp={canReorder && row.id !== firstId}
                canMoveDown={canReorder && row.id !== lastId}
                categoryListId={categoryListId}
                handlers={handlers}
              />
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
