import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewId } from '../features/shared/use-hash-route';
import type { ViewProps } from '../features/shared/view-props';

/**
 * Each view is its own chunk, loaded when first opened, so the first render only pays for the shell
 * and the view on screen (the board's drag-and-drop, for example, loads with the board).
 */
export const VIEW_LABELS: Record<ViewId, string> = {
  matrix: 'Matrix',
  board: 'Ownership board',
  plan: 'First 90 days',
  health: 'Health',
  tools: 'Tools',
  channels: 'Channels',
  fit: 'Fit assessment',
  log: 'Change log',
  profile: 'Profile',
  reviews: 'Quarterly review',
};

export const VIEW_COMPONENTS: Record<ViewId, LazyExoticComponent<ComponentType<ViewProps>>> = {
  matrix: lazy(() =>
    import('../features/matrix/MatrixView').then((m) => ({ default: m.MatrixView })),
  ),
  board: lazy(() => import('../features/board/BoardView').then((m) => ({ default: m.BoardView }))),
  plan: lazy(() => import('../features/plan/PlanView').then((m) => ({ default: m.PlanView }))),
  health: lazy(() =>
    import('../features/health/HealthView').then((m) => ({ default: m.HealthView })),
  ),
  tools: lazy(() =>
    import('../features/registers/ToolsView').then((m) => ({ default: m.ToolsView })),
  ),
  channels: lazy(() =>
    import('../features/registers/ChannelsView').then((m) => ({ default: m.ChannelsView })),
  ),
  fit: lazy(() => import('../features/fit/FitView').then((m) => ({ default: m.FitView }))),
  log: lazy(() =>
    import('../features/change-log/ChangeLogView').then((m) => ({ default: m.ChangeLogView })),
  ),
  profile: lazy(() =>
    import('../features/profile/ProfileView').then((m) => ({ default: m.ProfileView })),
  ),
  reviews: lazy(() =>
    import('../features/review/ReviewsView').then((m) => ({ default: m.ReviewsView })),
  ),
};
