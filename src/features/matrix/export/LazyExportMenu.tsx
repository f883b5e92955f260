import { Button } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { onDemand } from '../../shared/on-demand';
import { useStandIn } from '../../shared/use-stand-in';
import type { ExportKind } from './ExportMenu';

/** Fluent's Menu for Export: fetched on first use or once the matrix is painted. */
export const exportMenuPart = onDemand(() => import('./ExportMenu'));

/** The Export menu, or until its code is here a button with the same look and name. */
export function LazyExportMenu({ onExport }: { readonly onExport: (kind: ExportKind) => void }) {
  const standIn = useStandIn(exportMenuPart, (event) => event.key === 'ArrowDown');
  const Loaded = standIn.loaded?.ExportMenu;
  if (Loaded) {
    return (
      <Loaded
        onExport={onExport}
        defaultOpen={standIn.open}
        focusTrigger={standIn.focus && !standIn.open}
      />
    );
  }
  return (
    <Button icon={<ArrowDownload20Regular />} aria-haspopup="menu" {...standIn.props}>
      Export
    </Button>
  );
}
