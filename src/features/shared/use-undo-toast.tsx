import { useCallback } from 'react';
import { toasterPart } from './AppToaster';
import { prefetch } from './on-demand';
import { undoToastQueue } from './toast-queue';

/**
 * Show "<message> · Undo" for a destructive action; Undo runs `undo` once. The toast waits for the
 * toaster's code if it has not arrived yet (it is fetched after the first board, or now).
 */
export function useUndoToast() {
  return useCallback((message: string, undo: () => void) => {
    undoToastQueue.push({ message, undo });
    prefetch(toasterPart);
  }, []);
}
