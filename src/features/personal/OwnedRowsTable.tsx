import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { FunctionRow } from '../../domain/matrix/function-row';
import { ownerOf } from '../../domain/matrix/function-row';
import { OwnerBadge } from '../shared/OwnerBadge';

/** The rows one person owns in one engagement: function, category and owner (a word, not a colour). */
export function OwnedRowsTable({
  rows,
  label,
}: {
  readonly rows: readonly FunctionRow[];
  readonly label: string;
}) {
  return (
    <Table size="small" aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Function</TableHeaderCell>
          <TableHeaderCell>Category</TableHeaderCell>
          <TableHeaderCell>Owner</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-row-id={row.id}>
            <TableCell>{row.name || 'Unnamed function'}</TableCell>
            <TableCell>{row.category}</TableCell>
            <TableCell>
              <OwnerBadge owner={ownerOf(row)} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
