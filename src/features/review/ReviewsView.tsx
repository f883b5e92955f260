import type { ViewProps } from '../shell/view-props';

export function ReviewsView(_props: ViewProps) {
  return null;
}
