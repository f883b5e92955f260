/**
 * Entry point of the Teams host adapter: `connectToHost()` finds out whether Tandem runs inside a
 * Teams host (docs/platform.md#teams-js-initialization) and returns the port's `HostConnection`.
 * The composition root calls it once at start-up, before the auth adapter (NAA needs teams-js
 * initialised first, docs/platform.md#nested-app-authentication).
 */
import type { HostConnection } from '../../ports/host-context';
import { handshake } from './host-handshake';
import { isFramed } from './is-framed';
import { teamsJsSdk } from './teams-sdk';

export { isFramed };

export interface ConnectOptions {
  /** How long a framing page may stay silent; default `DEFAULT_HOST_TIMEOUT_MS` (30 s). */
  readonly timeoutMs?: number;
  /**
   * Extra parent origins to trust (docs/platform.md#teams-js-initialization), e.g. a dev host on
   * another port.
   */
  readonly validMessageOrigins?: string[];
}

/**
 * Never rejects: top level with no opener → `{mode:'local', reason:'not-framed'}` at once; a
 * framing page that never answers → 'no-answer' after `timeoutMs`; initialize or getContext
 * failing → 'failed'; otherwise `{mode:'teams', host}`.
 */
export function connectToHost(options: ConnectOptions = {}): Promise<HostConnection> {
  const framed = typeof window !== 'undefined' && isFramed(window);
  return handshake(teamsJsSdk, { ...options, framed });
}
