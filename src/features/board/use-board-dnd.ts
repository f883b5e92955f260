import { useMemo, useState } from 'react';
import {
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { ownerOf, type FunctionRow } from '../../domain/matrix/function-row';
import { OWNER_LABELS } from '../../domain/matrix/roles';
import { isOwner } from './board-model';
import type { PendingMove } from './use-board-move';

/** A card has to travel this far before it is dragged, so a click on its buttons stays a click. */
const DRAG_ACTIVATION_DISTANCE_PX = 8;

/**
 * Pointer drag-and-drop for the board. Cards are draggables keyed by row id, lanes droppables
 * keyed by owner. A drop on another lane only requests the move: the dialog still asks why.
 * Keyboard users move cards with the "Move to…" menu, so there is no keyboard sensor.
 */
export function useBoardDnd(
  rows: readonly FunctionRow[],
  requestMove: (move: PendingMove) => void,
) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: DRAG_ACTIVATION_DISTANCE_PX } }),
  );
  const [draggingId, setDraggingId] = useState<UniqueIdentifier | null>(null);
  const rowById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  const nameOf = (id: UniqueIdentifier) => rowById.get(String(id))?.name ?? 'the card';

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over && isOwner(over.id)
        ? `${nameOf(active.id)} is over the ${OWNER_LABELS[over.id]} lane.`
        : `${nameOf(active.id)} is not over a lane.`,
    onDragEnd: ({ active, over }) =>
      over && isOwner(over.id)
        ? `${nameOf(active.id)} was dropped on the ${OWNER_LABELS[over.id]} lane.`
        : `${nameOf(active.id)} was dropped outside the lanes and stays where it was.`,
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
  };

  const onDragStart = ({ active }: DragStartEvent) => setDraggingId(active.id);
  const onDragCancel = () => setDraggingId(null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDraggingId(null);
    const row = rowById.get(String(active.id));
    if (!row || !over || !isOwner(over.id) || over.id === ownerOf(row)) return;
    requestMove({ rowId: row.id, rowName: row.name, to: over.id });
  };

  return {
    sensors,
    draggingRow: draggingId === null ? null : (rowById.get(String(draggingId)) ?? null),
    accessibility: {
      announcements,
      screenReaderInstructions: {
        draggable: 'To move a card with the keyboard, use its “Move to…” button.',
      },
    },
    onDragStart,
    onDragEnd,
    onDragCancel,
  };
}
