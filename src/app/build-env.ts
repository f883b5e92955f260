/**
 * The build's settings (Vite's `import.meta.env`, read once in main.tsx and passed down): nothing
 * below main.tsx reads `import.meta.env`, so the composition is a plain function of them.
 */
export interface BuildEnv {
  readonly VITE_GRAPH_CLOUD?: string;
  readonly VITE_AAD_APP_CLIENT_ID?: string;
  /** Set for tests and dev without a tenant: Graph goes to the emulator, tokens come from the host. */
  readonly VITE_GRAPH_EMULATOR_URL?: string;
  /**
   * The Teams app's manifest id (`TEAMS_APP_ID` of `npm run package`), for deep links back into the
   * tab from a channel post (docs/platform.md#teams-deep-links). Without it, posts carry no "Open in Tandem" button.
   */
  readonly VITE_TEAMS_APP_ID?: string;
  /**
   * The id Teams knows the app by in deep links, when it is not the manifest id: for an app
   * published to the organisation's catalog, its org-catalog id (Teams admin center → Manage apps
   * → the app's "App ID"); docs/platform.md#teams-deep-links. Defaults to `VITE_TEAMS_APP_ID`, right
   * for a custom app uploaded in Teams.
   */
  readonly VITE_TEAMS_DEEP_LINK_APP_ID?: string;
}
