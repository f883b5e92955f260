import { describe, expect, it } from 'vitest';
import { newEngagement } from '../../../src/domain/engagement/engagement';
import { emptyProfile } from '../../../src/domain/engagement/profile';
import {
  deleteAction,
  inUse,
  purgeExpired,
  recentlyDeleted,
  restorableUntil,
  restoreEngagement,
} from '../../../src/application/engagement-lifecycle';
import { withoutVersion } from '../../../src/ports/engagement-store';
import { createMemoryStore } from '../../fakes/memory-store';

const NOW = '2026-12-04T10:00:00.000Z';

async function storeWith(...deletedAt: (string | undefined)[]) {
  const store = createMemoryStore();
  for (const [index, when] of deletedAt.entries()) {
    const profile = { ...emptyProfile('2026-09-01'), customer: `Customer ${index}` };
    await store.createEngagement(
      newEngagement(`e${index}`, when ? { ...profile, deletedAt: when } : profile, []),
    );
  }
  return store;
}

describe('issue 12 item 7: deleting an engagement has a way back', () => {
  it('deleting marks the profile and keeps every record; restoring clears the mark', async () => {
    const store = await storeWith(undefined);
    const before = await store.loadEngagement('e0');
    const [intent] = deleteAction(before.profile, NOW).intents;
    expect(intent).toMatchObject({ kind: 'put-profile', profile: { deletedAt: NOW } });
    if (intent?.kind !== 'put-profile') throw new Error('a profile save');
    await store.commit('e0', [{ ...intent, baseVersion: before.profile.version }]);
    const listed = await store.listEngagements();
    expect(inUse(listed)).toEqual([]);
    expect(recentlyDeleted(listed, NOW).map((summary) => summary.id)).toEqual(['e0']);

    await restoreEngagement(store, 'e0');
    const after = await store.loadEngagement('e0');
    expect(after.profile.deletedAt).toBeUndefined();
    expect(withoutVersion(after.profile)).toStrictEqual(withoutVersion(before.profile));
    expect(after.rows).toStrictEqual(before.rows);
  });

  it('keeps a deleted engagement restorable for 30 days, then removes it for good', async () => {
    const store = await storeWith(
      '2026-11-05T09:00:00.000Z', // 29 days ago: kept
      '2026-11-03T09:00:00.000Z', // 31 days ago: removed
      undefined,
    );
    const listed = await store.listEngagements();
    expect(recentlyDeleted(listed, NOW).map((summary) => summary.id)).toEqual(['e0']);
    expect(await purgeExpired(store, listed, NOW)).toBe(1);
    expect((await store.listEngagements()).map((summary) => summary.id).sort()).toEqual([
      'e0',
      'e2',
    ]);
    expect(restorableUntil('2026-11-05T09:00:00.000Z')).toBe('2026-12-05');
  });
});
