import type { ViewProps } from '../shell/view-props';

export function ToolsView(_props: ViewProps) {
  return <p>ToolsView is not built yet.</p>;
}
