import {
  Caption1,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ChangeEntry } from '../../domain/engagement/change-log';
import { describeOwnership, formatWhen, isUnrenegotiatedMoveToMsp } from './change-log-format';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  owner: { display: 'flex', flexDirection: 'column' },
  roles: { color: tokens.colorNeutralForeground2 },
  flag: { fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  readonly entries: readonly ChangeEntry[];
  /** Rows that still exist, so the link only appears where it leads somewhere. */
  readonly rowIds: ReadonlySet<string>;
  readonly openRow: (rowId: string) => void;
}

function Ownership({ side }: { side: ChangeEntry['from'] }) {
  const styles = useStyles();
  const { owner, roles } = describeOwnership(side);
  return (
    <span className={styles.owner}>
      <span>{owner}</span>
      <Caption1 className={styles.roles}>{roles}</Caption1>
    </span>
  );
}

/** The ownership changes, one per row, with every column the quarterly review needs. */
export function ChangeLogTable({ entries, rowIds, openRow }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table aria-label="Ownership changes, newest first" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>When</TableHeaderCell>
            <TableHeaderCell>Who</TableHeaderCell>
            <TableHeaderCell>Function</TableHeaderCell>
            <TableHeaderCell>From</TableHeaderCell>
            <TableHeaderCell>To</TableHeaderCell>
            <TableHeaderCell>Renegotiated</TableHeaderCell>
            <TableHeaderCell>Reason</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.id} data-testid="change-entry">
              <TableCell>
                <time dateTime={entry.at}>{formatWhen(entry.at)}</time>
              </TableCell>
              <TableCell>{entry.by}</TableCell>
              <TableCell>
                {rowIds.has(entry.rowId) ? (
                  <Link onClick={() => openRow(entry.rowId)}>{entry.rowName}</Link>
                ) : (
                  entry.rowName
                )}
              </TableCell>
              <TableCell>
                <Ownership side={entry.from} />
              </TableCell>
              <TableCell>
                <Ownership side={entry.to} />
              </TableCell>
              <TableCell>
                {entry.renegotiated ? (
                  'Yes'
                ) : (
                  <span className={styles.flag}>
                    No{isUnrenegotiatedMoveToMsp(entry) ? ' — moved toward the MSP' : ''}
                  </span>
                )}
              </TableCell>
              <TableCell>{entry.reason || '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
