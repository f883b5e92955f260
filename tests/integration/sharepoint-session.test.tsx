import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createSharePointStore } from '../../src/adapters/graph/sharepoint/store';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { useEngagementSession } from '../../src/features/shared/use-engagement-session';
import { withoutVersion } from '../../src/ports/engagement-store';
import { publishEngagement } from '../../src/application/publish';
import { createGraphEmulator } from '../fakes/graph-emulator/index';
import { clientFor } from '../fakes/graph-emulator/test-harness';
import { createMemoryStore } from '../fakes/memory-store';

const ID = 'eng-sp';

function emulatedTeam(sleep: (ms: number) => Promise<void> = async () => {}) {
  const graph = createGraphEmulator({ seed: 3 });
  graph.addGroupSite('team-1');
  const store = createSharePointStore({
    client: clientFor(graph),
    site: { groupId: 'team-1' },
    sleep,
  });
  return { graph, store };
}

async function localEngagement() {
  const local = createMemoryStore();
  let n = 0;
  const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++n}`);
  await local.createEngagement(
    newEngagement(ID, { ...emptyProfile('2026-06-20'), customer: 'Contoso' }, rows),
  );
  return local;
}

describe('the app session over the SharePoint store (Graph emulator)', () => {
  it('says "retrying" while SharePoint throttles a save, then saves once the wait is over', async () => {
    let release: () => void = () => {};
    const waits: number[] = [];
    const { graph, store } = emulatedTeam((ms) => {
      waits.push(ms);
      return new Promise<void>((resolve) => (release = resolve));
    });
    await publishEngagement(await localEngagement(), store, ID);
    const { result } = renderHook(() => useEngagementSession(store, ID));
    await waitFor(() => expect(result.current.state.status).toBe('ready'));

    graph.faults.next({ match: { method: 'POST' }, status: 429, retryAfterSeconds: 7 });
    const state = result.current.state;
    if (state.status !== 'ready') throw new Error('not ready');
    const row = state.engagement.rows.find((r) => r.id === 'row-4')!;
    act(() =>
      result.current.save({
        label: 'note',
        intents: [
          {
            kind: 'put',
            collection: 'rows',
            record: withoutVersion({ ...row, notes: 'Pager rota' }),
          },
        ],
      }),
    );
    await waitFor(() =>
      expect(result.current.state).toMatchObject({
        backend: { kind: 'retrying', waitSeconds: 7, attempt: 2 },
      }),
    );
    expect(waits).toEqual([7000]);
    act(() => release());
    await waitFor(() =>
      expect(result.current.state).toMatchObject({
        sync: { status: 'saved' },
        backend: { kind: 'idle' },
      }),
    );
    const stored = await store.loadEngagement(ID);
    expect(stored.rows.find((r) => r.id === 'row-4')?.notes).toBe('Pager rota');
  });

  it('publishes a local engagement into the team’s lists once; publishing again writes nothing', async () => {
    const { graph, store } = emulatedTeam();
    const local = await localEngagement();
    expect(await publishEngagement(local, store, ID)).toMatchObject({ created: true });
    graph.log.reset();
    expect(await publishEngagement(local, store, ID)).toMatchObject({ created: false, written: 0 });
    const writes = graph.log
      .entries()
      .filter(
        (entry) =>
          entry.method !== 'GET' && entry.url !== '/$batch' && !entry.url.endsWith('$batch'),
      );
    expect(writes).toEqual([]);
    expect((await store.loadEngagement(ID)).rows).toHaveLength(14);
  });
});
