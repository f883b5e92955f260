/**
 * The script of the page at the configured `redirectUri`. msal-browser 5 no longer reads a popup's
 * or hidden iframe's URL from the opener: the page Entra sends the response to must hand it back
 * over MSAL's BroadcastChannel bridge (msal-browser `redirect_bridge`), then the popup closes. So
 * `acquireTokenPopup` and `ssoSilent` of the standard client (outside Teams, and NAA's fallback,
 * docs/platform.md#nested-app-authentication) only complete when that page runs
 * `completeAuthRedirect()`. Under NAA proper the host signs in and this page is not involved.
 *
 * Keep that page tiny (no app, no teams-js): it only needs this module.
 */
export { broadcastResponseToMainFrame as completeAuthRedirect } from '@azure/msal-browser/redirect-bridge';
