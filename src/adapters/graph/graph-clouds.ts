/**
 * Where Microsoft Graph lives in each Microsoft cloud. The Graph adapters never name a host: the
 * composition root builds the graph-client `Client` with `baseUrl` from this table (plus
 * `defaultVersion: 'v1.0'`), and every request, `$batch` and `@odata.nextLink` follows that client.
 *
 * graph-client adds the bearer token only for hosts it knows as Graph hosts (graph-contract §0.2), and
 * all four below are on its list. Sign-in uses the matching Entra authority, which is the auth
 * adapter's configuration, not this table's.
 */
export const GRAPH_CLOUDS = {
  /** Microsoft 365 worldwide, including GCC (moderate). */
  global: { baseUrl: 'https://graph.microsoft.com' },
  /** US Government L4 (GCC High). */
  usGovL4: { baseUrl: 'https://graph.microsoft.us' },
  /** US Government L5 (DoD). */
  usGovL5: { baseUrl: 'https://dod-graph.microsoft.us' },
  /** Microsoft 365 operated by 21Vianet (China). */
  china: { baseUrl: 'https://microsoftgraph.chinacloudapi.cn' },
} as const satisfies Record<string, { readonly baseUrl: string }>;

export type GraphCloud = keyof typeof GRAPH_CLOUDS;
