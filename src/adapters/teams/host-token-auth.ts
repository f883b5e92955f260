/**
 * The `Auth` port over the Teams host's own token (teams-js `authentication.getAuthToken`,
 * graph-contract §5.1). Used only with the Graph emulator (tests, dev without a tenant):
 * graph-contract §6 "stub the app's token provider, not MSAL". The Teams host fake answers with its
 * `token` query parameter. Against real Teams this token is an SSO token for the app, not a Graph
 * token, so the composition root never uses it there.
 *
 * Call only after `connectToHost()` answered `teams` (teams-js must be initialised).
 */
import { authentication } from '@microsoft/teams-js';
import { AuthError, type Auth } from '../../ports/auth';

export function hostTokenAuth(): Auth {
  return {
    async getToken() {
      try {
        return await authentication.getAuthToken();
      } catch (error) {
        throw new AuthError(
          'unavailable',
          `The Teams host gave no token (${error instanceof Error ? error.message : String(error)}).`,
          { cause: error },
        );
      }
    },
  };
}
