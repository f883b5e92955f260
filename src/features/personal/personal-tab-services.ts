import type { EngagementDirectory } from '../../ports/engagement-directory';
import type { TeamsHost } from '../../ports/host-context';

/**
 * What the personal tab needs, chosen by the composition root (src/app/personal-services.ts).
 * It is not `AppServices`: the personal tab has no team, so no engagement store.
 */
export interface PersonalTabServices {
  readonly directory: EngagementDirectory;
  /**
   * Makes sure a token for the directory's permissions can be had: silently, or with
   * `interactive: true` from a click. Rejects with the Auth port's `AuthError`.
   */
  authorize(options?: { readonly interactive?: boolean }): Promise<void>;
  /** The signed-in user's UPN (the Teams context's `loginHint`), matched against the leads. */
  readonly userUpn: string | null;
  /** Told when the page is on screen (`notifySuccess`) or cannot be (`notifyFailure`). */
  readonly host: TeamsHost;
}
