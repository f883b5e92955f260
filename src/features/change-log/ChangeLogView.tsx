import type { ViewProps } from '../shell/view-props';

export function ChangeLogView(_props: ViewProps) {
  return <p>ChangeLogView is not built yet.</p>;
}
