import { describe, expect, it } from 'vitest';
import { emptyProfile, newEngagement } from '../../src/domain/engagement';
import { DEFAULT_MILESTONES } from '../../src/domain/plan-template';
import { UNANSWERED_DAY_90 } from '../../src/domain/plan';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/templates';
import type { EngagementStore } from '../../src/ports/engagement-store';
import { publishEngagement } from '../../src/features/publish/publish-engagement';
import { createMemoryStore } from '../fakes/memory-store';

const ID = 'eng-pub';

async function localWithTemplate() {
  const local = createMemoryStore();
  let n = 0;
  const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++n}`);
  const engagement = newEngagement(
    ID,
    { ...emptyProfile('2026-06-20'), customer: 'Contoso' },
    rows,
  );
  await local.createEngagement({
    ...engagement,
    changeLog: [
      {
        id: 'log-1',
        rowId: 'row-1',
        rowName: 'Tier 1 helpdesk',
        at: '2026-06-21T09:00:00.000Z',
        by: 'Dana',
        from: { owner: 'internal', internal: { kind: 'primary' }, msp: { kind: 'none' } },
        to: {
          owner: 'internal',
          internal: { kind: 'primary' },
          msp: { kind: 'secondary', condition: 'Overflow only' },
        },
        renegotiated: true,
        reason: 'Agreed at kickoff',
      },
    ],
  });
  return local;
}

/** Counts commits and creates on a store, to show what a publish actually wrote. */
function counting(store: EngagementStore) {
  const counts = { commits: 0, creates: 0 };
  return {
    counts,
    store: {
      ...store,
      kind: store.kind,
      listEngagements: () => store.listEngagements(),
      loadEngagement: (id: string) => store.loadEngagement(id),
      deleteEngagement: (id: string) => store.deleteEngagement(id),
      createEngagement: (e: Parameters<EngagementStore['createEngagement']>[0]) => {
        counts.creates += 1;
        return store.createEngagement(e);
      },
      commit: (id: string, changes: Parameters<EngagementStore['commit']>[1]) => {
        counts.commits += 1;
        return store.commit(id, changes);
      },
    } satisfies EngagementStore,
  };
}

describe('publishing a local engagement to another store', () => {
  it('creates it whole with its change log the first time, and writes nothing the second time', async () => {
    const local = await localWithTemplate();
    const remote = counting(createMemoryStore());
    const first = await publishEngagement(local, remote.store, ID);
    expect(first).toEqual({ created: true, written: 16, unchanged: 0 });
    const published = await remote.store.loadEngagement(ID);
    expect(published.rows).toHaveLength(14);
    expect(published.changeLog.map((e) => e.reason)).toEqual(['Agreed at kickoff']);

    const second = await publishEngagement(local, remote.store, ID);
    expect(second).toEqual({ created: false, written: 0, unchanged: 16 });
    expect(remote.counts).toEqual({ commits: 0, creates: 1 });
  });

  it('after local edits, writes only what changed and keeps records that exist only in the target', async () => {
    const local = await localWithTemplate();
    const remote = createMemoryStore();
    await publishEngagement(local, remote, ID);
    const remoteNow = await remote.loadEngagement(ID);
    const extra = {
      ...remoteNow.rows[0]!,
      id: 'remote-only',
      name: 'Added in SharePoint',
      order: 99,
    };
    const { version: _v, ...extraRow } = extra;
    await remote.commit(ID, [
      { kind: 'put', collection: 'rows', record: extraRow, baseVersion: null },
    ]);

    const localNow = await local.loadEngagement(ID);
    const row = localNow.rows.find((r) => r.id === 'row-5')!;
    const { version, ...plain } = row;
    await local.commit(ID, [
      {
        kind: 'put',
        collection: 'rows',
        record: { ...plain, notes: 'SOC reviews daily' },
        baseVersion: version,
      },
    ]);

    const result = await publishEngagement(local, remote, ID);
    expect(result).toMatchObject({ created: false, written: 1 });
    const after = await remote.loadEngagement(ID);
    expect(after.rows.find((r) => r.id === 'row-5')?.notes).toBe('SOC reviews daily');
    expect(after.rows.some((r) => r.id === 'remote-only')).toBe(true);
  });

  it("republishes a row whose roles changed, and a profile whose lead's name changed", async () => {
    const local = await localWithTemplate();
    const remote = createMemoryStore();
    await publishEngagement(local, remote, ID);
    const now = await local.loadEngagement(ID);
    const { version, ...row } = now.rows.find((r) => r.id === 'row-2')!;
    const { version: profileVersion, ...profile } = now.profile;
    await local.commit(ID, [
      {
        kind: 'put',
        collection: 'rows',
        record: { ...row, msp: { kind: 'secondary', condition: 'Nights only' } },
        baseVersion: version,
      },
      {
        kind: 'put-profile',
        profile: { ...profile, internalLead: { name: 'Dana Internal', upn: 'dana@contoso.com' } },
        baseVersion: profileVersion,
      },
    ]);
    expect(await publishEngagement(local, remote, ID)).toMatchObject({ written: 2 });
    const after = await remote.loadEngagement(ID);
    expect(after.rows.find((r) => r.id === 'row-2')?.msp).toStrictEqual({
      kind: 'secondary',
      condition: 'Nights only',
    });
    expect(after.profile.internalLead.name).toBe('Dana Internal');
  });

  it('publishes the 90-day plan with the engagement, then only the plan records that changed', async () => {
    const local = createMemoryStore();
    let n = 0;
    const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++n}`);
    await local.createEngagement(
      newEngagement(ID, { ...emptyProfile('2026-06-20'), customer: 'Contoso' }, rows, {
        milestones: DEFAULT_MILESTONES,
        day90Checks: [UNANSWERED_DAY_90],
      }),
    );
    const remote = createMemoryStore();
    const first = await publishEngagement(local, remote, ID);
    const total = 1 + 14 + DEFAULT_MILESTONES.length + 1;
    expect(first).toEqual({ created: true, written: total, unchanged: 0 });
    const published = await remote.loadEngagement(ID);
    expect(published.milestones.map(({ version: _v, ...m }) => m)).toEqual(
      expect.arrayContaining([...DEFAULT_MILESTONES]),
    );
    expect(published.milestones).toHaveLength(DEFAULT_MILESTONES.length);
    expect(published.day90Checks).toMatchObject([UNANSWERED_DAY_90]);

    // Ticking one checklist item (a change deep inside the record) is a change to publish.
    const milestone = (await local.loadEngagement(ID)).milestones[0]!;
    const { version, ...record } = milestone;
    const ticked = {
      ...record,
      checklist: record.checklist.map((item, i) => (i === 0 ? { ...item, done: true } : item)),
    };
    await local.commit(ID, [
      { kind: 'put', collection: 'milestones', record: ticked, baseVersion: version },
    ]);
    const second = await publishEngagement(local, remote, ID);
    expect(second).toEqual({ created: false, written: 1, unchanged: total - 1 });
    const after = (await remote.loadEngagement(ID)).milestones.find((m) => m.id === ticked.id);
    expect(after?.checklist).toStrictEqual(ticked.checklist);
  });
});
