/**
 * The connected Teams host (`TeamsHost` of src/ports/host-context.ts) over a `TeamsSdk`: live
 * theme, loading-indicator notifications (docs/platform.md#loading-indicator) and the configuration
 * page's Save flow. Built by connect-to-host.ts once `app.initialize()` and `app.getContext()` have
 * answered.
 */
import type {
  HostContext,
  HostTheme,
  LoadFailureReason,
  TabConfig,
  TeamsHost,
} from '../../ports/host-context';
import { themeFromHost } from './host-context-mapping';
import type { TeamsSdk } from './teams-sdk';

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);

export function createTeamsHost(sdk: TeamsSdk, initialContext: HostContext): TeamsHost {
  let context = initialContext;
  const themeListeners = new Set<(theme: HostTheme) => void>();

  // teams-js keeps one theme handler (docs/platform.md#teams-theme), so we register once, now, and
  // fan out; `context` then follows the host's theme even before anyone subscribes.
  sdk.registerOnThemeChangeHandler((hostTheme) => {
    const theme = themeFromHost(hostTheme);
    context = { ...context, theme };
    for (const listener of [...themeListeners]) listener(theme);
  });

  return {
    /** The context from getContext, with `theme` kept current by themeChange events. */
    get context() {
      return context;
    },
    onThemeChange(listener) {
      // Wrapped so the same function subscribed twice gets two independent subscriptions.
      const entry = (theme: HostTheme) => listener(theme);
      themeListeners.add(entry);
      return () => themeListeners.delete(entry);
    },
    notifyAppLoaded() {
      sdk.notifyAppLoaded();
    },
    notifySuccess() {
      // Fire-and-forget on the wire unless the host asks for a response
      // (docs/platform.md#loading-indicator); a refusal here cannot be acted on by the app, but it
      // must not surface as an unhandled rejection.
      sdk.notifySuccess().catch((error: unknown) => {
        console.warn('Tandem: the Teams host did not accept notifySuccess:', messageOf(error));
      });
    },
    notifyFailure(reason: LoadFailureReason, message: string) {
      sdk.notifyFailure(reason, message);
    },
    /** Only on the configuration page (`frameContext` 'settings' or 'remove'): teams-js throws elsewhere. */
    setConfigValid(valid: boolean) {
      sdk.setValidityState(valid);
    },
    /**
     * Only on the configuration page (`frameContext` 'settings'): teams-js throws elsewhere. As in
     * teams-js, a later handler replaces an earlier one. Each Save is answered exactly once: the
     * host gets `settings.save.success` after `settings.setSettings` was accepted, otherwise
     * `settings.save.failure` with the reason (the handler's error or the host's refusal).
     */
    openLink: (url: string) => sdk.openLink(url),
    onConfigSave(handler: () => Promise<TabConfig>) {
      sdk.registerOnSaveHandler(async (saveEvent) => {
        try {
          const config = await handler();
          await sdk.setConfig({
            entityId: config.entityId,
            suggestedDisplayName: config.suggestedDisplayName,
            contentUrl: config.contentUrl,
            websiteUrl: config.websiteUrl,
          });
          saveEvent.notifySuccess();
        } catch (error) {
          saveEvent.notifyFailure(messageOf(error));
        }
      });
    },
  };
}
