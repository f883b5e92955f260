import { onDemand, useOnDemand } from './on-demand';

/** Fluent's Toaster and Toast: toasts only follow user actions, so none is needed for first paint. */
export const toasterPart = onDemand(() => import('./ToasterSurface'));

/**
 * The single toaster (Undo), mounted once by the shell. It renders nothing until its code has
 * arrived — after the first board is painted, or when the first toast is posted.
 */
export function AppToaster() {
  const Surface = useOnDemand(toasterPart)?.ToasterSurface;
  return Surface ? <Surface /> : null;
}
