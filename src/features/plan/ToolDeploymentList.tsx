import { useId } from 'react';
import {
  Body1,
  Link,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle20Filled, Circle20Regular, Warning20Filled } from '@fluentui/react-icons';
import type {
  ToolDeploymentChecklist,
  ToolDeploymentLine,
} from '../../domain/plan/tool-deployment';
import { DECISION_LABELS, OPERATED_BY_LABELS } from '../../domain/registers/tool-register';
import { TOOL_STATE_LABELS } from './plan-labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  flush: { margin: 0 },
  scroll: { overflowX: 'auto' },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  state: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  done: { color: tokens.colorStatusSuccessForeground1 },
  todo: { color: tokens.colorNeutralForeground3 },
  late: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
});

function StateCell({ line }: { readonly line: ToolDeploymentLine }) {
  const styles = useStyles();
  const late = line.state === 'past-retirement';
  const Icon = line.done ? CheckmarkCircle20Filled : late ? Warning20Filled : Circle20Regular;
  const by = line.tool.retireBy;
  const phaseOutDate =
    line.state === 'phase-out' ? (by ? ` by ${by}` : ' — set a retire-by date') : '';
  return (
    <span className={styles.state}>
      <Icon aria-hidden className={line.done ? styles.done : late ? styles.late : styles.todo} />
      <span className={late ? styles.late : undefined}>
        {TOOL_STATE_LABELS[line.state]}
        {phaseOutDate}
        {late && by ? ` (${by})` : ''}
      </span>
    </span>
  );
}

interface Props {
  readonly checklist: ToolDeploymentChecklist;
  /** The tool register, where decisions are made. */
  readonly registerHref: string;
}

/** Days 14–45: one line per tool of the register, and the seed's stack categories nothing covers. */
export function ToolDeploymentList({ checklist, registerHref }: Props) {
  const styles = useStyles();
  const titleId = useId();
  const { lines, uncovered } = checklist;
  const done = lines.filter((line) => line.done).length;

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        Tool deployment checklist
      </Subtitle2>
      <Body1 as="p" className={styles.flush}>
        {lines.length === 0
          ? 'No tools recorded yet. '
          : `${done} of ${lines.length} tools settled. `}
        <Link href={registerHref}>Open the tool register</Link> to record tools and decide which to
        keep.
      </Body1>
      {uncovered.length > 0 && (
        <Body1 as="p" className={styles.flush}>
          Nothing kept yet for: {uncovered.join(', ')}.
        </Body1>
      )}
      {lines.length > 0 && (
        <div className={styles.scroll}>
          <Table aria-label="Tool deployment checklist" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Tool</TableHeaderCell>
                <TableHeaderCell>Category</TableHeaderCell>
                <TableHeaderCell>Operated by</TableHeaderCell>
                <TableHeaderCell>Decision</TableHeaderCell>
                <TableHeaderCell>State</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lines.map((line) => (
                <TableRow key={line.tool.id} data-state={line.state}>
                  <TableCell role="rowheader" className={styles.name}>
                    {line.tool.name}
                  </TableCell>
                  <TableCell>{line.tool.category}</TableCell>
                  <TableCell>{OPERATED_BY_LABELS[line.tool.operatedBy]}</TableCell>
                  <TableCell>{DECISION_LABELS[line.tool.decision]}</TableCell>
                  <TableCell>
                    <StateCell line={line} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
