/**
 * The one way an adapter gets its `GraphSender`: the composition root's graph-client `Client`
 * with Tandem's retry policy (http/retry.ts), the attempts and the sleep tests may change, and a
 * count of the waits, so an adapter can tell "it was throttled" from "it failed at once".
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { DEFAULT_RETRY_POLICY, realSleep, type GraphStatus } from './retry';
import { createGraphSender, type GraphSender } from './send';

export interface GraphTransportOptions {
  /** graph-client, built by the composition root with auth and the cloud's `baseUrl`. */
  readonly client: Client;
  /** Told when a call waits for a throttled service, and when it stops waiting. */
  readonly onStatus?: (status: GraphStatus) => void;
  /** Injectable for tests. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Sends per request before giving up (default 5; 1 for requests that must never repeat). */
  readonly maxAttempts?: number;
}

export interface GraphTransport {
  readonly sender: GraphSender;
  /** How many retry statuses were reported so far (compare before and after a call). */
  readonly waits: () => number;
}

export function createGraphTransport(options: GraphTransportOptions): GraphTransport {
  let waits = 0;
  const sender = createGraphSender(options.client, {
    policy: {
      ...DEFAULT_RETRY_POLICY,
      maxAttempts: options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
    },
    sleep: options.sleep ?? realSleep,
    onStatus: (status) => {
      waits += 1;
      options.onStatus?.(status);
    },
    now: Date.now,
  });
  return { sender, waits: () => waits };
}
