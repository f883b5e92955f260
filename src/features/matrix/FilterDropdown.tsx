import { useRef } from 'react';
import { Dropdown, Option } from '@fluentui/react-components';
import { useFocusOnMount } from '../shared/use-stand-in';

export interface FilterDropdownProps {
  readonly placeholder: string;
  /** The selected labels as shown on the closed control; empty shows the placeholder. */
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
  /** Mount open (the stand-in was activated before this code arrived). */
  readonly defaultOpen?: boolean;
  /** Focus the trigger on mount (it replaces a focused stand-in). */
  readonly focusTrigger?: boolean;
}

/**
 * A multi-select filter of the matrix toolbar. Loaded on demand (the combobox code is large):
 * until it arrives, LazyFilterDropdown shows a closed stand-in that looks the same.
 */
export function FilterDropdown(props: FilterDropdownProps) {
  const { placeholder, value, options, selected, onChange, defaultOpen, focusTrigger } = props;
  const triggerRef = useRef<HTMLButtonElement>(null);
  useFocusOnMount(triggerRef, focusTrigger);
  return (
    <Dropdown
      multiselect
      placeholder={placeholder}
      value={value}
      selectedOptions={[...selected]}
      onOptionSelect={(_, data) => onChange(data.selectedOptions)}
      defaultOpen={defaultOpen}
      ref={triggerRef}
    >
      {options.map((option) => (
        <Option key={option.value} value={option.value}>
          {option.label}
        </Option>
      ))}
    </Dropdown>
  );
}
