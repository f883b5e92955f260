/**
 * Whether the page could be inside a Teams host. Kept apart from connect-to-host.ts so the
 * composition root can ask without loading teams-js (local mode's first render stays lean).
 */

/**
 * teams-js only ever talks to `window.parent` or `window.opener`
 * (docs/platform.md#teams-js-initialization).
 */
export function isFramed(win: Window): boolean {
  try {
    return win.parent !== win || Boolean(win.opener);
  } catch {
    // A cross-origin opener that refuses inspection is still an opener.
    return true;
  }
}
