import { useCallback, useEffect, useRef, useState } from 'react';
import { Text, mergeClasses } from '@fluentui/react-components';
import { DndContext, DragOverlay, pointerWithin } from '@dnd-kit/core';
import { activeRows, type FunctionRow } from '../../domain/matrix/function-row';
import { OWNERS, OWNER_LABELS, type Owner } from '../../domain/matrix/roles';
import { useOpenEngagement } from '../shared/engagement-context';
import { useMatrixActions } from '../shared/use-matrix-actions';
import { OwnershipChangeDialog } from '../shared/OwnershipChangeDialog';
import type { ViewProps } from '../shared/view-props';
import { BoardLane } from './BoardLane';
import { CardContent } from './CardContent';
import { CategoryFilter } from './CategoryFilter';
import { ALL_CATEGORIES, boardLanes, categoriesOf } from './board-model';
import { useBoardStyles, useCardStyles } from './board.styles';
import { useBoardDnd } from './use-board-dnd';
import { useBoardMove } from './use-board-move';

/**
 * The ownership board: one lane per owner, a card per active function. Moving a card (drag, or
 * "Move to…" from the keyboard) changes who owns it, after the reason dialog, through the same
 * matrix action the grid uses.
 */
export function BoardView({ focusRowId, openRow }: ViewProps) {
  const styles = useBoardStyles();
  const cardStyles = useCardStyles();
  const { engagement } = useOpenEngagement();
  const actions = useMatrixActions();
  const move = useBoardMove(actions);
  const dnd = useBoardDnd(engagement.rows, move.request);
  const [filter, setFilter] = useState(ALL_CATEGORIES);

  const categories = categoriesOf(engagement.rows);
  const category = categories.includes(filter) ? filter : ALL_CATEGORIES;
  const lanes = boardLanes(engagement.rows, category);
  const shown = OWNERS.reduce((sum, owner) => sum + lanes[owner].length, 0);
  const total = activeRows(engagement.rows).length;

  const cards = useRef(new Map<string, HTMLElement>());
  const registerCard = useCallback((rowId: string, element: HTMLElement | null) => {
    if (element) cards.current.set(rowId, element);
    else cards.current.delete(rowId);
  }, []);
  useEffect(() => {
    if (move.focusRequest) cards.current.get(move.focusRequest.rowId)?.focus();
  }, [move.focusRequest]);
  useEffect(() => {
    if (focusRowId) cards.current.get(focusRowId)?.scrollIntoView?.({ block: 'nearest' });
  }, [focusRowId]);

  const { request } = move;
  const requestMove = useCallback(
    (row: FunctionRow, to: Owner) => request({ rowId: row.id, rowName: row.name, to }),
    [request],
  );

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <CategoryFilter categories={categories} value={category} onChange={setFilter} />
        <Text className={styles.hint}>
          {category === ALL_CATEGORIES
            ? `${total} ${total === 1 ? 'function' : 'functions'}.`
            : `Showing ${shown} of ${total} functions.`}{' '}
          Drag a card to another lane, or use “Move to…”, to change who owns it.
        </Text>
      </div>
      <DndContext
        sensors={dnd.sensors}
        // The lane under the pointer is the target (only a pointer sensor drags here).
        collisionDetection={pointerWithin}
        accessibility={dnd.accessibility}
        onDragStart={dnd.onDragStart}
        onDragEnd={dnd.onDragEnd}
        onDragCancel={dnd.onDragCancel}
      >
        <div className={styles.lanes}>
          {OWNERS.map((owner) => (
            <BoardLane
              key={owner}
              owner={owner}
              rows={lanes[owner]}
              highlightedRowId={focusRowId}
              onMove={requestMove}
              onOpen={openRow}
              registerCard={registerCard}
            />
          ))}
        </div>
        <DragOverlay>
          {dnd.draggingRow && (
            <div className={mergeClasses(cardStyles.card, cardStyles.overlay)}>
              <CardContent row={dnd.draggingRow} />
            </div>
          )}
        </DragOverlay>
      </DndContext>
      {move.pending && (
        <OwnershipChangeDialog
          title={`Move “${move.pending.rowName}” to ${OWNER_LABELS[move.pending.to]}`}
          onConfirm={move.confirm}
          onCancel={move.cancel}
        />
      )}
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {move.announcement}
      </div>
    </div>
  );
}
