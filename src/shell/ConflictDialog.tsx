import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { SyncState } from '../application/session/engagement-session';

type Conflict = Extract<SyncState, { status: 'conflict' }>;

/** Values as a person reads them: roles as words, nothing as a dash. */
function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'object' && value !== null && 'kind' in value) {
    const role = value as { kind: string; condition?: string };
    return role.kind === 'secondary' ? `secondary (${role.condition ?? ''})` : role.kind;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Only what both sides changed differently: everything else was merged already. Both values are
 * shown and the user picks; nothing is dropped silently.
 */
export function ConflictDialog({
  sync,
  onResolve,
}: {
  sync: Conflict;
  onResolve: (choice: 'mine' | 'theirs') => void;
}) {
  const rows = sync.plan.merges.flatMap((merge) =>
    merge.fields.map((field) => ({
      key: `${merge.conflict.collection}:${merge.conflict.id}:${field.field}`,
      record: merge.label,
      field: field.field,
      mine: show(field.mine),
      theirs: show(field.theirs),
    })),
  );
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>This was changed somewhere else</DialogTitle>
          <DialogContent>
            <p>
              {/* The label already quotes its record (e.g. Updated “Backups”): no quotes around it. */}
              {sync.action.label} could not be saved as it was: the same fields were changed
              elsewhere since you opened them. Changes to other fields are merged. Pick which values
              to keep.
            </p>
            <Table size="small" aria-label="Conflicting values">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Record</TableHeaderCell>
                  <TableHeaderCell>Field</TableHeaderCell>
                  <TableHeaderCell>Yours</TableHeaderCell>
                  <TableHeaderCell>Stored now</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.key}>
                    <TableCell>{row.record}</TableCell>
                    <TableCell>{row.field}</TableCell>
                    <TableCell>{row.mine}</TableCell>
                    <TableCell>{row.theirs}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onResolve('mine')}>
              Keep mine
            </Button>
            <Button onClick={() => onResolve('theirs')}>Use stored values</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
