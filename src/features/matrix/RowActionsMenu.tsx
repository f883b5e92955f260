import { useRef } from 'react';
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
} from '@fluentui/react-components';
import {
  Archive20Regular,
  ArrowDown20Regular,
  ArrowUp20Regular,
  MoreHorizontal20Regular,
} from '@fluentui/react-icons';
import { useFocusOnMount } from '../shared/use-stand-in';

interface Props {
  readonly rowName: string;
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
  readonly onMove: (direction: 'up' | 'down') => void;
  readonly onArchive: () => void;
  /** Mount open (the stand-in was activated before this code arrived). */
  readonly defaultOpen?: boolean;
  /** Focus the trigger on mount (it replaces a focused stand-in). */
  readonly focusTrigger?: boolean;
}

/**
 * Reorder and archive, in one keyboard-reachable menu per row. Loaded on demand: until it arrives,
 * LazyRowActionsMenu shows a stand-in trigger.
 */
export function RowActionsMenu(props: Props) {
  const { rowName, canMoveUp, canMoveDown, onMove, onArchive, defaultOpen, focusTrigger } = props;
  const triggerRef = useRef<HTMLButtonElement>(null);
  useFocusOnMount(triggerRef, focusTrigger);
  const label = `Actions for ${rowName}`;
  return (
    <Menu defaultOpen={defaultOpen}>
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content={label} relationship="label" withArrow>
          <Button
            appearance="subtle"
            icon={<MoreHorizontal20Regular />}
            aria-label={label}
            ref={triggerRef}
          />
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem icon={<ArrowUp20Regular />} disabled={!canMoveUp} onClick={() => onMove('up')}>
            Move up
          </MenuItem>
          <MenuItem
            icon={<ArrowDown20Regular />}
            disabled={!canMoveDown}
            onClick={() => onMove('down')}
          >
            Move down
          </MenuItem>
          <MenuItem icon={<Archive20Regular />} onClick={onArchive}>
            Archive
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
