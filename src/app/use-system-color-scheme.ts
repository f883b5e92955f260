import { useSyncExternalStore } from 'react';

export type ColorScheme = 'light' | 'dark' | 'contrast';

const QUERIES = ['(forced-colors: active)', '(prefers-color-scheme: dark)'] as const;

function read(): ColorScheme {
  if (window.matchMedia(QUERIES[0]).matches) return 'contrast';
  return window.matchMedia(QUERIES[1]).matches ? 'dark' : 'light';
}

/**
 * Outside Teams the app follows the operating system, live: Windows contrast themes
 * (forced colours) first, then the light/dark preference.
 */
export function useSystemColorScheme(): ColorScheme {
  return useSyncExternalStore(
    (onChange) => {
      const lists = QUERIES.map((query) => window.matchMedia(query));
      lists.forEach((list) => list.addEventListener('change', onChange));
      return () => lists.forEach((list) => list.removeEventListener('change', onChange));
    },
    read,
    () => 'light',
  );
}
