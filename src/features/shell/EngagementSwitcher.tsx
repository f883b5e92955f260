import {
  Button,
  Menu,
  MenuDivider,
  MenuItemRadio,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { Add16Regular } from '@fluentui/react-icons';
import type { EngagementSummary } from '../../ports/engagement-store';

interface Props {
  currentId: string;
  summaries: readonly EngagementSummary[];
  onOpen: (id: string) => void;
  onCreate: () => void;
}

/** Switch between the engagements this store holds, or start a new one. */
export function EngagementSwitcher({ currentId, summaries, onOpen, onCreate }: Props) {
  return (
    <Menu
      checkedValues={{ engagement: [currentId] }}
      onCheckedValueChange={(_, data) => data.checkedItems[0] && onOpen(data.checkedItems[0])}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button>Engagements</Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {summaries.map((summary) => (
            <MenuItemRadio key={summary.id} name="engagement" value={summary.id}>
              {summary.customer || 'Untitled'}
              {summary.mspName ? ` · ${summary.mspName}` : ''}
            </MenuItemRadio>
          ))}
          <MenuDivider />
          <MenuItem icon={<Add16Regular />} onClick={onCreate}>
            New engagement…
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
