/**
 * Types of `window.tandemHost`, the test handle host.js installs on the host page (host.js is plain
 * JavaScript so serve.ts can hand it to the browser as is).
 */
export interface RecordedMessage {
  readonly func: string;
  readonly args: readonly unknown[];
}

export type SaveOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: unknown };

export interface TandemHostApi {
  readonly tabUrl: string;
  readonly frameContext: string;
  /** Every message the tab sent, in order. */
  readonly messages: readonly RecordedMessage[];
  /** Last `settings.setValidityState` value, null before any. */
  readonly validity: boolean | null;
  /** Last config the host accepted through `settings.setSettings`, null before any. */
  readonly config: unknown;
  waitFor(func: string, timeoutMs?: number): Promise<RecordedMessage>;
  pushEvent(func: string, args?: unknown[]): void;
  pushTheme(theme: string): void;
  pressSave(): Promise<SaveOutcome>;
}

export type WithTandemHost = Window & { readonly tandemHost: TandemHostApi };
