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
import type { SyncState } from '../engagement/use-engagement-session';
import type { EditIntent } from '../engagement/edit-intent';

type Conflict = Extract<SyncState, { status: 'conflict' }>;

const IGNORED = new Set(['version', 'id']);

function recordOf(intent: EditIntent): Record<string, unknown> | null {
  if (intent.kind === 'put') return intent.record as unknown as Record<string, unknown>;
  if (intent.kind === 'put-profile') return intent.profile as unknown as Record<string, unknown>;
  return null;
}

const show = (value: unknown) =>
  value === undefined || value === null
    ? '—'
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/** Both values of every field that differs, and the choice of which to keep. Nothing is dropped silently. */
export function ConflictDialog({
  sync,
  onResolve,
}: {
  sync: Conflict;
  onResolve: (choice: 'mine' | 'theirs') => void;
}) {
  const rows = sync.conflicts.flatMap((conflict) => {
    const intent = sync.action.intents.find((candidate) => {
      const record = recordOf(candidate);
      return candidate.kind === 'put-profile'
        ? conflict.collection === 'profile'
        : record?.id === conflict.id;
    });
    const mine = intent ? recordOf(intent) : null;
    const theirs = conflict.current as unknown as Record<string, unknown> | null;
    if (!theirs)
      return [
        { key: `${conflict.id}:deleted`, field: 'record', mine: 'your edit', theirs: 'deleted' },
      ];
    const fields = new Set([...Object.keys(mine ?? {}), ...Object.keys(theirs)]);
    return [...fields]
      .filter((field) => !IGNORED.has(field) && show(mine?.[field]) !== show(theirs[field]))
      .map((field) => ({
        key: `${conflict.id}:${field}`,
        field,
        mine: show(mine?.[field]),
        theirs: show(theirs[field]),
      }));
  });
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>This was changed somewhere else</DialogTitle>
          <DialogContent>
            <p>
              “{sync.action.label}” could not be saved because the stored version changed. Pick
              which to keep.
            </p>
            <Table size="small" aria-label="Conflicting values">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Field</TableHeaderCell>
                  <TableHeaderCell>Yours</TableHeaderCell>
                  <TableHeaderCell>Stored now</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.key}>
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
            <Button onClick={() => onResolve('theirs')}>Use stored version</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
