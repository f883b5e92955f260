import type { ViewProps } from '../shell/view-props';

export function BoardView(_props: ViewProps) {
  return <p>BoardView is not built yet.</p>;
}
