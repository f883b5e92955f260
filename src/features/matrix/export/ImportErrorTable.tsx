import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { RowError } from '../../../domain/matrix/matrix-table';

const useStyles = makeStyles({
  scroll: { maxHeight: '40vh', overflowY: 'auto' },
  row: { width: '4.5em' },
  column: { width: '10em' },
  more: { paddingBlock: tokens.spacingVerticalS },
});

/** Enough to fix a file; a file with thousands of bad rows is better fixed from its first errors. */
const SHOWN = 200;

/** The problems of an import, one line each: the file's row number, the column and what to fix. */
export function ImportErrorTable({ errors }: { readonly errors: readonly RowError[] }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table size="small" aria-label="Problems in the file">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.row}>Row</TableHeaderCell>
            <TableHeaderCell className={styles.column}>Column</TableHeaderCell>
            <TableHeaderCell>Problem</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {errors.slice(0, SHOWN).map((error, index) => (
            <TableRow key={index}>
              <TableCell>{error.row}</TableCell>
              <TableCell>{error.column ?? '—'}</TableCell>
              <TableCell>{error.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {errors.length > SHOWN && (
        <Text className={styles.more}>…and {errors.length - SHOWN} more problems.</Text>
      )}
    </div>
  );
}
