import type { TeamsAdapters } from '../../src/app/compose-teams';
import { createMemoryDirectory } from './memory-directory';

/**
 * Teams mode's adapters as fakes, for composing the real Teams app in jsdom: a token always at
 * hand, no team store, no Planner (the tracker says "not yet in Planner"), no channel, an empty
 * directory, no outbox. A test overrides what it is about.
 */
export function fakeTeamsAdapters(overrides: Partial<TeamsAdapters> = {}): TeamsAdapters {
  return {
    auth: () => ({ getToken: async () => 'token' }),
    store: () => null,
    planner: () => null,
    channel: () => null,
    directory: () => createMemoryDirectory([]),
    outbox: () => null,
    ...overrides,
  };
}
