import { Badge, type BadgeProps } from '@fluentui/react-components';
import { OWNER_LABELS, type Owner } from '../../domain/matrix/roles';

/** Distinct hues per owner, but the word is always there: colour is never the only signal. */
const COLORS: Record<Owner, BadgeProps['color']> = {
  internal: 'brand',
  msp: 'success',
  joint: 'warning',
  unassigned: 'danger',
};

export function OwnerBadge({ owner }: { owner: Owner }) {
  return (
    <Badge
      appearance="tint"
      shape="rounded"
      color={COLORS[owner]}
      data-owner={owner}
      data-testid="owner-badge"
    >
      {OWNER_LABELS[owner]}
    </Badge>
  );
}
