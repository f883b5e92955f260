import type { ViewProps } from '../shell/view-props';

export function MatrixView(_props: ViewProps) {
  return <p>MatrixView is not built yet.</p>;
}
