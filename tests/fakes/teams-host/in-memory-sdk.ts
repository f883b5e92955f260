/**
 * An in-memory `TeamsSdk` (src/adapters/teams/teams-sdk.ts) for unit tests of the adapter's logic:
 * it records calls as wire funcs (docs/platform.md#teams-host-wire-protocol) and lets the test play
 * the host — answer or withhold initialize/getContext, push a theme, press Save. The real teams-js
 * is exercised against the browser host fake in tests/e2e/teams-host.test.ts.
 */
import type { app, pages } from '@microsoft/teams-js';
import type { SaveEvent, TeamsSdk } from '../../../src/adapters/teams/teams-sdk';

export interface InMemorySdkOptions {
  /** `'never'` never settles (a silent host); an Error rejects; else resolves. */
  readonly initialize?: 'ok' | 'never' | Error;
  readonly context?: app.Context | 'never' | Error;
  /** What the host answers to setSettings: accepted, or refused with this reason. */
  readonly setSettingsError?: string;
  readonly notifySuccessError?: Error;
}

export interface InMemorySdk extends TeamsSdk {
  /** Calls in order, with the args they would carry on the wire. */
  readonly calls: { func: string; args: unknown[] }[];
  pushTheme(theme: string): void;
  /** Host presses Save; resolves with how the tab answered the save event. */
  pressSave(): Promise<{ ok: true } | { ok: false; reason: string | undefined }>;
}

const settle = <T>(answer: T | 'never' | Error): Promise<T> =>
  answer === 'never'
    ? new Promise<T>(() => {})
    : answer instanceof Error
      ? Promise.reject(answer)
      : Promise.resolve(answer);

export function createInMemorySdk(options: InMemorySdkOptions = {}): InMemorySdk {
  const calls: InMemorySdk['calls'] = [];
  let themeHandler: ((theme: string) => void) | undefined;
  let saveHandler: ((event: SaveEvent) => void) | undefined;
  const record = (func: string, ...args: unknown[]) => calls.push({ func, args });

  return {
    calls,
    initialize(validMessageOrigins) {
      record('initialize', validMessageOrigins);
      return settle(options.initialize ?? 'ok').then(() => undefined);
    },
    getContext() {
      record('getContext');
      return settle(options.context ?? new Error('no context configured'));
    },
    registerOnThemeChangeHandler(handler) {
      record('registerHandler', 'themeChange');
      themeHandler = handler;
    },
    notifyAppLoaded: () => record('appInitialization.appLoaded'),
    notifySuccess() {
      record('appInitialization.success');
      return options.notifySuccessError
        ? Promise.reject(options.notifySuccessError)
        : Promise.resolve({ hasFinishedSuccessfully: 'unknown' });
    },
    notifyFailure: (reason, message) => record('appInitialization.failure', reason, message),
    openLink(url) {
      record('executeDeepLink', url);
      return Promise.resolve();
    },
    setValidityState: (valid) => record('settings.setValidityState', valid),
    registerOnSaveHandler(handler) {
      record('registerHandler', 'save');
      saveHandler = handler;
    },
    setConfig(config: pages.InstanceConfig) {
      record('settings.setSettings', config);
      return options.setSettingsError
        ? Promise.reject(new Error(options.setSettingsError))
        : Promise.resolve();
    },
    pushTheme(theme) {
      themeHandler?.(theme);
    },
    pressSave() {
      return new Promise((resolve) => {
        if (!saveHandler) throw new Error('The tab registered no Save handler.');
        saveHandler({
          notifySuccess: () => {
            record('settings.save.success');
            resolve({ ok: true });
          },
          notifyFailure: (reason) => {
            record('settings.save.failure', reason);
            resolve({ ok: false, reason });
          },
        });
      });
    },
  };
}
