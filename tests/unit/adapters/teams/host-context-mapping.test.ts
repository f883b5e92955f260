/**
 * toHostContext / themeFromHost / frameContextFromHost: teams-js `app.Context` → the port's
 * HostContext. The contexts below are what teams-js 2.x builds from the host's flat legacy object
 * (docs/platform.md#teams-context: `user.id` is "" without userObjectId; `team`, `channel`,
 * `user.tenant` are undefined unless teamId / channelId / tid were sent).
 */
import type { app, FrameContexts, HostClientType, HostName } from '@microsoft/teams-js';
import { describe, expect, it } from 'vitest';
import {
  FALLBACK_LOCALE,
  frameContextFromHost,
  themeFromHost,
  toHostContext,
} from '../../../../src/adapters/teams/host-context-mapping';

const base = (frameContext: string, theme = 'default'): app.Context => ({
  app: {
    locale: 'en-us',
    theme,
    sessionId: '5f0b8c2e-1c0f-4d5c-9b7e-2f4d1e3a6b70',
    host: {
      name: 'Teams' as HostName,
      clientType: 'web' as HostClientType,
      sessionId: 'b1d7c9f0-3a52-4e0e-9d0a-6f2a8b1c4e55',
    },
  },
  page: { id: 'eng-contoso-2026', frameContext: frameContext as FrameContexts },
  user: {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    loginHint: 'megan@contoso.onmicrosoft.com',
    userPrincipalName: 'megan@contoso.onmicrosoft.com',
    displayName: 'Megan Bowen',
    tenant: { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
  },
  dialogParameters: {},
});

/** A standard channel tab in a team (the tab Tandem is built for). */
const channelTab: app.Context = {
  ...base('content'),
  page: {
    id: 'eng-contoso-2026',
    subPageId: 'row:patching',
    frameContext: 'content' as FrameContexts,
  },
  team: {
    internalId: '19:team-internal@thread.tacv2',
    displayName: 'Contoso Dental — IT',
    groupId: '02bd9fd6-8f93-4758-87c3-1fb73740a315',
  },
  channel: { id: '19:general@thread.tacv2', displayName: 'General' },
  sharePointSite: { teamSiteUrl: 'https://contoso.sharepoint.com/sites/ContosoDentalIT' },
};

/** A group-chat tab: a chat, no team, no channel. */
const groupChatTab: app.Context = { ...base('content'), chat: { id: '19:meeting_abc@thread.v2' } };

/** The least a host can send: no userObjectId, tid, entityId, locale (teams-js fills "" / default). */
const bareHost: app.Context = {
  ...base('content'),
  app: { ...base('content').app, locale: undefined as unknown as string },
  page: { id: undefined as unknown as string, frameContext: 'content' as FrameContexts },
  user: { id: '', tenant: undefined },
};

describe('toHostContext', () => {
  it('maps a channel tab: tenant, user, team group, channel, locale, theme, page and deep-link target', () => {
    expect(toHostContext(channelTab)).toEqual({
      frameContext: 'content',
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      user: {
        id: 'a1b2c3d4-0000-4000-8000-000000000001',
        loginHint: 'megan@contoso.onmicrosoft.com',
        // Issue 14 item 4: people are shown by the name they are known by, not their UPN.
        displayName: 'Megan Bowen',
      },
      team: { groupId: '02bd9fd6-8f93-4758-87c3-1fb73740a315', displayName: 'Contoso Dental — IT' },
      channel: { id: '19:general@thread.tacv2', displayName: 'General' },
      locale: 'en-us',
      theme: 'light',
      page: { id: 'eng-contoso-2026', subPageId: 'row:patching' },
    });
  });

  it('has no team and no channel in a group chat', () => {
    const context = toHostContext(groupChatTab);
    expect(context.team).toBeNull();
    expect(context.channel).toBeNull();
    expect(context.tenantId).toBe('72f988bf-86f1-41af-91ab-2d7cd011db47');
    expect(context.page).toEqual({ id: 'eng-contoso-2026', subPageId: null });
  });

  it('turns what a bare host leaves out into nulls and the fallback locale', () => {
    expect(toHostContext(bareHost)).toEqual({
      frameContext: 'content',
      tenantId: null,
      user: { id: null, loginHint: null, displayName: null },
      team: null,
      channel: null,
      locale: FALLBACK_LOCALE,
      theme: 'light',
      page: { id: null, subPageId: null },
    });
  });

  it('keeps a team whose group id the host did not send, with a null groupId', () => {
    const team = { internalId: '19:team@thread.skype' };
    expect(toHostContext({ ...channelTab, team }).team).toEqual({
      groupId: null,
      displayName: null,
    });
  });

  it('reads the configuration page and the host theme', () => {
    const context = toHostContext({ ...base('settings', 'contrast'), team: channelTab.team });
    expect(context.frameContext).toBe('settings');
    expect(context.theme).toBe('contrast');
  });
});

describe('themeFromHost', () => {
  it.each([
    ['default', 'light'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    // A theme name Teams may add later, or none at all, renders light rather than failing.
    ['sepia', 'light'],
    [undefined, 'light'],
    ['', 'light'],
  ] as const)('%s → %s', (hostTheme, theme) => {
    expect(themeFromHost(hostTheme)).toBe(theme);
  });
});

describe('frameContextFromHost', () => {
  it.each([
    ['content', 'content'],
    ['settings', 'settings'],
    ['remove', 'remove'],
    ['sidePanel', 'other'],
    ['meetingStage', 'other'],
    ['task', 'other'],
    ['stage', 'other'],
    ['authentication', 'other'],
    [undefined, 'content'],
  ] as const)('%s → %s', (hostFrame, frame) => {
    expect(frameContextFromHost(hostFrame)).toBe(frame);
  });
});
