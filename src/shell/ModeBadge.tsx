import { Badge } from '@fluentui/react-components';
import type { EngagementStore } from '../ports/engagement-store';

const LABELS: Record<EngagementStore['kind'], { text: string; detail: string }> = {
  local: {
    text: 'Local — stored in this browser',
    detail:
      'Everything is saved in this browser only. To share it, use Engagements → Publish to a team.',
  },
  sharepoint: {
    text: 'Teams — stored in SharePoint',
    detail: "Saved in the team's SharePoint site.",
  },
};

/** Which store holds the data, always visible (docs/architecture.md, modes). */
export function ModeBadge({ kind }: { kind: EngagementStore['kind'] }) {
  const label = LABELS[kind];
  return (
    // A native title instead of a Fluent Tooltip: the badge is on every first paint, and Tooltip
    // would pull the positioning engine into it.
    <Badge
      appearance="tint"
      color={kind === 'local' ? 'informative' : 'brand'}
      data-testid="mode-badge"
      title={label.detail}
    >
      {label.text}
    </Badge>
  );
}
