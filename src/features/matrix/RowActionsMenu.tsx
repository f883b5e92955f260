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

interface Props {
  readonly rowName: string;
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
  readonly onMove: (direction: 'up' | 'down') => void;
  readonly onArchive: () => void;
}

/** Reorder and archive, in one keyboard-reachable menu per row. */
export function RowActionsMenu({ rowName, canMoveUp, canMoveDown, onMove, onArchive }: Props) {
  const label = `Actions for ${rowName}`;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content={label} relationship="label" withArrow>
          <Button appearance="subtle" icon={<MoreHorizontal20Regular />} aria-label={label} />
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
