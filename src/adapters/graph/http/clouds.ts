/**
 * Where Microsoft Graph lives in each Microsoft cloud. The Graph adapters never name a host: the
 * composition root builds the graph-client `Client` with `baseUrl` from this table (plus
 * `defaultVersion: 'v1.0'`), and every request, `$batch` and `@odata.nextLink` follows that client.
 *
 * graph-client adds the bearer token only for hosts it knows as Graph hosts
 * (docs/platform.md#graph-client), and all four below are on its list. Each cloud signs in at its
 * own Entra authority host; the auth adapter builds `${authorityHost}/${tenantId}` from this same
 * table, so one setting picks both.
 */
export const GRAPH_CLOUDS = {
  /** Microsoft 365 worldwide, including GCC (moderate). */
  global: {
    baseUrl: 'https://graph.microsoft.com',
    authorityHost: 'https://login.microsoftonline.com',
  },
  /** US Government L4 (GCC High). */
  usGovL4: {
    baseUrl: 'https://graph.microsoft.us',
    authorityHost: 'https://login.microsoftonline.us',
  },
  /** US Government L5 (DoD). */
  usGovL5: {
    baseUrl: 'https://dod-graph.microsoft.us',
    authorityHost: 'https://login.microsoftonline.us',
  },
  /** Microsoft 365 operated by 21Vianet (China). */
  china: {
    baseUrl: 'https://microsoftgraph.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
  },
} as const satisfies Record<string, { readonly baseUrl: string; readonly authorityHost: string }>;

/** The cloud named by configuration (e.g. `VITE_GRAPH_CLOUD`); an unknown name is an error, not a guess. */
export function graphCloud(name: string | undefined): (typeof GRAPH_CLOUDS)[GraphCloud] {
  const key = (name ?? 'global') as GraphCloud;
  const cloud = GRAPH_CLOUDS[key];
  if (!cloud) {
    throw new Error(
      `Unknown Microsoft cloud "${name}". Use one of: ${Object.keys(GRAPH_CLOUDS).join(', ')}.`,
    );
  }
  return cloud;
}

export type GraphCloud = keyof typeof GRAPH_CLOUDS;
