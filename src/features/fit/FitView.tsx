import type { ViewProps } from '../shell/view-props';

export function FitView(_props: ViewProps) {
  return <p>FitView is not built yet.</p>;
}
