import { Field, Select } from '@fluentui/react-components';
import { ALL_CATEGORIES } from './board-model';

interface Props {
  readonly categories: readonly string[];
  readonly value: string;
  readonly onChange: (category: string) => void;
}

export function CategoryFilter({ categories, value, onChange }: Props) {
  return (
    <Field label="Category">
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        <option value={ALL_CATEGORIES}>All categories</option>
        {categories.map((category) => (
          <option key={category} value={category}>
            {category}
          </option>
        ))}
      </Select>
    </Field>
  );
}
