import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { ArrowMove20Regular } from '@fluentui/react-icons';
import { OWNER_LABELS, type Owner } from '../../domain/matrix/roles';
import { moveTargets } from './board-model';

interface Props {
  readonly rowName: string;
  readonly owner: Owner;
  readonly onMove: (to: Owner) => void;
}

/** The keyboard (and pointer) way to move a card: a menu of the other three lanes. */
export function MoveMenu({ rowName, owner, onMove }: Props) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          size="small"
          appearance="subtle"
          icon={<ArrowMove20Regular />}
          aria-label={`Move ${rowName} to…`}
        >
          Move to…
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {moveTargets(owner).map((to) => (
            <MenuItem key={to} onClick={() => onMove(to)}>
              {OWNER_LABELS[to]}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
