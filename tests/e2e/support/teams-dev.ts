import { afterAll, afterEach, beforeAll } from 'vitest';
import { startTeamsDev, type TeamsDev } from '../../fakes/teams-host/dev-teams';
import { openBrowser, type BrowserSession } from './browser';

/**
 * The Teams host fake over the Graph emulator for one e2e file: started once before its tests
 * (building the app takes a while), stopped after them; each test's browser is closed after it.
 * `setUp` runs once the emulator is up (seed lists, add sites).
 */
export function withTeamsDev(setUp?: (dev: TeamsDev) => Promise<void> | void) {
  let dev: TeamsDev | undefined;
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    dev = await startTeamsDev({ quiet: true });
    await setUp?.(dev);
  }, 180_000);
  afterAll(async () => {
    await dev?.close();
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  return {
    dev: (): TeamsDev => {
      if (!dev) throw new Error('The Teams host fake is not started yet.');
      return dev;
    },
    /** A browser for this test (closed after it), trusting the emulator's certificate. */
    open: async (): Promise<BrowserSession> =>
      (session = await openBrowser({ ignoreHttpsErrors: true })),
  };
}
