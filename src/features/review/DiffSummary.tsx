import { useState, type ReactNode } from 'react';
import { Body1, Button, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { isEmptyDiff, type ReviewDiff } from '../../domain/review/review-diff';
import { OWNER_LABELS } from '../../domain/matrix/roles';
import { formatRoute } from '../shared/use-hash-route';
import { DIRECTION_LABELS } from './review-model';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** On screen a long group shows this many items first (a first review "adds" every row). */
export const ITEMS_SHOWN_FIRST = 50;

interface Props {
  readonly diff: ReviewDiff;
  /** Link row names to the matrix (`#/e/<id>/matrix?row=`); plain text when null (print). */
  readonly engagementId: string | null;
}

/** A review diff in words: rows added, archived, renamed, ownership moves, joint count. */
export function DiffSummary({ diff, engagementId }: Props) {
  const styles = useStyles();
  const rowName = (rowId: string, name: string) =>
    engagementId ? (
      <Link href={formatRoute({ engagementId, view: 'matrix', rowId })}>{name}</Link>
    ) : (
      name
    );
  const group = (title: string, count: number, items: ReactNode[]) =>
    count > 0 && (
      <div className={styles.group} data-testid={`diff-${title.toLowerCase().split(' ')[0]}`}>
        <Subtitle2 as="h4">
          {title} ({count})
        </Subtitle2>
        {/* Printed in full; on screen a long list opens on request. */}
        {engagementId === null ? (
          <ul className={styles.list}>{items}</ul>
        ) : (
          <CappedList title={title} items={items} className={styles.list} />
        )}
      </div>
    );

  return (
    <div className={styles.group}>
      <Body1>
        Joint rows: {diff.jointCount.before} → {diff.jointCount.after}
      </Body1>
      {isEmptyDiff(diff) && <Body1>No rows were added, archived, renamed or moved.</Body1>}
      {group(
        'Ownership moves',
        diff.moves.length,
        diff.moves.map((move) => (
          <li key={move.rowId} data-direction={move.direction} data-testid={`move-${move.rowId}`}>
            {rowName(move.rowId, move.name)}: {OWNER_LABELS[move.from]} → {OWNER_LABELS[move.to]}{' '}
            <strong>({DIRECTION_LABELS[move.direction]})</strong>
          </li>
        )),
      )}
      {group(
        'Added rows',
        diff.added.length,
        diff.added.map((row) => <li key={row.rowId}>{rowName(row.rowId, row.name)}</li>),
      )}
      {group(
        'Archived rows',
        diff.archived.length,
        diff.archived.map((row) => <li key={row.rowId}>{rowName(row.rowId, row.name)}</li>),
      )}
      {group(
        'Renamed rows',
        diff.renamed.length,
        diff.renamed.map((row) => (
          <li key={row.rowId}>
            “{row.from}” → {rowName(row.rowId, `“${row.to}”`)}
          </li>
        )),
      )}
    </div>
  );
}

function CappedList(props: { title: string; items: ReactNode[]; className: string }) {
  const { title, items, className } = props;
  const [all, setAll] = useState(false);
  const hidden = all ? 0 : Math.max(0, items.length - ITEMS_SHOWN_FIRST);
  return (
    <>
      <ul className={className}>{hidden > 0 ? items.slice(0, ITEMS_SHOWN_FIRST) : items}</ul>
      {hidden > 0 && (
        <Button appearance="subtle" onClick={() => setAll(true)}>
          Show all {items.length} {title.toLowerCase()}
        </Button>
      )}
    </>
  );
}
