import { graphAuthProvider } from '../adapters/auth/graph-auth-provider';
import { createGraphClient } from '../adapters/graph/http/client';
import { graphCloud } from '../adapters/graph/http/clouds';
import type { Auth } from '../ports/auth';
import type { BuildEnv } from './build-env';

/** A graph-client `Client` for this build's Graph (the emulator, or the configured cloud) whose token carries `scopes`. */
export function graphClientFor(auth: Auth, scopes: readonly string[], env: BuildEnv) {
  return createGraphClient({
    baseUrl: env.VITE_GRAPH_EMULATOR_URL || graphCloud(env.VITE_GRAPH_CLOUD).baseUrl,
    authProvider: graphAuthProvider(auth, scopes),
  });
}
