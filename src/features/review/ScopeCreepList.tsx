import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { describeCreepChange, type ScopeCreepEntry } from '../../domain/review/review-diff';
import { formatRoute } from '../shared/use-hash-route';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

interface Props {
  readonly entries: readonly ScopeCreepEntry[];
  /** Link row names to the matrix; plain text when null (print). */
  readonly engagementId: string | null;
}

/** Changes that moved work toward the MSP since the last review, and whether each was agreed. */
export function ScopeCreepList({ entries, engagementId }: Props) {
  const styles = useStyles();
  if (entries.length === 0) {
    return <Body1>No work moved toward the MSP since the last review.</Body1>;
  }
  const unagreed = entries.filter((entry) => !entry.renegotiated).length;
  return (
    <>
      <Body1>
        {entries.length} change{entries.length === 1 ? '' : 's'} moved work toward the MSP;{' '}
        {unagreed} not renegotiated.
      </Body1>
      <ul className={styles.list} aria-label="Scope creep">
        {entries.map((entry) => (
          <li key={entry.changeId} data-testid="scope-creep-entry">
            {engagementId ? (
              <Link href={formatRoute({ engagementId, view: 'matrix', rowId: entry.rowId })}>
                {entry.rowName}
              </Link>
            ) : (
              entry.rowName
            )}
            : {describeCreepChange(entry)} on {entry.at.slice(0, 10)} by {entry.by} · Renegotiated:{' '}
            <strong>{entry.renegotiated ? 'yes' : 'no'}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}
