import { createContext, useContext, type ReactNode } from 'react';
import type { StoredEngagement } from '../../ports/engagement-store';
import type { SaveAction } from '../../application/session/edit-intent';
import type { SyncState } from '../../application/session/engagement-session';
import type { EngagementSession } from './use-engagement-session';

/** The open engagement, as every view of it sees it. */
export interface OpenEngagement {
  readonly engagement: StoredEngagement;
  readonly sync: SyncState;
  readonly save: (action: SaveAction) => void;
  readonly session: EngagementSession;
}

const EngagementContext = createContext<OpenEngagement | null>(null);

export function EngagementProvider({
  value,
  children,
}: {
  value: OpenEngagement;
  children: ReactNode;
}) {
  return <EngagementContext.Provider value={value}>{children}</EngagementContext.Provider>;
}

export function useOpenEngagement(): OpenEngagement {
  const value = useContext(EngagementContext);
  if (!value) throw new Error('useOpenEngagement must be used inside <EngagementProvider>.');
  return value;
}
