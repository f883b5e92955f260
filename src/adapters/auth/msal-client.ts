/**
 * Which MSAL client Tandem talks to, and how it is configured.
 *
 * Inside Teams: `createNestablePublicClientApplication`, i.e. nested app authentication; it asks
 * the host (Teams) for tokens over the bridge teams-js installs in `app.initialize()`, and when
 * that bridge is absent it falls back to the ordinary browser client by itself
 * (docs/platform.md#nested-app-authentication). Outside Teams:
 * `createStandardPublicClientApplication` (popups, hidden iframes). Both factories also run
 * `initialize()` on the client they return.
 *
 * Where tokens are kept: MSAL's cache in this tab's `sessionStorage`, not `localStorage`. Session
 * storage survives a reload of the tab (so a reload stays silent) but is per tab and gone when the
 * tab closes; local storage is shared by every tab of the origin and outlives the browser session,
 * which on a shared or customer machine leaves Graph tokens for several tenants lying around, and
 * widens what an XSS bug could read (docs/platform.md#msal-cache). In a partitioned third-party
 * iframe MSAL falls back to memory by itself (same section).
 *
 * This module (and everything in src/adapters/auth/ that imports it) is loaded with `import()`
 * by the composition root in Teams mode only, so msal-browser stays out of the local-mode bundle.
 */
import {
  BrowserCacheLocation,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { graphCloud, type GraphCloud } from '../graph/http/clouds';

/** The part of MSAL's `IPublicClientApplication` the adapter uses; tests give a fake. */
export type MsalClientLike = Pick<
  IPublicClientApplication,
  'initialize' | 'getAllAccounts' | 'acquireTokenSilent' | 'ssoSilent' | 'acquireTokenPopup'
>;

/**
 * `${authorityHost}/${tenant}`: the tenant from the Teams context, so a B2B guest (the MSP's
 * manager in the customer's team) gets a token for the team's (resource) tenant, not their home
 * tenant; `organizations` (any work or school account) when there is no context.
 */
export function authorityFor(cloud: GraphCloud, tenantId: string | null): string {
  return `${graphCloud(cloud).authorityHost}/${tenantId ?? 'organizations'}`;
}

export function msalConfiguration(options: {
  readonly clientId: string;
  readonly cloud: GraphCloud;
  readonly tenantId: string | null;
  readonly redirectUri: string;
}): Configuration {
  return {
    auth: {
      clientId: options.clientId,
      authority: authorityFor(options.cloud, options.tenantId),
      // The page that hands popup and hidden-iframe responses back (see auth-redirect-page.ts).
      // NAA does not use it: the host signs in (its Entra redirect URI is brk-multihub://<origin>).
      redirectUri: options.redirectUri,
    },
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
  };
}

export interface MsalFactories {
  readonly nestable: (configuration: Configuration) => Promise<MsalClientLike>;
  readonly standard: (configuration: Configuration) => Promise<MsalClientLike>;
}

const MSAL_FACTORIES: MsalFactories = {
  nestable: (configuration) => createNestablePublicClientApplication(configuration),
  standard: (configuration) => createStandardPublicClientApplication(configuration),
};

/**
 * Builds and initializes the client: nestable inside Teams, standard elsewhere
 * (docs/platform.md#nested-app-authentication).
 */
export function openMsalClient(
  configuration: Configuration,
  insideTeams: boolean,
  factories: MsalFactories = MSAL_FACTORIES,
): Promise<MsalClientLike> {
  return insideTeams ? factories.nestable(configuration) : factories.standard(configuration);
}
