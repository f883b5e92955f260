import type { FrameLocator, Page } from 'playwright-core';
import type { WithTandemHost } from '../../fakes/teams-host/host-api';

/** The tab's frame inside the Teams host fake's page. */
export const tabFrame = (page: Page): FrameLocator => page.frameLocator('iframe[title="Tab"]');

/** The teams-js calls the tab made to the host fake so far, by function name, in order. */
export const hostCalls = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as WithTandemHost).tandemHost.messages.map((m) => m.func));
