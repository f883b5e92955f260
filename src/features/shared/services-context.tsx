import { createContext, useContext, type ReactNode } from 'react';
import type { EngagementStore } from '../../ports/engagement-store';
import type { TeamsHost } from '../../ports/host-context';
import type { TaskPlanner } from '../../ports/task-planner';
import type { ChannelPoster } from '../../ports/channel-poster';
import type { Outbox } from '../../ports/outbox';

/** Planner for the 90-day tracker (Teams mode with a team; absent in local mode). */
export interface PlannerAccess {
  readonly tasks: TaskPlanner;
  /** The team's Microsoft 365 group, where a new plan is made. */
  readonly groupId: string;
  /**
   * Ask for Planner's permissions (Tasks.ReadWrite, User.ReadBasic.All) interactively. Call it
   * straight from a click, after a sync failed with `signed-out`.
   */
  readonly allow: () => Promise<void>;
}

/** The channel the tab is in (Teams mode in a channel tab; absent in local mode and elsewhere). */
export interface ChannelAccess {
  readonly poster: ChannelPoster;
  /** The team's Microsoft 365 group id and the channel's thread id (`19:…`). */
  readonly teamId: string;
  readonly channelId: string;
  readonly channelName: string | null;
  /**
   * Builds the Teams deep link that opens this tab at `subPageId`
   * (docs/platform.md#teams-deep-links), for the card's "Open in Tandem" button. Null when the
   * build does not know its Teams app id.
   */
  readonly deepLinkTo: (subPageId: string, label: string) => string | null;
  /** Ask for ChannelMessage.Send interactively; call it straight from a click. */
  readonly allow: () => Promise<void>;
}

/** Who is using the app, as far as the host knows. */
export interface CurrentUser {
  readonly name: string;
  /** Null in local mode, where nobody signs in. */
  readonly upn: string | null;
}

/**
 * What the features need from the outside world, chosen by the composition root (src/app).
 * Features get the clock and ids from here so the domain stays pure and tests stay deterministic.
 */
export interface AppServices {
  readonly store: EngagementStore;
  /** ISO timestamp of now. */
  readonly now: () => string;
  /** ISO date (YYYY-MM-DD) of today, in the user's time zone. */
  readonly today: () => string;
  readonly newId: () => string;
  /** Display name recorded in the change log as "by". */
  readonly userName: () => string;
  /**
   * The Teams host in Teams mode (absent in local mode): features tell it when real data is on
   * screen (`notifySuccess`) and drive the configuration page's Save button.
   */
  readonly host?: TeamsHost;
  /**
   * Teams mode: sign in to Microsoft 365 again, interactively, after the store reported
   * `signed-out`. Call it straight from a click: a sign-in window may only open right after one.
   * Rejects with the port's `AuthError` (cancelled, blocked, another organisation's account …),
   * whose message says what to do. Absent in local mode, whose store needs no sign-in.
   */
  readonly signIn?: () => Promise<void>;
  /**
   * Teams mode: where a session keeps what the store has not confirmed, so closing the tab loses
   * nothing (the next visit sends it). Absent in local mode, whose store is in the browser already.
   */
  readonly outbox?: Outbox;
  /** Teams mode in a team: sync the 90-day plan with Planner. */
  readonly planner?: PlannerAccess;
  /** Teams mode in a channel tab: post review summaries to the channel. */
  readonly channel?: ChannelAccess;
  /**
   * The signed-in user (Teams: the host's login hint), for review sign-off. Absent or `upn: null`
   * in local mode, where the UI asks which lead is signing instead.
   */
  readonly currentUser?: () => CurrentUser;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({
  services,
  children,
}: {
  services: AppServices;
  children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>.');
  return services;
}
