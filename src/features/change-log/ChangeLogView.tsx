import { useId, useMemo, useState } from 'react';
import { Body1, Switch, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useOpenEngagement } from '../shared/engagement-context';
import type { ViewProps } from '../shared/view-props';
import { ChangeLogTable } from './ChangeLogTable';
import { isUnrenegotiatedMoveToMsp, newestFirst } from './change-log-format';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/**
 * Every ownership change, newest first. The filter shows what the seed calls scope creep: the MSP
 * "gradually picking up internal-owned items without renegotiation".
 */
export function ChangeLogView({ openRow }: ViewProps) {
  const styles = useStyles();
  const titleId = useId();
  const { engagement } = useOpenEngagement();
  const [onlyDrift, setOnlyDrift] = useState(false);
  const all = useMemo(() => newestFirst(engagement.changeLog), [engagement.changeLog]);
  const rowIds = useMemo(() => new Set(engagement.rows.map((row) => row.id)), [engagement.rows]);
  const shown = onlyDrift ? all.filter(isUnrenegotiatedMoveToMsp) : all;

  return (
    <section className={styles.page} aria-labelledby={titleId}>
      <Title2 as="h2" id={titleId}>
        Change log
      </Title2>
      <Body1 as="p">
        Every change of who owns a function: who made it, when, and whether both leads agreed.
      </Body1>
      {all.length === 0 ? (
        <Body1 as="p">
          No ownership changes yet. Moves made in the matrix or on the board are recorded here.
        </Body1>
      ) : (
        <>
          <Switch
            label="Only unrenegotiated moves toward the MSP"
            checked={onlyDrift}
            onChange={(_, data) => setOnlyDrift(data.checked)}
          />
          <Body1 as="p" role="status">
            Showing {shown.length} of {all.length} {all.length === 1 ? 'change' : 'changes'}.
          </Body1>
          {shown.length === 0 ? (
            <Body1 as="p">No change moved work toward the MSP without a renegotiation.</Body1>
          ) : (
            <ChangeLogTable entries={shown} rowIds={rowIds} openRow={openRow} />
          )}
        </>
      )}
    </section>
  );
}
