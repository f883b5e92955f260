/**
 * The Teams host adapter (src/adapters/teams/) over the real teams-js 2.x in Chromium, framed by
 * the Teams host fake (tests/fakes/teams-host/, docs/platform.md#teams-host-wire-protocol). The
 * adapter runs in a small probe page bundled for this file, not in the app, so this holds whatever
 * the composition root does.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HostContext, TabConfig } from '../../src/ports/host-context';
import type { WithTandemHost } from '../fakes/teams-host/host-api';
import type { ProbeSummary, TandemProbe } from '../fakes/teams-host/probe/probe';
import { buildProbe, type BuiltProbe } from '../fakes/teams-host/probe-build';
import { serveTeamsHost, type TeamsHostServer } from '../fakes/teams-host/serve';
import { openBrowser, type BrowserSession } from './support/browser';

type WithProbe = Window & { readonly tandemProbe: TandemProbe };

let probe: BuiltProbe;
let server: TeamsHostServer;
let session: BrowserSession | undefined;

beforeAll(async () => {
  probe = await buildProbe();
  server = await serveTeamsHost({ appRoot: probe.dir });
});
afterAll(async () => {
  await server?.close();
  await probe?.remove();
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/**
 * The flat legacy context Teams sends for a channel tab (names: docs/platform.md#teams-context).
 */
const CHANNEL_TAB = {
  theme: 'default',
  locale: 'de-de',
  tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  userObjectId: 'a1b2c3d4-0000-4000-8000-000000000001',
  loginHint: 'megan@contoso.onmicrosoft.com',
  teamId: '19:team-internal@thread.tacv2',
  groupId: '02bd9fd6-8f93-4758-87c3-1fb73740a315',
  teamName: 'Contoso Dental — IT',
  channelId: '19:general@thread.tacv2',
  channelName: 'General',
  entityId: 'eng-contoso-2026',
  subEntityId: 'row:patching',
  teamSiteUrl: 'https://contoso.sharepoint.com/sites/ContosoDentalIT',
};

const EXPECTED_CONTEXT: HostContext = {
  frameContext: 'content',
  tenantId: CHANNEL_TAB.tid,
  // No userDisplayName in this context: the display name is null (issue 14 item 4).
  user: { id: CHANNEL_TAB.userObjectId, loginHint: CHANNEL_TAB.loginHint, displayName: null },
  team: { groupId: CHANNEL_TAB.groupId, displayName: CHANNEL_TAB.teamName },
  channel: { id: CHANNEL_TAB.channelId, displayName: CHANNEL_TAB.channelName },
  locale: 'de-de',
  theme: 'light',
  page: { id: CHANNEL_TAB.entityId, subPageId: CHANNEL_TAB.subEntityId },
};

const TAB_CONFIG: TabConfig = {
  entityId: 'eng-contoso-2026',
  suggestedDisplayName: 'Tandem — Contoso Dental',
  contentUrl: 'https://tandem.example.com/?frame=content',
  websiteUrl: 'https://tandem.example.com/',
};

/** The probe's frame inside the host page, once its script has run. */
async function probeFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The host page has no tab frame.');
  await frame.waitForFunction(() => 'tandemProbe' in window);
  return frame;
}

const connection = (frame: Frame): Promise<ProbeSummary> =>
  frame.evaluate(() => (window as unknown as WithProbe).tandemProbe.connection);

const hostMessages = (page: Page) =>
  page.evaluate(() => (window as unknown as WithTandemHost).tandemHost.messages);

const waitForHostMessage = (page: Page, func: string) =>
  page.evaluate((f) => (window as unknown as WithTandemHost).tandemHost.waitFor(f, 10_000), func);

/** Opens the probe framed by the host fake and waits until it is connected. */
async function openInHost(params: Record<string, string>, probeQuery = '') {
  session = await openBrowser();
  const { page } = session;
  await page.goto(server.hostUrl(`/index.html${probeQuery}`, params));
  const frame = await probeFrame(page);
  return { page, frame, summary: await connection(frame) };
}

describe('connectToHost inside the Teams host fake', () => {
  it('resolves mode teams with the mapped context after initialize and getContext', async () => {
    const { page, summary } = await openInHost({ frame: 'content', ...CHANNEL_TAB });
    expect(summary.mode).toBe('teams');
    expect(summary.context).toEqual(EXPECTED_CONTEXT);
    const messages = await hostMessages(page);
    expect(messages.slice(0, 3).map((m) => m.func)).toEqual([
      'initialize',
      'getContext',
      'registerHandler',
    ]);
    expect(messages[2]?.args).toEqual(['themeChange']);
  });

  it('passes each theme the host pushes to every listener and into host.context', async () => {
    const { page, frame } = await openInHost({ frame: 'content', ...CHANNEL_TAB });
    for (const theme of ['dark', 'contrast', 'default']) {
      await page.evaluate(
        (t) => (window as unknown as WithTandemHost).tandemHost.pushTheme(t),
        theme,
      );
    }
    await frame.waitForFunction(
      () => (window as unknown as WithProbe).tandemProbe.themes.second.length === 3,
    );
    const seen = await frame.evaluate(() => {
      const { themes, host } = (window as unknown as WithProbe).tandemProbe;
      return { ...themes, current: host?.context.theme };
    });
    expect(seen).toEqual({
      first: ['dark', 'contrast', 'light'],
      second: ['dark', 'contrast', 'light'],
      unsubscribed: [],
      current: 'light',
    });
  });

  it('reports loading state as appInitialization.appLoaded, .success and .failure', async () => {
    const { page, frame } = await openInHost({ frame: 'content', ...CHANNEL_TAB });
    await frame.evaluate(() =>
      (window as unknown as WithProbe).tandemProbe.host?.notifyAppLoaded(),
    );
    await waitForHostMessage(page, 'appInitialization.appLoaded');
    await frame.evaluate(() => (window as unknown as WithProbe).tandemProbe.host?.notifySuccess());
    await waitForHostMessage(page, 'appInitialization.success');
    await frame.evaluate(() =>
      (window as unknown as WithProbe).tandemProbe.host?.notifyFailure(
        'AuthFailed',
        'Sign-in was cancelled',
      ),
    );
    const failure = await waitForHostMessage(page, 'appInitialization.failure');
    expect(failure.args.slice(0, 2)).toEqual(['AuthFailed', 'Sign-in was cancelled']);
    const loaded = (await hostMessages(page)).find((m) => m.func === 'appInitialization.appLoaded');
    // args: [version] (docs/platform.md#loading-indicator)
    expect(loaded?.args[0]).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the configuration page (frame context settings)', () => {
  it('enables Save, then saves the config and acknowledges with settings.save.success', async () => {
    const { page, frame, summary } = await openInHost({ frame: 'settings', ...CHANNEL_TAB });
    expect(summary.context?.frameContext).toBe('settings');
    await frame.evaluate(() =>
      (window as unknown as WithProbe).tandemProbe.host?.setConfigValid(true),
    );
    await waitForHostMessage(page, 'settings.setValidityState');
    await frame.evaluate(
      (config) => (window as unknown as WithProbe).tandemProbe.handleSave({ config }),
      TAB_CONFIG,
    );
    await waitForHostMessage(page, 'registerHandler');

    const outcome = await page.evaluate(() =>
      (window as unknown as WithTandemHost).tandemHost.pressSave(),
    );
    expect(outcome).toEqual({ ok: true });
    const state = await page.evaluate(() => {
      const { validity, config, messages } = (window as unknown as WithTandemHost).tandemHost;
      return { validity, config, messages };
    });
    expect(state.validity).toBe(true);
    expect(state.config).toEqual(TAB_CONFIG);
    const funcs = state.messages.map((m) => m.func);
    expect(state.messages.find((m) => m.func === 'settings.setValidityState')?.args).toEqual([
      true,
    ]);
    expect(
      state.messages.filter((m) => m.func === 'registerHandler').map((m) => m.args),
    ).toContainEqual(['save']);
    expect(state.messages.find((m) => m.func === 'settings.setSettings')?.args).toEqual([
      TAB_CONFIG,
    ]);
    expect(funcs.indexOf('settings.save.success')).toBeGreaterThan(
      funcs.indexOf('settings.setSettings'),
    );
  });

  it.each([
    [
      'the Save handler throws',
      {},
      { failWith: 'Pick an engagement first' },
      'Pick an engagement first',
    ],
    [
      'the host refuses the config',
      { settingsError: 'Tab name already used' },
      { config: TAB_CONFIG },
      'Tab name already used',
    ],
  ] as const)('answers settings.save.failure when %s', async (_name, params, outcome, reason) => {
    const { page, frame } = await openInHost({ frame: 'settings', ...CHANNEL_TAB, ...params });
    await frame.evaluate(
      (o) => (window as unknown as WithProbe).tandemProbe.handleSave(o),
      outcome as { config: TabConfig } | { failWith: string },
    );
    await waitForHostMessage(page, 'registerHandler');
    const result = await page.evaluate(() =>
      (window as unknown as WithTandemHost).tandemHost.pressSave(),
    );
    expect(result).toEqual({ ok: false, reason });
    const funcs = (await hostMessages(page)).map((m) => m.func);
    expect(funcs).not.toContain('settings.save.success');
  });
});

describe('local mode', () => {
  it('resolves failed when the host answers initialize with an invalid runtime config', async () => {
    // teams-js rejects initialize with "Received runtime config is invalid" (no apiVersion).
    const { summary } = await openInHost({ runtime: '{}' }, '?timeout=10000');
    expect(summary).toMatchObject({ mode: 'local', reason: 'failed', context: null });
  });

  it('resolves not-framed at once when opened at top level', async () => {
    session = await openBrowser();
    // A long timeout: were the adapter to wait for a host, this test would time out instead.
    await session.page.goto(`${server.origin}/index.html?timeout=20000`);
    await session.page.waitForFunction(() => 'tandemProbe' in window);
    const summary = await session.page.evaluate(
      () => (window as unknown as WithProbe).tandemProbe.connection,
    );
    expect(summary).toMatchObject({ mode: 'local', reason: 'not-framed', context: null });
  });

  it.each([
    ['a silent host', { silent: '1' }],
    ['a host that answers initialize but never getContext', { ignore: 'getContext' }],
  ])('resolves no-answer after timeoutMs in %s', async (_name, params) => {
    const { page, summary } = await openInHost(params, '?timeout=1500');
    expect(summary).toMatchObject({ mode: 'local', reason: 'no-answer', context: null });
    // The tab did try: teams-js sent initialize to the frame's parent.
    expect((await hostMessages(page)).map((m) => m.func)).toContain('initialize');
  });
});
