import {
  Button,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Delete20Regular, Edit20Regular } from '@fluentui/react-icons';
import type { Tool } from '../../domain/registers/tool-register';
import { DECISION_LABELS, OPERATED_BY_LABELS } from '../../domain/registers/tool-register';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

interface Props {
  readonly tools: readonly Tool[];
  readonly onEdit: (toolId: string) => void;
  readonly onDelete: (toolId: string) => void;
  readonly onToggleActive: (toolId: string, active: boolean) => void;
}

/** The tool register as a table; the name is the row header so each cell is read with it. */
export function ToolTable({ tools, onEdit, onDelete, onToggleActive }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table aria-label="Tools" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell>Category</TableHeaderCell>
            <TableHeaderCell>Operated by</TableHeaderCell>
            <TableHeaderCell>Decision</TableHeaderCell>
            <TableHeaderCell>Retire by</TableHeaderCell>
            <TableHeaderCell>Running</TableHeaderCell>
            <TableHeaderCell>Actions</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tools.map((tool) => (
            <TableRow key={tool.id}>
              <TableCell role="rowheader" className={styles.name}>
                {tool.name}
              </TableCell>
              <TableCell>{tool.category}</TableCell>
              <TableCell>{OPERATED_BY_LABELS[tool.operatedBy]}</TableCell>
              <TableCell>{DECISION_LABELS[tool.decision]}</TableCell>
              <TableCell>
                {tool.retireBy ? <time dateTime={tool.retireBy}>{tool.retireBy}</time> : '—'}
              </TableCell>
              <TableCell>
                <Switch
                  checked={tool.active}
                  onChange={(_, data) => onToggleActive(tool.id, data.checked)}
                  aria-label={`${tool.name} still running`}
                />
              </TableCell>
              <TableCell>
                <div className={styles.actions}>
                  <Button
                    size="small"
                    icon={<Edit20Regular />}
                    aria-label={`Edit ${tool.name}`}
                    onClick={() => onEdit(tool.id)}
                  />
                  <Button
                    size="small"
                    icon={<Delete20Regular />}
                    aria-label={`Delete ${tool.name}`}
                    onClick={() => onDelete(tool.id)}
                  />
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
