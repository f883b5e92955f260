import { createContext, useContext, type ReactNode } from 'react';
import type { EngagementStore } from '../../ports/engagement-store';
import type { TeamsHost } from '../../ports/host-context';

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
