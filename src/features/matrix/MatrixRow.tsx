import { memo } from 'react';
import {
  TableCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { FunctionRow } from '../../domain/matrix/function-row';
import type { Owner } from '../../domain/matrix/roles';
import { InlineTextEdit } from './InlineTextEdit';
import { LazyRoleCell } from './LazyRoleCell';
import { LazyRowActionsMenu } from './LazyRowActionsMenu';
import { OwnerBadge } from '../shared/OwnerBadge';
import { TieBreakerSelect } from './TieBreakerSelect';
import { ROW_HEIGHT, useColumnStyles } from './matrix-columns';
import type { RowHandlers } from './row-handlers';
import { rowFieldProblem } from '../../domain/limits';

const useStyles = makeStyles({
  row: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    height: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
    alignItems: 'center',
    backgroundColor: tokens.colorNeutralBackground1,
    // The row being edited sits above its neighbours so an inline message can overlay them.
    ':focus-within': { zIndex: 1 },
  },
  highlighted: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface MatrixRowProps {
  readonly row: FunctionRow;
  readonly owner: Owner;
  /** 1-based position among all rows of the grid, header included (for `aria-rowindex`). */
  readonly ariaRowIndex: number;
  /** Distance from the top of the body, in pixels. */
  readonly offset: number;
  readonly highlighted: boolean;
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
  readonly categoryListId: string;
  readonly handlers: RowHandlers;
}

/** One function of the matrix. Memoised: it depends only on its own row, never the engagement. */
export const MatrixRow = memo(function MatrixRow(props: MatrixRowProps) {
  const { row, owner, ariaRowIndex, offset, highlighted, canMoveUp, canMoveDown } = props;
  const { categoryListId, handlers } = props;
  const styles = useStyles();
  const columns = useColumnStyles();
  const name = row.name;
  const setSide = (side: 'internal' | 'msp') => (role: FunctionRow['internal']) =>
    handlers.requestRoles(row.id, { internal: row.internal, msp: row.msp, [side]: role });

  return (
    <TableRow
      className={mergeClasses(styles.row, highlighted && styles.highlighted)}
      style={{ transform: `translateY(${offset}px)` }}
      aria-rowindex={ariaRowIndex}
      aria-current={highlighted ? 'true' : undefined}
      data-row-id={row.id}
    >
      <TableCell className={columns.name}>
        <InlineTextEdit
          value={name}
          editLabel={`Rename ${name}`}
          inputLabel={`New name for ${name}`}
          validate={(draft) => handlers.validateName(draft, row.id)}
          onCommit={(draft) => handlers.rename(row.id, draft)}
        />
      </TableCell>
      <TableCell className={columns.category}>
        <InlineTextEdit
          value={row.category}
          editLabel={`Edit category of ${name}`}
          inputLabel={`Category of ${name}`}
          placeholder="No category"
          listId={categoryListId}
          validate={(draft) => rowFieldProblem('category', draft.trim())}
          onCommit={(draft) => handlers.setCategory(row.id, draft.trim())}
        />
      </TableCell>
      <TableCell className={columns.internal}>
        <LazyRoleCell
          side="internal"
          role={row.internal}
          rowName={name}
          onApply={setSide('internal')}
        />
      </TableCell>
      <TableCell className={columns.msp}>
        <LazyRoleCell side="msp" role={row.msp} rowName={name} onApply={setSide('msp')} />
      </TableCell>
      <TableCell className={columns.owner}>
        <OwnerBadge owner={owner} />
      </TableCell>
      <TableCell className={columns.tieBreaker}>
        {owner === 'joint' ? (
          <TieBreakerSelect
            value={row.tieBreaker}
            rowName={name}
            onChange={(value) => handlers.setTieBreaker(row.id, value)}
          />
        ) : (
          <Text size={200} className={styles.muted}>
            Only for joint rows
          </Text>
        )}
      </TableCell>
      <TableCell className={columns.notes}>
        <InlineTextEdit
          value={row.notes}
          editLabel={`Edit notes of ${name}`}
          inputLabel={`Notes on ${name}`}
          placeholder="Add notes"
          validate={(draft) => rowFieldProblem('notes', draft.trim())}
          onCommit={(draft) => handlers.setNotes(row.id, draft.trim())}
        />
      </TableCell>
      <TableCell className={columns.actions}>
        <LazyRowActionsMenu
          rowName={name}
          canMoveUp={canMoveUp}
          canMoveDown={canMoveDown}
          onMove={(direction) => handlers.reorder(row.id, direction)}
          onArchive={() => handlers.archive(row.id)}
        />
      </TableCell>
    </TableRow>
  );
});
