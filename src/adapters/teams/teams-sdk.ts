/**
 * The slice of teams-js Tandem uses, behind one small interface. This is the only file that
 * imports teams-js values (besides host-token-auth.ts, the emulator-only token source); the rest
 * of the adapter takes a `TeamsSdk`, so its logic is testable with an in-memory SDK and the real
 * one is exercised in the browser against the Teams host fake.
 *
 * Only `app` and `pages` are imported, to keep the bundle lean.
 */
import { app, pages } from '@microsoft/teams-js';
import type { LoadFailureReason } from '../../ports/host-context';

/** What the host's Save button hands the configuration page (teams-js `pages.config.SaveEvent`). */
export interface SaveEvent {
  notifySuccess(): void;
  notifyFailure(reason?: string): void;
}

export interface TeamsSdk {
  /**
   * Rejects at once with no parent; after 60 s in a silent frame
   * (docs/platform.md#teams-js-initialization).
   */
  initialize(validMessageOrigins?: string[]): Promise<void>;
  getContext(): Promise<app.Context>;
  /**
   * One handler at a time (a new one replaces the old); sends `registerHandler ["themeChange"]`
   * (docs/platform.md#teams-theme).
   */
  registerOnThemeChangeHandler(handler: (theme: string) => void): void;
  /** Wire `appInitialization.appLoaded`. */
  notifyAppLoaded(): void;
  /** Wire `appInitialization.success`; resolves at once unless the host asks for a response. */
  notifySuccess(): Promise<unknown>;
  /** Wire `appInitialization.failure [reason, message, authHeader]`. */
  notifyFailure(reason: LoadFailureReason, message: string): void;
  /** Wire `settings.setValidityState [bool]`; throws outside the settings/remove frame. */
  setValidityState(valid: boolean): void;
  /** Wire `registerHandler ["save"]`; throws outside the settings frame. */
  registerOnSaveHandler(handler: (event: SaveEvent) => void): void;
  /** Wire `settings.setSettings [config]`; rejects when the host answers `[false, reason]`. */
  setConfig(config: pages.InstanceConfig): Promise<void>;
  /** Wire `executeDeepLink [url]`; rejects when the host answers `[false, reason]`. */
  openLink(url: string): Promise<void>;
}

const FAILED_REASONS: Record<LoadFailureReason, app.FailedReason> = {
  AuthFailed: app.FailedReason.AuthFailed,
  Timeout: app.FailedReason.Timeout,
  Other: app.FailedReason.Other,
};

/** The real teams-js, bound lazily so nothing runs at import time. */
export const teamsJsSdk: TeamsSdk = {
  initialize: (validMessageOrigins) => app.initialize(validMessageOrigins),
  getContext: () => app.getContext(),
  registerOnThemeChangeHandler: (handler) => app.registerOnThemeChangeHandler(handler),
  notifyAppLoaded: () => app.notifyAppLoaded(),
  notifySuccess: () => app.notifySuccess(),
  notifyFailure: (reason, message) =>
    app.notifyFailure({ reason: FAILED_REASONS[reason], message }),
  setValidityState: (valid) => pages.config.setValidityState(valid),
  registerOnSaveHandler: (handler) => pages.config.registerOnSaveHandler(handler),
  setConfig: (config) => pages.config.setConfig(config),
  openLink: (url) => app.openLink(url),
};
