/** The one toaster every feature posts to; mounted once by the shell. */
export const APP_TOASTER_ID = 'tandem-toaster';

export interface PendingUndoToast {
  readonly message: string;
  readonly undo: () => void;
}

/**
 * Undo toasts asked for before the toaster's code has arrived. The toaster is loaded on demand, so
 * posting must not depend on it being mounted: toasts wait here and the toaster shows them as it
 * mounts (ToasterSurface), so an Undo after the very first action is never lost.
 */
function createQueue() {
  let pending: PendingUndoToast[] = [];
  const listeners = new Set<() => void>();
  return {
    push(toast: PendingUndoToast) {
      pending = [...pending, toast];
      for (const listener of listeners) listener();
    },
    /** The waiting toasts, oldest first, emptying the queue. */
    drain(): PendingUndoToast[] {
      const taken = pending;
      pending = [];
      return taken;
    },
    /** Changes whenever a toast is pushed (for useSyncExternalStore). */
    snapshot: () => pending,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export const undoToastQueue = createQueue();
