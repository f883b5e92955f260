import { useId, useRef, useState, type ChangeEvent } from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Label,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { planMatrixImport } from '../../../domain/matrix/matrix-import';
import {
  readMatrixRecords,
  type FunctionRowDraft,
  type MatrixImport,
  type RowError,
} from '../../../domain/matrix/matrix-table';
import { useOpenEngagement } from '../../shared/engagement-context';
import { useServices } from '../../shared/services-context';
import { useMatrixImport } from './use-matrix-import';
import { MAX_IMPORT_ROWS } from './import-limits';
import { ImportErrorTable } from './ImportErrorTable';
import { readImportFile, type ImportProgress } from './read-import-file';
import type { LegacyEncoding } from './parse-import';
import { EncodingChoice, ReadingProgress } from './ImportReading';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(760px, calc(100vw - 32px))' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  file: { paddingBlock: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Phase =
  | { readonly kind: 'choose' }
  | {
      readonly kind: 'reading';
      readonly fileName: string;
      readonly progress: ImportProgress | null;
      readonly stop: AbortController;
    }
  | { readonly kind: 'failed'; readonly message: string }
  /** A CSV that is not UTF-8: read it again in the encoding the user picks. */
  | { readonly kind: 'encoding'; readonly message: string; readonly file: File }
  | { readonly kind: 'read'; readonly fileName: string; readonly result: MatrixImport };

interface Props {
  /** Cancel, Escape, or after the import was handed to the session. */
  readonly onClose: () => void;
}

const rowsWord = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

/**
 * Pick a CSV or Excel file, see every problem per row, then import all of it — or, as an explicit
 * second choice, only its valid rows. Nothing is applied before a button says so.
 */
export function ImportDialog({ onClose }: Props) {
  const styles = useStyles();
  const services = useServices();
  const rows = useOpenEngagement().engagement.rows;
  const applyImport = useMatrixImport();
  const onImport = (drafts: readonly FunctionRowDraft[], fileName: string) => {
    onClose();
    applyImport(drafts, fileName);
  };
  const inputId = useId();
  const errorId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  // The file chosen last: a slow read of an earlier choice must not replace its result.
  const latest = useRef<File | null>(null);

  const [encoding, setEncoding] = useState<LegacyEncoding>('windows-1252');

  const readFile = async (file: File, chosenEncoding?: LegacyEncoding) => {
    latest.current = file;
    const stop = new AbortController();
    const reading = { kind: 'reading', fileName: file.name, stop } as const;
    setPhase({ ...reading, progress: null });
    const read = await readImportFile(file, {
      signal: stop.signal,
      ...(chosenEncoding ? { encoding: chosenEncoding } : {}),
      onProgress: (progress) => {
        if (latest.current === file) setPhase({ ...reading, progress });
      },
    });
    if (latest.current !== file) return;
    if (!read.ok) {
      if (read.reason === 'cancelled') setPhase({ kind: 'choose' });
      else if (read.reason === 'not-utf8')
        setPhase({ kind: 'encoding', message: read.message, file });
      else setPhase({ kind: 'failed', message: read.message });
      return;
    }
    // Active names are updates, not clashes; a name of an archived row must be restored first.
    const archived = rows.filter((row) => row.archived);
    const active = rows.filter((row) => !row.archived);
    const result = readMatrixRecords(
      read.records,
      { newId: services.newId, existingRows: archived, activeRows: active },
      read.problems,
    );
    setPhase({ kind: 'read', fileName: file.name, result });
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void readFile(file);
  };

  const read = phase.kind === 'read' ? phase : null;
  const valid = read?.result.valid ?? [];
  const errors = read?.result.errors ?? [];
  const preview = read ? planMatrixImport(rows, valid, () => PREVIEW_META) : null;
  // A file that only repeats the matrix changes nothing: say so instead of saving an empty action.
  const changes = preview ? preview.rows.length : 0;
  // Data rows with problems (row 1 is the header, whose problems are about the whole file).
  const badRows = new Set(errors.filter((error) => error.row > 1).map((error) => error.row)).size;
  // Only header problems and no row: the file is not a matrix at all (a picture, another table).
  const notAMatrix =
    read !== null && valid.length === 0 && errors.length > 0 && errors.every((e) => e.row === 1);

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined} className={styles.surface}>
        <DialogBody>
          <DialogTitle>Import functions</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1>
              A row whose function name matches a function in the matrix updates it; any other row
              is added at the end. Nothing is archived or deleted. Export the matrix first for a
              file in the right shape.
            </Body1>
            <div className={styles.field}>
              <Label htmlFor={inputId}>
                CSV or Excel file (.csv, .xlsx), up to 5 MB and{' '}
                {MAX_IMPORT_ROWS.toLocaleString('en')} functions
              </Label>
              <input
                id={inputId}
                className={styles.file}
                type="file"
                accept={ACCEPT}
                aria-invalid={phase.kind === 'failed'}
                aria-describedby={phase.kind === 'failed' ? errorId : undefined}
                onChange={choose}
              />
              {phase.kind === 'failed' && (
                <Text id={errorId} role="alert" className={styles.error}>
                  {phase.message}
                </Text>
              )}
            </div>
            {phase.kind === 'reading' && (
              <ReadingProgress
                fileName={phase.fileName}
                progress={phase.progress}
                onCancel={() => {
                  latest.current = null;
                  phase.stop.abort();
                  setPhase({ kind: 'choose' });
                }}
              />
            )}
            {phase.kind === 'encoding' && (
              <EncodingChoice
                message={phase.message}
                encoding={encoding}
                onEncoding={setEncoding}
                onRead={() => void readFile(phase.file, encoding)}
              />
            )}
            {read && notAMatrix && (
              <MessageBar intent="error">
                <MessageBarBody role="status">
                  {headerOnly(errors)
                    ? `“${read.fileName}” is not a Tandem matrix: its first row is not the matrix header (Function, Internal role, MSP role …). Export the matrix for a file in the right shape, or choose another file.`
                    : `Nothing in “${read.fileName}” can be imported until its header is mended (below).`}
                </MessageBarBody>
              </MessageBar>
            )}
            {read && preview && !notAMatrix && (
              <MessageBar intent={errors.length === 0 ? 'success' : 'warning'}>
                <MessageBarBody role="status">
                  {errors.length === 0
                    ? `${rowsWord(valid.length)} ready: `
                    : `${rowsWord(valid.length)} valid, ${rowsWord(badRows)} with problems. Valid rows: `}
                  {preview.added} new, {preview.updated} updating a function, {preview.unchanged}{' '}
                  unchanged.
                  {changes === 0 && ' Nothing to import: the matrix already says all of this.'}
                </MessageBarBody>
              </MessageBar>
            )}
            {errors.length > 0 && <ImportErrorTable errors={errors} />}
          </DialogContent>
          <DialogActions>
            {!notAMatrix && (
              <Button
                appearance="primary"
                disabled={!read || errors.length > 0 || changes === 0}
                onClick={() => read && onImport(valid, read.fileName)}
              >
                {errors.length > 0
                  ? `Import all ${rowsWord(valid.length + badRows)}`
                  : `Import ${rowsWord(valid.length)}`}
              </Button>
            )}
            {read && errors.length > 0 && changes > 0 && (
              <Button onClick={() => onImport(valid, read.fileName)}>
                Import only the {valid.length} valid {valid.length === 1 ? 'row' : 'rows'}
              </Button>
            )}
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** No column of the header was recognised: another table, not a matrix with a flaw. */
const headerOnly = (errors: readonly RowError[]) =>
  errors.every((error) => error.column === null || error.message.startsWith('The header has no'));

const PREVIEW_META = { entryId: '', at: '', by: '', renegotiated: false, reason: '' };
