import { AuthError, type Auth } from '../ports/auth';
import { loadOnce } from './load-once';

/**
 * An `Auth` whose implementation is fetched with `import()`: MSAL is the largest library in Teams
 * mode (~75 KB gzip), and the emulator build (tests, `npm run dev:teams`) never uses it, so it
 * lives in its own chunk. The download starts at once, in parallel with the shell, and the first
 * `getToken` waits for it. A failed download rejects with `unavailable` and is tried again on the
 * next call.
 */
export function lazyAuth(load: () => Promise<Auth>): Auth {
  const loaded = loadOnce(
    load,
    (cause) =>
      new AuthError(
        'unavailable',
        "Tandem's sign-in code could not be downloaded. Check your connection and reload the tab.",
        { cause },
      ),
  );
  // Prefetch; a failure here is reported by the first getToken, not as an unhandled rejection.
  loaded().catch(() => undefined);
  return {
    getToken: (scopes, options) => loaded().then((auth) => auth.getToken(scopes, options)),
  };
}
