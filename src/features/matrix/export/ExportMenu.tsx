import { useRef } from 'react';
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import {
  ArrowDownload20Regular,
  DocumentTable20Regular,
  Print20Regular,
  Table20Regular,
} from '@fluentui/react-icons';
import { useFocusOnMount } from '../../shared/use-stand-in';

export type ExportKind = 'csv' | 'xlsx' | 'print';

interface Props {
  readonly onExport: (kind: ExportKind) => void;
  /** Mount open (the stand-in was activated before this code arrived). */
  readonly defaultOpen?: boolean;
  /** Focus the trigger on mount (it replaces a focused stand-in). */
  readonly focusTrigger?: boolean;
}

/** The matrix's Export menu: CSV, Excel and Print. Loaded on demand (see LazyExportMenu). */
export function ExportMenu({ onExport, defaultOpen, focusTrigger }: Props) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  useFocusOnMount(triggerRef, focusTrigger);
  return (
    <Menu defaultOpen={defaultOpen}>
      <MenuTrigger disableButtonEnhancement>
        <Button icon={<ArrowDownload20Regular />} ref={triggerRef}>
          Export
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem icon={<Table20Regular />} onClick={() => onExport('csv')}>
            CSV (.csv)
          </MenuItem>
          <MenuItem icon={<DocumentTable20Regular />} onClick={() => onExport('xlsx')}>
            Excel (.xlsx)
          </MenuItem>
          <MenuItem icon={<Print20Regular />} onClick={() => onExport('print')}>
            Print…
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
