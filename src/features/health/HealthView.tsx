import type { ViewProps } from '../shell/view-props';

export function HealthView(_props: ViewProps) {
  return <p>HealthView is not built yet.</p>;
}
