import { type Engagement } from '../../../domain/engagement/engagement';
import { engagementTitle } from '../../../domain/engagement/profile';
import { exportFileName } from '../../../domain/matrix/export-file-name';
import { exportMatrixCsv } from './matrix-csv';
import { matrixRecords } from '../../../domain/matrix/matrix-table';
import { matrixVersion } from '../../../domain/matrix/matrix-version';
import { downloadFile } from '../../shared/download-file';

type Exported = Pick<Engagement, 'profile' | 'rows' | 'changeLog'>;

/** A UTF-8 byte order mark: without it Excel reads a CSV as ANSI and garbles "Zürich". */
const BOM = '\uFEFF';

/** Downloads the active rows as `tandem-<customer>-matrix-<date>.csv` (RFC 4180, UTF-8 with BOM). */
export function downloadMatrixCsv(engagement: Exported, today: string): void {
  const csv = BOM + exportMatrixCsv(engagement.rows);
  downloadFile(
    exportFileName(engagement.profile.customer, 'matrix', today, 'csv'),
    new Blob([csv], { type: 'text/csv;charset=utf-8' }),
  );
}

/** Downloads the active rows as an Excel workbook; fetches exceljs first (rejects if it cannot). */
export async function downloadMatrixXlsx(
  engagement: Exported,
  today: string,
  now: string,
): Promise<void> {
  const { writeMatrixWorkbook, XLSX_MIME } = await import('./matrix-xlsx');
  const bytes = await writeMatrixWorkbook(matrixRecords(engagement.rows, { typedCells: true }), {
    engagement: engagementTitle(engagement.profile),
    version: matrixVersion(engagement.changeLog),
    exportedAt: now,
  });
  downloadFile(
    exportFileName(engagement.profile.customer, 'matrix', today, 'xlsx'),
    new Blob([bytes], { type: XLSX_MIME }),
  );
}
