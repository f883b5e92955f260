import type { ViewProps } from '../shell/view-props';

export function ChannelsView(_props: ViewProps) {
  return <p>ChannelsView is not built yet.</p>;
}
