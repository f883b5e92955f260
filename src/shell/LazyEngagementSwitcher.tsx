import type { ComponentProps } from 'react';
import { Button } from '@fluentui/react-components';
import { onDemand } from '../features/shared/on-demand';
import { useStandIn } from '../features/shared/use-stand-in';
import type { EngagementSwitcher } from './EngagementSwitcher';

/** Fluent's Menu and positioning: fetched once the first view is painted, or on first use. */
export const engagementSwitcherPart = onDemand(() => import('./EngagementSwitcher'));

type Props = Omit<ComponentProps<typeof EngagementSwitcher>, 'defaultOpen' | 'focusTrigger'>;

/**
 * The engagement switcher, or until its code is here a button with the same look, name and
 * `aria-haspopup`; click, Enter, Space or ArrowDown on it opens the menu as soon as it arrives.
 */
export function LazyEngagementSwitcher(props: Props) {
  const standIn = useStandIn(engagementSwitcherPart, (event) => event.key === 'ArrowDown');
  const Loaded = standIn.loaded?.EngagementSwitcher;
  if (Loaded) {
    // Opening moves focus to the first item, as the real trigger would.
    return (
      <Loaded {...props} defaultOpen={standIn.open} focusTrigger={standIn.focus && !standIn.open} />
    );
  }
  return (
    <Button aria-haspopup="menu" {...standIn.props}>
      Engagements
    </Button>
  );
}
