import { expect, vi } from 'vitest';
import { newEngagement } from '../../../../src/domain/engagement/engagement';
import { emptyProfile } from '../../../../src/domain/engagement/profile';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../../../src/domain/matrix/templates';
import type { EngagementStore } from '../../../../src/ports/engagement-store';
import {
  createEngagementSession,
  type EngagementSessionStore,
} from '../../../../src/application/session/engagement-session';

export const ID = 'eng-1';

/** The guide's 14-row matrix (`row-1` … `row-14`) stored as engagement `ID`. */
export async function storeGuideEngagement(store: EngagementStore): Promise<void> {
  let n = 0;
  await store.createEngagement(
    newEngagement(
      ID,
      { ...emptyProfile('2026-06-20'), customer: 'Contoso' },
      rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++n}`),
    ),
  );
}

/** A started session on `store`, once it has loaded the engagement. */
export async function openSession(store: EngagementStore): Promise<EngagementSessionStore> {
  const session = createEngagementSession(store, ID);
  session.start();
  await vi.waitFor(() => expect(session.getState().status).toBe('ready'));
  return session;
}

/** The session's state, which the test expects to be loaded. */
export function ready(session: EngagementSessionStore) {
  const state = session.getState();
  if (state.status !== 'ready') throw new Error(`session is ${state.status}`);
  return state;
}
