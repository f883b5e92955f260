import { Select } from '@fluentui/react-components';
import type { Side } from '../../domain/matrix/roles';

interface Props {
  readonly value: Side | null;
  readonly rowName: string;
  readonly onChange: (value: Side | null) => void;
}

/** Who decides when the two sides disagree on a joint row. */
export function TieBreakerSelect({ value, rowName, onChange }: Props) {
  return (
    <Select
      size="small"
      value={value ?? ''}
      aria-label={`Tie-breaker for ${rowName}`}
      onChange={(_, data) => onChange(data.value === '' ? null : (data.value as Side))}
    >
      <option value="">Not set</option>
      <option value="internal">Internal IT decides</option>
      <option value="msp">MSP decides</option>
    </Select>
  );
}
