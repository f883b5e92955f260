/**
 * The handshake that decides the mode: framed and answered → Teams; otherwise local, with the
 * reason. Takes the SDK and the framing as inputs so every branch is testable without a browser;
 * connect-to-host.ts supplies the real ones.
 */
import type { HostConnection } from '../../ports/host-context';
import { toHostContext } from './host-context-mapping';
import { createTeamsHost } from './teams-host';
import type { TeamsSdk } from './teams-sdk';

/**
 * As long as Teams itself waits for a tab to load (docs/platform.md#loading-indicator): a slow host
 * (a cold Teams desktop, a phone on a poor network) still gets Teams mode.
 */
export const DEFAULT_HOST_TIMEOUT_MS = 30_000;

export interface HandshakeOptions {
  /**
   * Whether the page has a parent frame or an opener: teams-js talks to nothing else
   * (docs/platform.md#teams-js-initialization).
   */
  readonly framed: boolean;
  readonly timeoutMs?: number;
  /**
   * Extra parent origins teams-js should accept (its own origin always is:
   * docs/platform.md#teams-js-initialization).
   */
  readonly validMessageOrigins?: string[];
}

const NO_ANSWER = Symbol('no-answer');

/**
 * Never rejects. teams-js alone would wait 60 s for a silent parent
 * (docs/platform.md#teams-js-initialization), so initialize and getContext race one timer; when the
 * timer wins we only stop waiting — teams-js keeps its own state (and may still finish or time out
 * later), which is harmless because nobody awaits it.
 */
export async function handshake(sdk: TeamsSdk, options: HandshakeOptions): Promise<HostConnection> {
  if (!options.framed) return { mode: 'local', reason: 'not-framed' };
  const timeoutMs = options.timeoutMs ?? DEFAULT_HOST_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof NO_ANSWER>((resolve) => {
    timer = setTimeout(() => resolve(NO_ANSWER), timeoutMs);
  });
  const answer = (async () => {
    await sdk.initialize(options.validMessageOrigins);
    return sdk.getContext();
  })();
  try {
    const winner = await Promise.race([answer, deadline]);
    if (winner === NO_ANSWER) return { mode: 'local', reason: 'no-answer' };
    return { mode: 'teams', host: createTeamsHost(sdk, toHostContext(winner)) };
  } catch {
    // initialize rejected (e.g. a parent that is not a valid Teams origin) or getContext failed.
    return { mode: 'local', reason: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}
