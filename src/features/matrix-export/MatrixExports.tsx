import { lazy, Suspense, useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { ArrowUpload20Regular } from '@fluentui/react-icons';
import { useOpenEngagement } from '../engagement/engagement-context';
import { useServices } from '../shared/services-context';
import type { ExportKind } from './ExportMenu';
import { downloadMatrixCsv, downloadMatrixXlsx } from './export-matrix';
import { LazyExportMenu } from './LazyExportMenu';
import { PrintMatrix } from './PrintMatrix';
import { useMatrixImport } from './use-matrix-import';
import { usePrintMode } from './use-print-mode';

// The import dialog (and exceljs behind it) loads when first opened, not with the matrix.
const ImportDialog = lazy(() =>
  import('./ImportDialog').then((m) => ({ default: m.ImportDialog })),
);

/**
 * The matrix toolbar's Export menu (CSV, Excel, Print) and Import…, with the import dialog and the
 * print-only view of every row.
 */
export function MatrixExports() {
  const { engagement } = useOpenEngagement();
  const services = useServices();
  const applyImport = useMatrixImport();
  const { printing, print } = usePrintMode();
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onExport = (kind: ExportKind) => {
    setFailure(null);
    if (kind === 'csv') downloadMatrixCsv(engagement, services.today());
    else if (kind === 'print') print();
    else
      downloadMatrixXlsx(engagement, services.today(), services.now()).catch(() =>
        setFailure('The Excel export could not be made. Check your connection and try again.'),
      );
  };

  return (
    <>
      {failure && <Text role="alert">{failure}</Text>}
      <LazyExportMenu onExport={onExport} />
      <Button icon={<ArrowUpload20Regular />} onClick={() => setImporting(true)}>
        Import…
      </Button>
      <Suspense fallback={null}>
        {importing && (
          <ImportDialog
            rows={engagement.rows}
            onClose={() => setImporting(false)}
            onImport={(drafts, fileName) => {
              setImporting(false);
              applyImport(drafts, fileName);
            }}
          />
        )}
      </Suspense>
      {printing && <PrintMatrix engagement={engagement} today={services.today()} />}
    </>
  );
}
