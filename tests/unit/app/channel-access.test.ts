import { describe, expect, it, vi } from 'vitest';
import { channelAccess } from '../../../src/app/channel-access';
import { lazyChannelPoster } from '../../../src/app/lazy-channel-poster';
import { GRAPH_SCOPES, type Auth } from '../../../src/ports/auth';
import { ChannelPostError, type ChannelPoster } from '../../../src/ports/channel-poster';
import type { HostContext } from '../../../src/ports/host-context';

const posted = { id: '1554837297516', createdDateTime: '2026-11-28T10:00:00Z', webUrl: null };
const poster = (): ChannelPoster => ({
  post: vi.fn(async () => posted),
  reply: vi.fn(async () => posted),
});
const message = { card: { type: 'AdaptiveCard', version: '1.5', body: [] }, fallbackHtml: '' };
const target = { teamId: 'group-1', channelId: '19:general@thread.tacv2' };

describe('lazyChannelPoster', () => {
  it('downloads nothing until the first post, then once', async () => {
    const load = vi.fn(async () => poster());
    const lazy = lazyChannelPoster(load);
    expect(load).not.toHaveBeenCalled();
    await Promise.all([lazy.post(target, message), lazy.reply(target, '1', message)]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a failed download as unavailable (nothing posted) and tries again next time', async () => {
    const load = vi
      .fn<() => Promise<ChannelPoster>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(poster());
    const lazy = lazyChannelPoster(load);
    const failure = await lazy.post(target, message).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChannelPostError);
    expect((failure as ChannelPostError).code).toBe('unavailable');
    expect((failure as ChannelPostError).message).toMatch(/nothing was posted/);
    await expect(lazy.post(target, message)).resolves.toEqual(posted);
  });
});

const context = (overrides: Partial<HostContext> = {}): HostContext => ({
  frameContext: 'content',
  tenantId: 'tid',
  user: { id: 'u1', loginHint: 'megan@contoso.com' },
  team: { groupId: 'group-1', displayName: 'Contoso — IT' },
  channel: { id: '19:general@thread.tacv2', displayName: 'General' },
  locale: 'en-us',
  theme: 'light',
  page: { id: 'eng-1', subPageId: null },
  ...overrides,
});
const auth = (): Auth => ({ getToken: vi.fn(async () => 'token') }) as unknown as Auth;

describe('channelAccess', () => {
  it('posts to the tab’s team and channel and links back to this tab', () => {
    const access = channelAccess(context(), poster(), auth(), {
      VITE_TEAMS_APP_ID: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    });
    expect(access).toMatchObject({
      teamId: 'group-1',
      channelId: '19:general@thread.tacv2',
      channelName: 'General',
    });
    const link = new URL(access!.deepLinkTo('review:r1', 'Quarterly review 2026 Q4')!);
    expect(link.origin + link.pathname).toBe(
      'https://teams.microsoft.com/l/entity/3f2504e0-4f89-41d3-9a0c-0305e82c3301/eng-1',
    );
    expect(JSON.parse(link.searchParams.get('context')!)).toStrictEqual({
      subEntityId: 'review:r1',
      channelId: '19:general@thread.tacv2',
    });
    expect(link.searchParams.get('label')).toBe('Quarterly review 2026 Q4');
  });

  it('has no deep link when the build does not know its Teams app id', () => {
    expect(channelAccess(context(), poster(), auth(), {})!.deepLinkTo('review:r1', 'x')).toBeNull();
  });

  it('is absent outside a channel tab', () => {
    expect(channelAccess(context({ channel: null }), poster(), auth(), {})).toBeUndefined();
    expect(channelAccess(context({ team: null }), poster(), auth(), {})).toBeUndefined();
    expect(channelAccess(context(), null, auth(), {})).toBeUndefined();
  });

  it('asks for ChannelMessage.Send interactively when allowed', async () => {
    const signIn = auth();
    await channelAccess(context(), poster(), signIn, {})!.allow();
    expect(signIn.getToken).toHaveBeenCalledWith(GRAPH_SCOPES.postToChannel, {
      interactive: true,
    });
  });
});
