import { useRef } from 'react';
import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItemRadio,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import {
  Add16Regular,
  ArrowUndo16Regular,
  Delete16Regular,
  PeopleTeam16Regular,
} from '@fluentui/react-icons';
import type { EngagementSummary } from '../ports/engagement-store';
import { summaryLabel } from '../features/shared/summary-label';
import { useFocusOnMount } from '../features/shared/use-stand-in';

interface Props {
  currentId: string;
  /** The engagements in use. */
  summaries: readonly EngagementSummary[];
  /** "Recently deleted": restorable, newest first. */
  deleted?: readonly EngagementSummary[];
  onOpen: (id: string) => void;
  onCreate: () => void;
  /** Ask to delete the open engagement (the shell confirms). Absent: no delete item. */
  onDelete?: () => void;
  onRestore?: (id: string) => void;
  /** Local mode: "Publish to a team…". */
  onPublish?: () => void;
  /** Mount open (the stand-in was activated before this code arrived). */
  defaultOpen?: boolean;
  /** Focus the trigger on mount (it replaces a focused stand-in). */
  focusTrigger?: boolean;
}

/**
 * Switch between the engagements this store holds, start a new one, delete the open one, or
 * restore a recently deleted one. Loaded on demand: until it arrives, LazyEngagementSwitcher shows
 * a stand-in trigger.
 */
export function EngagementSwitcher(props: Props) {
  const {
    currentId,
    summaries,
    deleted = [],
    onOpen,
    onCreate,
    onDelete,
    onRestore,
    onPublish,
  } = props;
  const triggerRef = useRef<HTMLButtonElement>(null);
  useFocusOnMount(triggerRef, props.focusTrigger);
  return (
    <Menu
      defaultOpen={props.defaultOpen}
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
              {summaryLabel(summary)}
            </MenuItemRadio>
          ))}
          <MenuDivider />
          <MenuItem icon={<Add16Regular />} onClick={onCreate}>
            New engagement…
          </MenuItem>
          {onPublish && (
            <MenuItem icon={<PeopleTeam16Regular />} onClick={onPublish}>
              Publish to a team…
            </MenuItem>
          )}
          {onDelete && (
            <MenuItem icon={<Delete16Regular />} onClick={onDelete}>
              Delete this engagement…
            </MenuItem>
          )}
          {onRestore && deleted.length > 0 && (
            <>
              <MenuDivider />
              <MenuGroup>
                <MenuGroupHeader>Recently deleted</MenuGroupHeader>
                {deleted.map((summary) => (
                  <MenuItem
                    key={summary.id}
                    icon={<ArrowUndo16Regular />}
                    onClick={() => onRestore(summary.id)}
                  >
                    Restore {summaryLabel(summary)}
                  </MenuItem>
                ))}
              </MenuGroup>
            </>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
