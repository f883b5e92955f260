import { createIndexedDbStore } from '../adapters/local/indexeddb-store';
import type { EngagementStore } from '../ports/engagement-store';
import type { AppServices } from '../features/shared/services-context';

const USER_NAME_KEY = 'tandem.userName';

/** Clock, ids and the user's name in local mode (no sign-in: the name is what the user typed). */
export function createLocalServices(store: EngagementStore): AppServices {
  return {
    store,
    now: () => new Date().toISOString(),
    today: () => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
    newId: () => crypto.randomUUID(),
    userName: () => readUserName() ?? 'Local user',
    // Nobody signs in locally: review sign-off asks which lead is signing instead.
    currentUser: () => ({ name: readUserName() ?? 'Local user', upn: null }),
  };
}

function readUserName(): string | null {
  try {
    return window.localStorage.getItem(USER_NAME_KEY);
  } catch {
    return null; // storage blocked (private mode, sandboxed frame): fall back to the default name
  }
}

/** Local mode's composition root: the browser's IndexedDB (or the store given, in tests). */
export function composeLocal(options: { readonly store?: EngagementStore } = {}): AppServices {
  return createLocalServices(options.store ?? createIndexedDbStore());
}
