import type { ComponentProps } from 'react';
import { Button } from '@fluentui/react-components';
import { describeRole } from '../../domain/matrix/roles';
import { onDemand } from '../shared/on-demand';
import { useStandIn } from '../shared/use-stand-in';
import type { RoleCell } from './RoleCell';
import { SIDE_LABELS } from './role-draft';
import { useCellTriggerStyles } from './cell-trigger.styles';

/** Fluent's Popover and the role form (radios, condition box): fetched after the first paint. */
export const roleCellPart = onDemand(() => import('./RoleCell'));

type Props = Omit<ComponentProps<typeof RoleCell>, 'defaultOpen' | 'focusTrigger'>;

/**
 * One side's role as text. Until the popover's code is here, a stand-in button with the same look
 * and name; activating it opens the form as soon as the code arrives.
 */
export function LazyRoleCell(props: Props) {
  const styles = useCellTriggerStyles();
  const standIn = useStandIn(roleCellPart);
  const Loaded = standIn.loaded?.RoleCell;
  if (Loaded) {
    // Opening moves focus into the form, as the real trigger would.
    return (
      <Loaded {...props} defaultOpen={standIn.open} focusTrigger={standIn.focus && !standIn.open} />
    );
  }
  const text = describeRole(props.role);
  return (
    <Button
      appearance="transparent"
      className={styles.trigger}
      aria-label={`Change ${SIDE_LABELS[props.side]} role of ${props.rowName} (now ${text})`}
      aria-expanded={false}
      {...standIn.props}
    >
      <span className={props.role.kind === 'none' ? styles.none : styles.text}>{text}</span>
    </Button>
  );
}
