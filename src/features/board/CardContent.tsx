import { Text, mergeClasses } from '@fluentui/react-components';
import { ReOrderDotsVertical20Regular } from '@fluentui/react-icons';
import type { FunctionRow } from '../../domain/matrix/function-row';
import { helperNotes, tieBreakerNote } from './board-model';
import { useCardStyles } from './board.styles';

interface Props {
  readonly row: FunctionRow;
  /** Id for the name, so the card and its buttons can refer to it. */
  readonly nameId?: string;
}

/** What a card says about its row; shared by the card in its lane and the card being dragged. */
export function CardContent({ row, nameId }: Props) {
  const styles = useCardStyles();
  const tieBreaker = tieBreakerNote(row);
  return (
    <>
      <div className={styles.title}>
        <span className={styles.handle} aria-hidden>
          <ReOrderDotsVertical20Regular />
        </span>
        <Text weight="semibold" id={nameId}>
          {row.name}
        </Text>
      </div>
      <Text size={200} className={styles.meta}>
        {row.category}
      </Text>
      {helperNotes(row).map((note) => (
        <Text size={200} key={note} className={styles.meta}>
          {note}
        </Text>
      ))}
      {tieBreaker && (
        <Text
          size={200}
          className={mergeClasses(styles.meta, row.tieBreaker === null && styles.warning)}
        >
          {tieBreaker}
        </Text>
      )}
    </>
  );
}
