import { useEffect } from 'react';
import { useServices } from './services-context';

/**
 * Tells the Teams host that real data is on screen (`notifySuccess`,
 * docs/platform.md#loading-indicator). Render it next to the data inside the same Suspense
 * boundary: it commits, and its effect runs, only when the data's view has committed too. No host
 * (local mode): nothing.
 */
export function ReportLoaded() {
  const { host } = useServices();
  useEffect(() => {
    host?.notifySuccess();
  }, [host]);
  return null;
}
