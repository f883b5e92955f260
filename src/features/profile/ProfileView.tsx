import type { ViewProps } from '../shell/view-props';

export function ProfileView(_props: ViewProps) {
  return <p>ProfileView is not built yet.</p>;
}
