import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed, so a print-only view (all rows, where the screen shows a
 * virtualised window of them) is in the DOM exactly while it is needed. Chromium and Firefox fire
 * `beforeprint` synchronously before laying out the print, so the view is rendered synchronously
 * there (flushSync) — that covers Ctrl+P and the browser menu too. `print()` renders it, then opens
 * the browser's print dialog; `afterprint` removes it.
 */
export function usePrintMode() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = useCallback(() => {
    flushSync(() => setPrinting(true));
    window.print();
  }, []);
  return { printing, print };
}
