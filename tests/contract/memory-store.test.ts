import { describe, expect, it } from 'vitest';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { StoreError } from '../../src/ports/engagement-store';
import { createMemoryStore } from '../fakes/memory-store';
import { runEngagementStoreContract } from './engagement-store.contract';

runEngagementStoreContract('memory store', () => createMemoryStore());

describe('memory store failure injection', () => {
  it('fails the next commit only, changing nothing', async () => {
    const store = createMemoryStore();
    const stored = await store.createEngagement(
      newEngagement('e1', { ...emptyProfile('2026-01-05'), customer: 'Contoso' }, []),
    );
    const profile = { ...stored.profile, customer: 'Renamed' };
    const change = { kind: 'put-profile', profile, baseVersion: stored.profile.version } as const;
    const failure = new StoreError('unavailable', 'Offline.');
    store.failNextCommit(failure);

    await expect(store.commit('e1', [change])).rejects.toBe(failure);
    expect((await store.loadEngagement('e1')).profile).toStrictEqual(stored.profile);
    await store.commit('e1', [change]);
    expect((await store.loadEngagement('e1')).profile.customer).toBe('Renamed');
  });

  it('hands out copies, so callers cannot change what is stored', async () => {
    const store = createMemoryStore();
    await store.createEngagement(newEngagement('e1', emptyProfile('2026-01-05'), []));
    const loaded = await store.loadEngagement('e1');
    (loaded.profile as { customer: string }).customer = 'Mutated';
    expect((await store.loadEngagement('e1')).profile.customer).toBe('');
  });
});
