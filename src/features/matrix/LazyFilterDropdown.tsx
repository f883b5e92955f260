import type { KeyboardEvent } from 'react';
import {
  useDropdownStyles_unstable,
  useFieldControlProps_unstable,
  type DropdownState,
} from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';
import { onDemand } from '../shared/on-demand';
import { useStandIn, type StandIn } from '../shared/use-stand-in';
import type { FilterDropdownProps } from './FilterDropdown';

/** Fluent's Dropdown (combobox, listbox, positioning): fetched after the first board is painted. */
export const filterDropdownPart = onDemand(() => import('./FilterDropdown'));

type Props = Omit<FilterDropdownProps, 'defaultOpen' | 'focusTrigger'>;

/** The keys a closed Dropdown opens on (Fluent's getDropdownActionFromKey: Open and Type). */
const opensDropdown = (event: KeyboardEvent<HTMLElement>) =>
  ['ArrowDown', 'ArrowUp', 'Enter', ' '].includes(event.key) ||
  (event.key.length === 1 && !event.altKey && !event.ctrlKey && !event.metaKey);

/**
 * A filter of the matrix toolbar. Until the Dropdown's code is here, a closed stand-in styled by
 * Fluent's own Dropdown styles and named by the surrounding Field, so nothing moves when the real one
 * takes its place; activating it opens the real one as soon as it arrives.
 */
export function LazyFilterDropdown(props: Props) {
  const standIn = useStandIn(filterDropdownPart, opensDropdown);
  const Loaded = standIn.loaded?.FilterDropdown;
  if (Loaded) {
    // A Dropdown keeps focus on its button while open (the listbox uses aria-activedescendant).
    return (
      <Loaded {...props} defaultOpen={standIn.open} focusTrigger={standIn.focus || standIn.open} />
    );
  }
  return <ClosedDropdown {...props} standIn={standIn} />;
}

function ClosedDropdown(props: Props & { readonly standIn: StandIn<unknown> }) {
  const { value, placeholder } = props;
  // The Field's label names this button (label for=id), as it names the Dropdown's button.
  const field = useFieldControlProps_unstable({}, { supportsLabelFor: true });
  // Fluent's styles hook reads only these fields of a Dropdown's state; a closed, outline, medium
  // Dropdown without a clear button is what the toolbar renders.
  const { root, button, expandIcon } = useDropdownStyles_unstable({
    appearance: 'outline',
    size: 'medium',
    open: false,
    placeholderVisible: !value,
    showClearButton: false,
    root: {},
    button: {},
    expandIcon: {},
  } as unknown as DropdownState);
  return (
    <div className={root.className}>
      <button
        {...field}
        type="button"
        role="combobox"
        aria-expanded={false}
        className={button.className}
        {...props.standIn.props}
      >
        {value || placeholder}
        <span className={expandIcon?.className}>
          <ChevronDownRegular />
        </span>
      </button>
    </div>
  );
}
