import { useCallback, useId, type PointerEvent } from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import { Open16Regular } from '@fluentui/react-icons';
import { useDraggable } from '@dnd-kit/core';
import type { FunctionRow } from '../../domain/matrix/function-row';
import type { Owner } from '../../domain/matrix/roles';
import { CardContent } from './CardContent';
import { MoveMenu } from './MoveMenu';
import { useCardStyles } from './board.styles';

interface Props {
  readonly row: FunctionRow;
  readonly owner: Owner;
  readonly highlighted: boolean;
  readonly onMove: (row: FunctionRow, to: Owner) => void;
  readonly onOpen: (rowId: string) => void;
  /** Lets the board focus this card after a move. */
  readonly registerCard: (rowId: string, element: HTMLElement | null) => void;
}

/**
 * One function on the board. The whole card drags with a mouse or pen (the handle with touch);
 * it is not a tab stop itself — its buttons are — but it takes focus after a move.
 */
export function BoardCard({ row, owner, highlighted, onMove, onOpen, registerCard }: Props) {
  const styles = useCardStyles();
  const nameId = useId();
  // The drag attributes (role="button", tabIndex=0) are left off on purpose: the card holds its own
  // buttons, and keyboard users move it with "Move to…".
  const { listeners, setNodeRef, isDragging } = useDraggable({ id: row.id, data: { owner } });
  const ref = useCallback(
    (element: HTMLLIElement | null) => {
      setNodeRef(element);
      registerCard(row.id, element);
    },
    [registerCard, row.id, setNodeRef],
  );
  // React bubbles events out of portals, so ignore pointer presses in the open menu.
  const onPointerDown = (event: PointerEvent<HTMLLIElement>) => {
    if (event.currentTarget.contains(event.target as Node)) listeners?.onPointerDown?.(event);
  };

  return (
    <li
      ref={ref}
      tabIndex={-1}
      aria-labelledby={nameId}
      data-testid="board-card"
      data-row-id={row.id}
      className={mergeClasses(
        styles.card,
        highlighted && styles.highlighted,
        isDragging && styles.dragging,
      )}
      onPointerDown={onPointerDown}
    >
      <CardContent row={row} nameId={nameId} />
      <div className={styles.actions}>
        <MoveMenu rowName={row.name} owner={owner} onMove={(to) => onMove(row, to)} />
        <Button
          size="small"
          appearance="subtle"
          icon={<Open16Regular />}
          aria-describedby={nameId}
          onClick={() => onOpen(row.id)}
        >
          Open in matrix
        </Button>
      </div>
    </li>
  );
}
