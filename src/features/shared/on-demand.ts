import { useEffect, useSyncExternalStore } from 'react';

/**
 * Code the first board does not need to be *shown* (menus, popovers, edit boxes, the toaster): it is
 * fetched on first use, or once the board is painted (`whenIdle`). Unlike `React.lazy`, a part that
 * has arrived renders synchronously, so a light stand-in hands over to the real control without a
 * Suspense fallback in between — and without losing focus.
 */
export interface OnDemand<T> {
  /** Starts the fetch once; later calls return the same promise. A failed fetch may be retried. */
  load(): Promise<T>;
  /** The module once it has arrived. */
  current(): T | undefined;
  subscribe(listener: () => void): () => void;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let module: T | undefined;
  let pending: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  return {
    load() {
      pending ??= importer().then(
        (loaded) => {
          module = loaded;
          for (const listener of listeners) listener();
          return loaded;
        },
        (error: unknown) => {
          // Offline for a moment: the next interaction tries again instead of never opening.
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    current: () => module,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The part's module once it has arrived (re-renders then), else undefined. */
export function useOnDemand<T>(part: OnDemand<T>): T | undefined {
  return useSyncExternalStore(part.subscribe, part.current, part.current);
}

/** Loads parts without letting a failed prefetch surface as an unhandled rejection. */
export function prefetch(...parts: readonly OnDemand<unknown>[]): void {
  for (const part of parts) part.load().catch(() => undefined);
}

/**
 * Why wait a second rather than only for idle: the first idle period can come a few milliseconds
 * after the rows' frame, while the host (Teams) is still showing the tab and the user has not yet
 * seen the board, so ~70 KB of menus would compete with it. A second later the user is reading the
 * board; a click before then still works (the stand-in fetches on demand). Measured: with a bare idle
 * callback the Teams bench counted the prefetch as loaded before the first row was seen.
 */
const AFTER_PAINT_DELAY_MS = 1000;

/**
 * Runs `task` once the browser is idle a little after the current frame has painted, so prefetching
 * never competes with the first board. Returns a cancel function for effect cleanup.
 */
export function whenIdle(task: () => void): () => void {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') {
      idle = window.requestIdleCallback(task, { timeout: 2000 });
    } else task();
  }, AFTER_PAINT_DELAY_MS);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}

/**
 * Rendered next to a view inside its Suspense boundary: once the view has committed and the browser
 * is idle, fetches `parts` so the first click on them is instant. `parts` should be a constant.
 */
export function PrefetchWhenIdle({ parts }: { readonly parts: readonly OnDemand<unknown>[] }) {
  useEffect(() => whenIdle(() => prefetch(...parts)), [parts]);
  return null;
}
