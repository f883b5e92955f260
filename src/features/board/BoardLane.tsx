import { CounterBadge, Subtitle2, Text, mergeClasses } from '@fluentui/react-components';
import { useDroppable } from '@dnd-kit/core';
import type { FunctionRow } from '../../domain/matrix/function-row';
import { OWNER_LABELS, type Owner } from '../../domain/matrix/roles';
import { BoardCard } from './BoardCard';
import { laneLabel } from './board-model';
import { useLaneStyles } from './board.styles';

interface Props {
  readonly owner: Owner;
  readonly rows: readonly FunctionRow[];
  readonly highlightedRowId: string | null;
  readonly onMove: (row: FunctionRow, to: Owner) => void;
  readonly onOpen: (rowId: string) => void;
  readonly registerCard: (rowId: string, element: HTMLElement | null) => void;
}

/** One owner's lane: a drop target, named with its count for screen readers. */
export function BoardLane({ owner, rows, highlightedRowId, ...cardProps }: Props) {
  const styles = useLaneStyles();
  const { setNodeRef, isOver, active } = useDroppable({ id: owner });
  const isTarget = isOver && active?.data.current?.owner !== owner;

  return (
    <section
      ref={setNodeRef}
      aria-label={laneLabel(owner, rows.length)}
      data-lane={owner}
      className={mergeClasses(styles.lane, isTarget && styles.over)}
    >
      <div className={styles.header}>
        <Subtitle2 as="h2" className={styles.heading}>
          {OWNER_LABELS[owner]}
        </Subtitle2>
        <CounterBadge count={rows.length} showZero appearance="ghost" aria-hidden />
      </div>
      {rows.length === 0 ? (
        <Text size={200} className={styles.empty}>
          No functions in this lane.
        </Text>
      ) : (
        <ul className={styles.list}>
          {rows.map((row) => (
            <BoardCard
              key={row.id}
              row={row}
              owner={owner}
              highlighted={row.id === highlightedRowId}
              {...cardProps}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
