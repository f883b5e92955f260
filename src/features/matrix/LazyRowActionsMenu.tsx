import type { ComponentProps } from 'react';
import { Button } from '@fluentui/react-components';
import { MoreHorizontal20Regular } from '@fluentui/react-icons';
import { onDemand } from '../shared/on-demand';
import { useStandIn } from '../shared/use-stand-in';
import type { RowActionsMenu } from './RowActionsMenu';

/** Fluent's Menu, Tooltip and positioning: fetched after the first board is painted. */
export const rowActionsMenuPart = onDemand(() => import('./RowActionsMenu'));

type Props = Omit<ComponentProps<typeof RowActionsMenu>, 'defaultOpen' | 'focusTrigger'>;

/**
 * The row's actions menu, or until its code is here a trigger with the same look, name and
 * `aria-haspopup`. Click, Enter, Space or ArrowDown on it opens the menu as soon as it arrives.
 */
export function LazyRowActionsMenu(props: Props) {
  const standIn = useStandIn(rowActionsMenuPart, (event) => event.key === 'ArrowDown');
  const Loaded = standIn.loaded?.RowActionsMenu;
  if (Loaded) {
    // Opening moves focus to the first item, as the real trigger would.
    return (
      <Loaded {...props} defaultOpen={standIn.open} focusTrigger={standIn.focus && !standIn.open} />
    );
  }
  return (
    <Button
      appearance="subtle"
      icon={<MoreHorizontal20Regular />}
      aria-label={`Actions for ${props.rowName}`}
      aria-haspopup="menu"
      {...standIn.props}
    />
  );
}
