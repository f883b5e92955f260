import { useEffect, useRef, type RefObject } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { HEADER_HEIGHT, ROW_HEIGHT } from './matrix-columns';
import type { MatrixEntry } from './matrix-filters';

/**
 * Before layout (or where there is none, as in jsdom) a scroller reports a height of 0 and the
 * virtualiser would render nothing. Assume one screenful until the real size is known.
 */
const FALLBACK_HEIGHT = 640;

type RectObserver = typeof observeElementRect<HTMLDivElement>;

const observeRectWithFallback: RectObserver = (instance, onRect) =>
  observeElementRect(instance, (rect) =>
    onRect(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT }),
  );

/**
 * Windowing for the matrix body: fixed row heights, rows keyed by id, and a scroll to the focused
 * row whenever a new one is asked for (links from Health findings, a newly added row).
 */
export function useMatrixVirtualizer(
  scrollRef: RefObject<HTMLDivElement | null>,
  entries: readonly MatrixEntry[],
  focusRowId: string | null,
) {
  // TanStack Virtual keeps its own mutable state; it is not written for the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => entries[index]?.row.id ?? index,
    overscan: 8,
    // The body starts below the sticky header, inside the same scroller.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    observeElementRect: observeRectWithFallback,
    useFlushSync: false,
  });

  const focusIndex = focusRowId ? entries.findIndex((entry) => entry.row.id === focusRowId) : -1;
  // Scroll once per link followed, not again whenever an edit shifts the row's index.
  const scrolledTo = useRef<string | null>(null);
  useEffect(
    // Forget on unmount: a remount (StrictMode does one) re-attaches the virtualiser at offset 0.
    () => () => {
      scrolledTo.current = null;
    },
    [],
  );
  useEffect(() => {
    if (!focusRowId) {
      scrolledTo.current = null;
      return;
    }
    if (focusIndex < 0 || scrolledTo.current === focusRowId) return;
    scrolledTo.current = focusRowId;
    virtualizer.scrollToIndex(focusIndex, { align: 'center' });
  }, [focusRowId, focusIndex, virtualizer]);

  return virtualizer;
}
