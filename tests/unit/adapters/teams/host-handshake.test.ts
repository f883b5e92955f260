/**
 * The adapter's logic over an in-memory teams-js (tests/fakes/teams-host/in-memory-sdk.ts): which
 * mode the handshake picks and why, theme fan-out, loading notifications and the Save flow. The
 * same paths run over the real teams-js in the browser in tests/e2e/teams-host.test.ts.
 */
import type { app, FrameContexts, HostClientType, HostName } from '@microsoft/teams-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handshake } from '../../../../src/adapters/teams/host-handshake';
import type { TabConfig, TeamsHost } from '../../../../src/ports/host-context';
import { createInMemorySdk, type InMemorySdk } from '../../../fakes/teams-host/in-memory-sdk';

const CONTEXT: app.Context = {
  app: {
    locale: 'en-gb',
    theme: 'dark',
    sessionId: 's1',
    host: { name: 'Teams' as HostName, clientType: 'desktop' as HostClientType, sessionId: 'h1' },
  },
  page: { id: 'eng-1', frameContext: 'settings' as FrameContexts },
  user: { id: 'u1', loginHint: 'megan@contoso.com', tenant: { id: 't1' } },
  team: { internalId: '19:t@thread.tacv2', groupId: 'g1', displayName: 'IT' },
  channel: { id: '19:c@thread.tacv2', displayName: 'General' },
  dialogParameters: {},
};

const CONFIG: TabConfig = {
  entityId: 'eng-1',
  suggestedDisplayName: 'Tandem',
  contentUrl: 'https://tandem.example.com/',
  websiteUrl: 'https://tandem.example.com/',
};

async function connected(sdk: InMemorySdk): Promise<TeamsHost> {
  const connection = await handshake(sdk, { framed: true });
  if (connection.mode !== 'teams') throw new Error(`expected teams, got ${connection.reason}`);
  return connection.host;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('handshake', () => {
  it('is local "not-framed" without touching teams-js when there is no parent or opener', async () => {
    const sdk = createInMemorySdk({ initialize: 'never' });
    await expect(handshake(sdk, { framed: false })).resolves.toEqual({
      mode: 'local',
      reason: 'not-framed',
    });
    expect(sdk.calls).toEqual([]);
  });

  it('is local "no-answer" after timeoutMs (default 30 s, as long as Teams waits) when the host stays silent', async () => {
    vi.useFakeTimers();
    const sdk = createInMemorySdk({ initialize: 'never' });
    let settled = false;
    const connection = handshake(sdk, { framed: true }).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(connection).resolves.toEqual({ mode: 'local', reason: 'no-answer' });
  });

  it('counts a getContext that never answers against the same deadline', async () => {
    const sdk = createInMemorySdk({ context: 'never' });
    await expect(handshake(sdk, { framed: true, timeoutMs: 20 })).resolves.toEqual({
      mode: 'local',
      reason: 'no-answer',
    });
    expect(sdk.calls.map((c) => c.func)).toEqual(['initialize', 'getContext']);
  });

  it.each([
    ['initialize rejects', { initialize: new Error('SDK initialization timed out.') }],
    ['getContext rejects', { context: new Error('host error') }],
  ])('is local "failed" when %s', async (_name, options) => {
    await expect(handshake(createInMemorySdk(options), { framed: true })).resolves.toEqual({
      mode: 'local',
      reason: 'failed',
    });
  });

  it('is teams with the mapped context, passing validMessageOrigins to initialize', async () => {
    const sdk = createInMemorySdk({ context: CONTEXT });
    const connection = await handshake(sdk, {
      framed: true,
      validMessageOrigins: ['https://dev.tandem.example.com'],
    });
    expect(connection.mode).toBe('teams');
    if (connection.mode !== 'teams') return;
    expect(connection.host.context).toMatchObject({
      frameContext: 'settings',
      tenantId: 't1',
      team: { groupId: 'g1', displayName: 'IT' },
      theme: 'dark',
      locale: 'en-gb',
    });
    expect(sdk.calls.slice(0, 3)).toEqual([
      { func: 'initialize', args: [['https://dev.tandem.example.com']] },
      { func: 'getContext', args: [] },
      { func: 'registerHandler', args: ['themeChange'] },
    ]);
  });
});

describe('TeamsHost', () => {
  it('fans each host theme out to every listener until it unsubscribes, and keeps context.theme current', async () => {
    const sdk = createInMemorySdk({ context: CONTEXT });
    const host = await connected(sdk);
    const first: string[] = [];
    const second: string[] = [];
    host.onThemeChange((theme) => first.push(theme));
    const unsubscribe = host.onThemeChange((theme) => second.push(theme));
    sdk.pushTheme('contrast');
    unsubscribe();
    sdk.pushTheme('default');
    expect(first).toEqual(['contrast', 'light']);
    expect(second).toEqual(['contrast']);
    expect(host.context.theme).toBe('light');
    expect(sdk.calls.filter((c) => c.func === 'registerHandler')).toHaveLength(1);
  });

  it('sends appLoaded, success and failure with the reason and message', async () => {
    const sdk = createInMemorySdk({ context: CONTEXT });
    const host = await connected(sdk);
    host.notifyAppLoaded();
    host.notifySuccess();
    host.notifyFailure('Timeout', 'SharePoint did not answer');
    expect(sdk.calls.slice(3)).toEqual([
      { func: 'appInitialization.appLoaded', args: [] },
      { func: 'appInitialization.success', args: [] },
      { func: 'appInitialization.failure', args: ['Timeout', 'SharePoint did not answer'] },
    ]);
  });

  it('does not let a refused notifySuccess become an unhandled rejection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sdk = createInMemorySdk({ context: CONTEXT, notifySuccessError: new Error('nope') });
    const host = await connected(sdk);
    expect(() => host.notifySuccess()).not.toThrow();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledOnce());
  });

  it('saves the handler’s config, then answers the Save with success', async () => {
    const sdk = createInMemorySdk({ context: CONTEXT });
    const host = await connected(sdk);
    host.setConfigValid(true);
    host.onConfigSave(async () => CONFIG);
    await expect(sdk.pressSave()).resolves.toEqual({ ok: true });
    expect(sdk.calls.slice(3).map((c) => [c.func, ...c.args])).toEqual([
      ['settings.setValidityState', true],
      ['registerHandler', 'save'],
      ['settings.setSettings', CONFIG],
      ['settings.save.success'],
    ]);
  });

  it('answers the Save with failure and the handler’s message when the handler throws', async () => {
    const sdk = createInMemorySdk({ context: CONTEXT });
    const host = await connected(sdk);
    host.onConfigSave(() => Promise.reject(new Error('Pick an engagement first')));
    await expect(sdk.pressSave()).resolves.toEqual({
      ok: false,
      reason: 'Pick an engagement first',
    });
    expect(sdk.calls.map((c) => c.func)).not.toContain('settings.setSettings');
  });

  it('answers the Save with failure when the host refuses the config', async () => {
    const sdk = createInMemorySdk({ context: CONTEXT, setSettingsError: 'Tab name already used' });
    const host = await connected(sdk);
    host.onConfigSave(async () => CONFIG);
    await expect(sdk.pressSave()).resolves.toEqual({ ok: false, reason: 'Tab name already used' });
  });
});
