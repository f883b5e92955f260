import { lazy, Suspense, useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { ArrowUpload20Regular } from '@fluentui/react-icons';
import { useOpenEngagement } from '../../shared/engagement-context';
import { useServices } from '../../shared/services-context';
import type { ExportKind } from './ExportMenu';
import { LazyExportMenu } from './LazyExportMenu';
import { PrintMatrix } from './PrintMatrix';
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
  const { printing, print } = usePrintMode();
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onExport = (kind: ExportKind) => {
    setFailure(null);
    if (kind === 'print') {
      print();
      return;
    }
    // The export code (and exceljs for Excel) is fetched on use: the matrix's first paint is lighter.
    import('./export-matrix')
      .then((exports) =>
        kind === 'csv'
          ? exports.downloadMatrixCsv(engagement, services.today())
          : exports.downloadMatrixXlsx(engagement, services.today(), services.now()),
      )
      .catch(() =>
        setFailure('The export could not be made. Check your connection and try again.'),
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
        {importing && <ImportDialog onClose={() => setImporting(false)} />}
      </Suspense>
      {printing && <PrintMatrix engagement={engagement} today={services.today()} />}
    </>
  );
}
