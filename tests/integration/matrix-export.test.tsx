import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { StoreError } from '../../src/ports/engagement-store';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { matrixRecords } from '../../src/domain/matrix/matrix-table';
import { exportMenuPart } from '../../src/features/matrix/export/LazyExportMenu';
import { writeMatrixWorkbook } from '../../src/features/matrix/export/matrix-xlsx';
import { createMemoryStore, type MemoryStore } from '../fakes/memory-store';
import { withJsdomLayout } from './jsdom-layout';
import { matrixToolbar } from './matrix-grid';
import { renderApp } from './render-app';
import { captureDownloads } from './downloads';

const ENGAGEMENT_ID = 'eng-1';
const HEADER =
  'Function,Category,Internal role,Internal condition,MSP role,MSP condition,Owner,Tie-breaker,Notes';

withJsdomLayout();

async function openMatrix() {
  const store = createMemoryStore();
  let n = 0;
  const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++n}`);
  const profile = {
    ...emptyProfile('2026-06-20'),
    customer: 'Zürich Ärzte',
    mspName: 'Fabrikam IT',
  };
  await store.createEngagement(newEngagement(ENGAGEMENT_ID, profile, rows));
  const commit = vi.spyOn(store, 'commit');
  const app = renderApp({ store, hash: `#/e/${ENGAGEMENT_ID}/matrix` });
  const grid = await screen.findByTestId('matrix-grid');
  return { ...app, grid, commit };
}

function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blob);
  });
}

const stored = (store: MemoryStore) => store.loadEngagement(ENGAGEMENT_ID);

async function chooseExport(user: ReturnType<typeof renderApp>['user'], item: string) {
  // The menu's code is prefetched a second after the matrix paints; a click racing that swap would
  // land on the stand-in as it leaves. Wait for it (the stand-in itself is on-demand.test's topic).
  await act(() => exportMenuPart.load());
  await user.click(within(matrixToolbar()).getByRole('button', { name: 'Export' }));
  await user.click(await screen.findByRole('menuitem', { name: item }));
}

async function openImport(user: ReturnType<typeof renderApp>['user'], file: File) {
  // After a dialog closes, Fluent lifts aria-hidden from the page on a timer: wait for it.
  await user.click(await within(matrixToolbar()).findByRole('button', { name: 'Import…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import functions' });
  const input = within(dialog).getByLabelText(/CSV or Excel file/);
  // The picker offers only .csv and .xlsx, but a user can still pick "All files": bypass `accept`.
  if (/\.(csv|xlsx)$/.test(file.name)) await user.upload(input, file);
  else fireEvent.change(input, { target: { files: [file] } });
  return dialog;
}

const csvFile = (text: string, name = 'matrix.csv') => new File([text], name, { type: 'text/csv' });

beforeEach(() => vi.restoreAllMocks());
afterEach(() => vi.restoreAllMocks());

describe('Matrix export', () => {
  it('downloads the active rows as CSV with a BOM and a sanitised file name', async () => {
    const { user } = await openMatrix();
    const files = captureDownloads();
    await chooseExport(user, 'CSV (.csv)');
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('tandem-zürich-ärzte-matrix-2026-11-27.csv');
    const bytes = new Uint8Array(await readBlob(files[0]!.blob));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(15);
  });

  it('downloads an Excel workbook, fetching exceljs only then', async () => {
    const { user } = await openMatrix();
    const files = captureDownloads();
    await chooseExport(user, 'Excel (.xlsx)');
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('tandem-zürich-ärzte-matrix-2026-11-27.xlsx');
    const bytes = new Uint8Array(await readBlob(files[0]!.blob));
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });

  it('prints every active row in a print-only table, removed after printing', async () => {
    const { user } = await openMatrix();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await chooseExport(user, 'Print…');
    expect(print).toHaveBeenCalledOnce();
    const table = screen.getByTestId('print-matrix');
    expect(table.parentElement).toBe(document.body);
    expect(within(table).getAllByRole('row')).toHaveLength(15);
    expect(table).toHaveTextContent('Responsibility matrix — Zürich Ärzte ↔ Fabrikam IT');
    expect(table).toHaveTextContent(
      'As first agreed (no ownership changes logged) · printed 2026-11-27',
    );
    fireEvent(window, new Event('afterprint'));
    expect(screen.queryByTestId('print-matrix')).not.toBeInTheDocument();
    // The browser's own Print (Ctrl+P) renders it too, before printing.
    fireEvent(window, new Event('beforeprint'));
    expect(screen.getByTestId('print-matrix')).toBeInTheDocument();
  });
});

describe('Matrix import', () => {
  const file = [
    HEADER,
    'vCIO / IT strategy,Strategy,Primary,,None,,,,Moved in-house',
    '=Patch servers,Operations,None,,Primary,,,,',
    'Printer fleet,Support,Secondary,Overflow only,Primary,,,,',
  ].join('\r\n');

  it('shows the file chosen last, even when an earlier choice finishes reading after it', async () => {
    const { user } = await openMatrix();
    // The first file's bytes arrive late, as from a slow network drive.
    const readAsArrayBuffer = FileReader.prototype.readAsArrayBuffer;
    vi.spyOn(FileReader.prototype, 'readAsArrayBuffer').mockImplementationOnce(function (
      this: FileReader,
      blob: Blob,
    ) {
      setTimeout(() => readAsArrayBuffer.call(this, blob), 300);
    });
    const dialog = await openImport(
      user,
      csvFile([HEADER, 'Slow row,Support,Primary,,None,,,,'].join('\r\n'), 'slow.csv'),
    );
    const input = within(dialog).getByLabelText(/CSV or Excel file/);
    await user.upload(input, csvFile(file, 'fast.csv'));
    expect(
      await within(dialog).findByText(/3 rows ready: 2 new, 1 updating a function, 0 unchanged/),
    ).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(within(dialog).getByText(/3 rows ready/)).toBeInTheDocument();
    expect(within(dialog).queryByText(/1 row ready/)).not.toBeInTheDocument();
  });

  it('applies a valid file in one commit, logs the ownership move, and Undo takes it back', async () => {
    const { user, store, grid, commit } = await openMatrix();
    const dialog = await openImport(user, csvFile(file));
    expect(
      await within(dialog).findByText(/3 rows ready: 2 new, 1 updating a function, 0 unchanged/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Import 3 rows' }));

    await waitFor(() => expect(screen.getByText('16 of 16 functions')).toBeInTheDocument());
    await waitFor(() => expect(commit).toHaveBeenCalledOnce());
    const after = await stored(store);
    expect(after.rows.find((row) => row.name === '=Patch servers')).toMatchObject({ order: 15 });
    const vcio = after.rows.find((row) => row.name === 'vCIO / IT strategy');
    expect(vcio).toMatchObject({ notes: 'Moved in-house', msp: { kind: 'none' } });
    expect(after.changeLog).toHaveLength(1);
    expect(after.changeLog[0]).toMatchObject({
      rowName: 'vCIO / IT strategy',
      to: { owner: 'internal' },
      reason: 'Imported from matrix.csv',
    });

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByText('14 of 14 functions')).toBeInTheDocument());
    await waitFor(() => expect(commit).toHaveBeenCalledTimes(2));
    const undone = await stored(store);
    expect(undone.rows).toHaveLength(14);
    expect(undone.rows.find((row) => row.id === vcio!.id)?.msp).toEqual({ kind: 'primary' });
    expect(within(grid).queryByText('=Patch servers')).not.toBeInTheDocument();
  });

  it('issue 13 item 2: Undo of an import keeps an edit made after it (field by field)', async () => {
    const { user, store, grid } = await openMatrix();
    const dialog = await openImport(user, csvFile(file));
    await user.click(await within(dialog).findByRole('button', { name: 'Import 3 rows' }));
    await waitFor(() => expect(screen.getByText('16 of 16 functions')).toBeInTheDocument());
    const vcio = (await stored(store)).rows.find((row) => row.name === 'vCIO / IT strategy')!;

    // After the import, the user changes that row's category by hand.
    await user.click(
      within(grid).getByRole('button', { name: 'Edit category of vCIO / IT strategy' }),
    );
    const box = await screen.findByRole('combobox', { name: 'Category of vCIO / IT strategy' });
    await user.clear(box);
    await user.type(box, 'Strategy (edited){Enter}');
    await waitFor(async () =>
      expect((await stored(store)).rows.find((row) => row.id === vcio.id)?.category).toBe(
        'Strategy (edited)',
      ),
    );

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByText('14 of 14 functions')).toBeInTheDocument());
    await waitFor(async () =>
      expect((await stored(store)).rows.find((row) => row.id === vcio.id)).toMatchObject({
        category: 'Strategy (edited)',
        notes: '',
        msp: { kind: 'primary' },
      }),
    );
  });

  it('shows every problem per row and applies nothing from an invalid file, unless asked for the valid rows', async () => {
    const { user, store, commit } = await openMatrix();
    const bad = `${file}\r\nBroken,Ops,Boss,,None,,,,\r\nPrinter fleet,Support,None,,None,,,,`;
    const dialog = await openImport(user, csvFile(bad));
    const problems = await within(dialog).findByRole('table', { name: 'Problems in the file' });
    const lines = within(problems)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(lines).toEqual([
      ['5', 'Internal role', expect.stringContaining('Unknown role “Boss”')],
      ['6', 'Function', expect.stringContaining('already exists')],
    ]);
    expect(within(dialog).getByText(/3 rows valid, 2 rows with problems/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import all 5 rows' })).toBeDisabled();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(commit).not.toHaveBeenCalled();

    const again = await openImport(user, csvFile(bad));
    await user.click(
      await within(again).findByRole('button', { name: 'Import only the 3 valid rows' }),
    );
    await waitFor(() => expect(commit).toHaveBeenCalledOnce());
    const after = await stored(store);
    expect(after.rows).toHaveLength(16);
    expect(after.rows.some((row) => row.name === 'Broken')).toBe(false);
  });

  it('keeps an import on screen when the save fails, and Retry saves all of it at once', async () => {
    const { user, store, commit } = await openMatrix();
    store.failNextCommit(new StoreError('unavailable', 'The store is offline.'));
    const dialog = await openImport(user, csvFile(file));
    await user.click(await within(dialog).findByRole('button', { name: 'Import 3 rows' }));
    await waitFor(() => expect(screen.getByText('16 of 16 functions')).toBeInTheDocument());
    await user.click(await screen.findByRole('button', { name: 'Retry' }));
    await waitFor(async () => expect((await stored(store)).rows).toHaveLength(16));
    expect(commit).toHaveBeenCalledTimes(2);
    expect(commit.mock.calls[1]![1]).toHaveLength(4); // 3 rows + 1 change-log entry, one commit
  });

  it('says so when a file changes nothing, and offers no import', async () => {
    const { user, commit } = await openMatrix();
    const unchanged = [HEADER, 'vCIO / IT strategy,Governance,None,,Primary,,,,'].join('\r\n');
    const dialog = await openImport(user, csvFile(unchanged));
    expect(await within(dialog).findByText(/Nothing to import/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import 1 row' })).toBeDisabled();
    expect(commit).not.toHaveBeenCalled();
  });

  it('issue 12 item 5: a picture renamed .csv says it is not a matrix, not "Nothing to import"', async () => {
    const { user, commit } = await openMatrix();
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ]);
    const dialog = await openImport(user, new File([png], 'logo.csv', { type: 'text/csv' }));
    expect(
      await within(dialog).findByText(/“logo\.csv” is not a Tandem matrix/),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText(/Nothing to import/)).not.toBeInTheDocument();
    // Refused before it is read as text (issue 13 item 7), like any file that is not a matrix.
    expect(within(dialog).getByRole('button', { name: /^Import \d+ rows?$/ })).toBeDisabled();
    expect(commit).not.toHaveBeenCalled();
  });

  it('imports an Excel workbook', async () => {
    const { user, store } = await openMatrix();
    const records = matrixRecords([
      {
        id: 'x',
        name: '@Escalations',
        category: 'Support',
        internal: { kind: 'primary' },
        msp: { kind: 'secondary', condition: 'After hours' },
        tieBreaker: null,
        notes: '',
        order: 1,
        archived: false,
      },
    ]);
    const bytes = await writeMatrixWorkbook(records, {
      engagement: 'x',
      version: 'y',
      exportedAt: '2026-11-27T00:00:00.000Z',
    });
    const dialog = await openImport(user, new File([bytes], 'matrix.xlsx'));
    await user.click(await within(dialog).findByRole('button', { name: 'Import 1 row' }));
    await waitFor(async () =>
      expect((await stored(store)).rows.find((row) => row.name === '@Escalations')?.msp).toEqual({
        kind: 'secondary',
        condition: 'After hours',
      }),
    );
  });

  it.each([
    ['a PDF', new File(['x'], 'matrix.pdf'), /is not a CSV or Excel file/],
    ['an empty CSV', new File([], 'empty.csv'), /“empty.csv” is empty/],
    [
      'a broken workbook',
      new File(['not a zip'], 'broken.xlsx'),
      /could not be read as an Excel workbook/,
    ],
  ])('refuses %s with a clear message', async (_case, chosen, message) => {
    const { user } = await openMatrix();
    const dialog = await openImport(user, chosen);
    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: /^Import \d+ rows?$/ })).toBeDisabled();
  });

  it('issue 13 item 7: a CSV in Windows-1252 is not read as Z\uFFFDrich: the user picks its encoding and it imports as typed', async () => {
    const { user, store } = await openMatrix();
    const encoder = new TextEncoder();
    const bytes = new Uint8Array([
      ...encoder.encode(
        'Function,Category,Internal role,Internal condition,MSP role,MSP condition,Owner,Tie-breaker,Notes\r\nPrinter fleet,Z',
      ),
      0xfc, // ü in Windows-1252
      ...encoder.encode('rich,Primary,,None,,,,\r\n'),
    ]);
    const dialog = await openImport(user, new File([bytes], 'legacy.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByText(/“legacy\.csv” is not UTF-8 text/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: /^Import \d+ rows?$/ })).toBeDisabled();
    expect(within(dialog).getByRole('combobox', { name: 'Saved in' })).toHaveValue('windows-1252');
    await user.click(within(dialog).getByRole('button', { name: 'Read as this encoding' }));
    await within(dialog).findByText('1 row ready: 1 new, 0 updating a function, 0 unchanged.');
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 row' }));
    await waitFor(async () =>
      expect(
        (await store.loadEngagement(ENGAGEMENT_ID)).rows.find((r) => r.name === 'Printer fleet')
          ?.category,
      ).toBe('Zürich'),
    );
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const { user } = await openMatrix();
    const big = csvFile('x');
    Object.defineProperty(big, 'size', { value: 5 * 1024 * 1024 + 1 });
    const dialog = await openImport(user, big);
    expect(await within(dialog).findByText(/the limit is 5 MB/)).toBeInTheDocument();
  });
});
