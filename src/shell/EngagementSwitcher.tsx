import { useRef } from 'react';
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
import type { EngagementSummary } from '../ports/engagement-store';
import { useFocusOnMount } from '../features/shared/use-stand-in';

interface Props {
  currentId: string;
  summaries: readonly EngagementSummary[];
  onOpen: (id: string) => void;
  onCreate: () => void;
  /** Mount open (the stand-in was activated before this code arrived). */
  defaultOpen?: boolean;
  /** Focus the trigger on mount (it replaces a focused stand-in). */
  focusTrigger?: boolean;
}

/**
 * Switch between the engagements this store holds, or start a new one. Loaded on demand: until it
 * arrives, LazyEngagementSwitcher shows a stand-in trigger.
 */
export function EngagementSwitcher(props: Props) {
  const { currentId, summaries, onOpen, onCreate, defaultOpen, focusTrigger } = props;
  const triggerRef = useRef<HTMLButtonElement>(null);
  useFocusOnMount(triggerRef, focusTrigger);
  return (
    <Menu
      defaultOpen={defaultOpen}
      checkedValues={{ engagement: [currentId] }}
      onCheckedValueChange={(_, data) => data.checkedItems[0] && onOpen(data.checkedItems[0])}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button ref={triggerRef}>Engagements</Button>
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
