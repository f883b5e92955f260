import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../src/domain/engagement/change-log';
import type { CommChannel } from '../../src/domain/registers/channel-register';
import { newEngagement, type Engagement } from '../../src/domain/engagement/engagement';
import { emptyProfile, type EngagementProfile } from '../../src/domain/engagement/profile';
import type { FunctionRow } from '../../src/domain/matrix/function-row';
import { DAY_90_CHECK_ID, type Day90Check, type Milestone } from '../../src/domain/plan/plan';
import { PLANNER_LINK_ID, type PlannerLink } from '../../src/domain/plan/planner-link';
import { NONE, PRIMARY, secondary } from '../../src/domain/matrix/roles';
import { addDecision, createReview, signOff } from '../../src/domain/review/review';
import { type Review } from '../../src/domain/review/review-record';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import type { Tool } from '../../src/domain/registers/tool-register';
import {
  RECORD_COLLECTIONS,
  StoreError,
  withoutVersion,
  type CollectionRecord,
  type EngagementStore,
  type RecordCollection,
  type StoreChange,
  type StoredEngagement,
} from '../../src/ports/engagement-store';

/*
 * What every EngagementStore must do, tested through the port only. Each test gets a fresh store
 * from `makeStore`, and ids are unique per run, so the suite also works against a backend that
 * keeps data between tests (a SharePoint emulator).
 */

const run = crypto.randomUUID().slice(0, 8);
let sequence = 0;
const newId = (kind: string) => `${kind}-${run}-${++sequence}`;

const sampleTool = (overrides: Partial<Tool> = {}): Tool => ({
  id: newId('tool'),
  name: 'NinjaOne',
  category: 'RMM',
  operatedBy: 'msp',
  decision: 'keep',
  retireBy: null,
  active: true,
  ...overrides,
});

const sampleChannel = (overrides: Partial<CommChannel> = {}): CommChannel => ({
  id: newId('channel'),
  kind: 'Teams channel',
  name: 'Contoso × Fabrikam',
  active: true,
  ...overrides,
});

const sampleEntry = (row: FunctionRow, overrides: Partial<ChangeEntry> = {}): ChangeEntry => ({
  id: newId('log'),
  rowId: row.id,
  rowName: row.name,
  at: '2026-02-01T09:30:00.000Z',
  by: 'Dana Internal',
  from: { owner: 'internal', internal: PRIMARY, msp: NONE },
  to: { owner: 'joint', internal: PRIMARY, msp: PRIMARY },
  renegotiated: true,
  reason: 'Agreed at the kickoff.',
  ...overrides,
});

const sampleMilestone = (overrides: Partial<Milestone> = {}): Milestone => ({
  id: newId('milestone'),
  phase: 'tool-deployment',
  name: 'Deploy EDR on every endpoint',
  owner: 'msp',
  startDay: 14,
  dueDay: 30,
  // Out of id order on purpose: a checklist keeps the order it was written in.
  checklist: [
    { id: 'pilot', title: 'Pilot on five machines', done: true },
    { id: 'all', title: 'Roll out to the rest', done: false },
    { id: 'alerts', title: 'Route alerts to the MSP’s SOC', done: false },
  ],
  percentComplete: 50,
  plannerTaskId: null,
  ...overrides,
});

const sampleDay90Check = (overrides: Partial<Day90Check> = {}): Day90Check => ({
  id: DAY_90_CHECK_ID,
  routine: 'no',
  renegotiationPlanned: true,
  note: 'Patching still bounces between the sides.',
  answeredOn: '2026-04-05',
  answeredBy: 'Dana Internal',
  ...overrides,
});

const samplePlannerLink = (
  milestones: readonly Milestone[],
  overrides: Partial<PlannerLink> = {},
): PlannerLink => ({
  id: PLANNER_LINK_ID,
  planId: 'xqQg5FS2LkCp935s-FIFm2QAFkHM',
  planTitle: 'Contoso Dental — first 90 days',
  bucketIds: {
    discovery: 'hsOf2dhOJkqyYYZEtdzDe2QAIUCR',
    'tool-deployment': 'gcrYAaAkgU2EQUvpkNNXLGQAGTtu',
    stabilization: 'WbB4Y1nk6Eiyz9N_JHIyRGQABr3m',
  },
  tasks: Object.fromEntries(
    milestones.map((milestone, index) => [
      milestone.id,
      {
        taskId: `task-${index}`,
        etag: `W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc${index}="`,
        detailsEtag: index === 0 ? null : `W/"JzEtRGV0YWlscyBAQEBAQEBAQEBAQEBAQEBAWCc${index}="`,
        fingerprint: `fp-${index}`,
      },
    ]),
  ),
  ...overrides,
});

export function sampleEngagement(rowCount = CO_MANAGED_TEMPLATE.rows.length): Engagement {
  const templateRows = Array.from({ length: rowCount }, (_, index) => {
    const row = CO_MANAGED_TEMPLATE.rows[index % CO_MANAGED_TEMPLATE.rows.length]!;
    return index < CO_MANAGED_TEMPLATE.rows.length
      ? row
      : { ...row, name: `${row.name} #${index}` };
  });
  const rows = rowsFromTemplate({ ...CO_MANAGED_TEMPLATE, rows: templateRows }, () => newId('row'));
  const profile = {
    ...emptyProfile('2026-01-05'),
    customer: 'Contoso Dental',
    mspName: 'Fabrikam Managed Services',
    internalLead: { name: 'Dana Internal', upn: 'dana@contoso.com' },
    mspLead: { name: 'Sam Msp', upn: 'sam@fabrikam.com' },
  };
  const milestones = [
    sampleMilestone({ plannerTaskId: 'task-0' }),
    sampleMilestone({
      phase: 'discovery',
      name: 'Catalog servers and networks',
      owner: 'joint',
      startDay: 1,
      dueDay: 14,
      checklist: [],
      percentComplete: 100,
    }),
  ];
  return {
    ...newEngagement(newId('engagement'), profile, rows, {
      milestones,
      day90Checks: [sampleDay90Check()],
      plannerLinks: [samplePlannerLink(milestones)],
    }),
    tools: [sampleTool(), sampleTool({ name: 'Defender', category: 'EDR / antivirus' })],
    channels: [sampleChannel(), sampleChannel({ kind: 'Joint ticketing', name: 'HaloPSA' })],
    changeLog: [sampleEntry(rows[0]!)],
  };
}

// Change builders: the port's literal shapes, minus the noise.
const put = <C extends RecordCollection>(
  collection: C,
  record: CollectionRecord[C],
  baseVersion: string | null,
) => ({ kind: 'put', collection, record, baseVersion }) as StoreChange;
const remove = (collection: RecordCollection, record: { id: string; version: string }) =>
  ({ kind: 'delete', collection, id: record.id, baseVersion: record.version }) as const;
const putProfile = (profile: EngagementProfile, baseVersion: string) =>
  ({ kind: 'put-profile', profile, baseVersion }) as const;
const append = (entry: ChangeEntry) => ({ kind: 'append-log', entry }) as const;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const plain = <T extends { id: string }>(records: readonly T[] = []) =>
  records.map((record) => withoutVersion(record)).sort(byId);

/**
 * The domain data of an engagement, records in id order: the port promises no order. A plan
 * collection left out of a new engagement is the same as an empty one.
 */
function domainOf(engagement: Engagement | StoredEngagement) {
  return {
    id: engagement.id,
    profile: withoutVersion(engagement.profile),
    changeLog: [...engagement.changeLog].sort(byId),
    ...Object.fromEntries(
      RECORD_COLLECTIONS.map((collection) => [
        collection,
        plain(engagement[collection] as readonly { id: string }[] | undefined),
      ]),
    ),
  };
}

function find<T extends { id: string }>(records: readonly T[], id: string): T {
  const record = records.find((candidate) => candidate.id === id);
  if (!record) throw new Error(`no record ${id}`);
  return record;
}

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('Expected the store to reject, but it resolved.');
}

/**
 * The port: "Local stores apply a commit all-or-nothing." A SharePoint store only promises that
 * the conflicting records are left untouched (its lists have no multi-item transaction), so the
 * all-or-nothing checks apply to every other kind.
 */
const appliesAllOrNothing = (store: EngagementStore) => store.kind !== 'sharepoint';

export function runEngagementStoreContract(
  name: string,
  makeStore: () => Promise<EngagementStore> | EngagementStore,
): void {
  /** A fresh store holding one sample engagement. */
  async function storeWithEngagement(rowCount?: number) {
    const store = await makeStore();
    const engagement = sampleEngagement(rowCount);
    const stored = await store.createEngagement(engagement);
    return { store, engagement, stored };
  }

  describe(`EngagementStore contract: ${name}`, () => {
    describe('create and load', () => {
      it('round-trips an engagement exactly, with a version on every versioned record', async () => {
        const { store, engagement } = await storeWithEngagement();
        const loaded = await store.loadEngagement(engagement.id);
        expect(domainOf(loaded)).toStrictEqual(domainOf(engagement));
        for (const record of [
          loaded.profile,
          ...loaded.rows,
          ...loaded.tools,
          ...loaded.channels,
          ...loaded.milestones,
          ...loaded.day90Checks,
          ...loaded.plannerLinks,
        ]) {
          expect(record.version).toEqual(expect.any(String));
          expect(record.version).not.toBe('');
        }
      });

      it('returns from create what a later load returns', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const loaded = await store.loadEngagement(engagement.id);
        expect(domainOf(stored)).toStrictEqual(domainOf(loaded));
        expect(stored.profile.version).toBe(loaded.profile.version);
        for (const row of loaded.rows) expect(find(stored.rows, row.id).version).toBe(row.version);
        for (const collection of ['milestones', 'day90Checks', 'plannerLinks'] as const) {
          for (const record of loaded[collection]) {
            const records: readonly { id: string; version: string }[] = stored[collection];
            expect(find(records, record.id).version).toBe(record.version);
          }
        }
      });

      it('rejects a second engagement with a taken id as already-exists, keeping the first', async () => {
        const { store, engagement } = await storeWithEngagement();
        const impostor = { ...sampleEngagement(), id: engagement.id };
        expect((await rejection(store.createEngagement(impostor))).code).toBe('already-exists');
        expect(domainOf(await store.loadEngagement(engagement.id))).toStrictEqual(
          domainOf(engagement),
        );
      });

      it('rejects loading an unknown id as not-found', async () => {
        const store = await makeStore();
        expect((await rejection(store.loadEngagement(newId('missing')))).code).toBe('not-found');
      });
    });

    it('lists engagements newest first, with their summaries', async () => {
      const store = await makeStore();
      const summaries = [];
      for (const customer of ['First Co', 'Second Co', 'Third Co']) {
        const { id, profile } = sampleEngagement();
        await store.createEngagement(newEngagement(id, { ...profile, customer }, []));
        summaries.push({
          id,
          customer,
          mspName: profile.mspName,
          startDate: profile.startDate,
          deletedAt: null,
        });
      }
      const ours = new Set(summaries.map((summary) => summary.id));
      const listed = (await store.listEngagements()).filter((summary) => ours.has(summary.id));
      expect(listed).toStrictEqual(summaries.reverse());
    });

    describe('commit', () => {
      it('adds a new row with baseVersion null', async () => {
        const { store, engagement } = await storeWithEngagement();
        const row: FunctionRow = {
          ...engagement.rows[0]!,
          id: newId('row'),
          name: 'Printer fleet',
          order: 99,
        };
        const result = await store.commit(engagement.id, [put('rows', row, null)]);
        const loaded = await store.loadEngagement(engagement.id);
        const saved = find(loaded.rows, row.id);
        expect(withoutVersion(saved)).toStrictEqual(row);
        expect(result).toStrictEqual({
          profileVersion: null,
          versions: [{ collection: 'rows', id: row.id, version: saved.version }],
        });
      });

      it('updates a row, giving it a new version, when passed back as loaded', async () => {
        const { store, engagement } = await storeWithEngagement();
        const before = (await store.loadEngagement(engagement.id)).rows[2]!;
        const edited = { ...before, msp: secondary('Nights and weekends'), notes: 'Agreed.' };
        const result = await store.commit(engagement.id, [put('rows', edited, before.version)]);
        const after = find((await store.loadEngagement(engagement.id)).rows, before.id);
        expect(withoutVersion(after)).toStrictEqual(withoutVersion(edited));
        expect(after.version).not.toBe(before.version);
        expect(result.versions).toStrictEqual([
          { collection: 'rows', id: before.id, version: after.version },
        ]);
      });

      it('deletes a row', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const row = stored.rows[1]!;
        const result = await store.commit(engagement.id, [remove('rows', row)]);
        const loaded = await store.loadEngagement(engagement.id);
        expect(loaded.rows.map((r) => r.id)).not.toContain(row.id);
        expect(loaded.rows).toHaveLength(engagement.rows.length - 1);
        expect(result.versions).toStrictEqual([{ collection: 'rows', id: row.id, version: null }]);
      });

      it('saves the profile, which the list then shows', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const profile = {
          ...engagement.profile,
          customer: 'Contoso Dental Group',
          lastReviewDate: '2026-03-31',
        };
        const result = await store.commit(engagement.id, [
          putProfile(profile, stored.profile.version),
        ]);
        const loaded = await store.loadEngagement(engagement.id);
        expect(withoutVersion(loaded.profile)).toStrictEqual(profile);
        expect(loaded.profile.version).toBe(result.profileVersion);
        expect(loaded.profile.version).not.toBe(stored.profile.version);
        const summary = (await store.listEngagements()).find((s) => s.id === engagement.id);
        expect(summary?.customer).toBe('Contoso Dental Group');
      });

      it('issue 12 item 4: saves the fit answers with the profile and reads them back', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const profile = {
          ...engagement.profile,
          fitAnswers: { internalCompetentButStretched: true, internalResistsOutsideHelp: false },
        };
        await store.commit(engagement.id, [putProfile(profile, stored.profile.version)]);
        const loaded = await store.loadEngagement(engagement.id);
        expect(withoutVersion(loaded.profile)).toStrictEqual(profile);
      });

      it('issue 12 item 7: a deleted engagement is listed as deleted, with its records, until restored', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const deletedAt = '2026-12-04T10:00:00.000Z';
        const result = await store.commit(engagement.id, [
          putProfile({ ...engagement.profile, deletedAt }, stored.profile.version),
        ]);
        const summary = (await store.listEngagements()).find((s) => s.id === engagement.id);
        expect(summary?.deletedAt).toBe(deletedAt);
        const loaded = await store.loadEngagement(engagement.id);
        expect(loaded.rows).toHaveLength(engagement.rows.length);
        await store.commit(engagement.id, [
          putProfile(engagement.profile, result.profileVersion ?? ''),
        ]);
        const restored = (await store.listEngagements()).find((s) => s.id === engagement.id);
        expect(restored?.deletedAt).toBeNull();
        expect(withoutVersion((await store.loadEngagement(engagement.id)).profile)).toStrictEqual(
          engagement.profile,
        );
      });

      it('appends change-log entries, keeping the earlier ones', async () => {
        const { store, engagement } = await storeWithEngagement();
        const entries = [sampleEntry(engagement.rows[3]!), sampleEntry(engagement.rows[4]!)];
        await store.commit(engagement.id, entries.map(append));
        const loaded = await store.loadEngagement(engagement.id);
        expect([...loaded.changeLog].sort(byId)).toStrictEqual(
          [...engagement.changeLog, ...entries].sort(byId),
        );
      });

      it('rejects appending an entry whose id is already logged as invalid', async () => {
        const { store, engagement } = await storeWithEngagement();
        const entry = { ...sampleEntry(engagement.rows[0]!), id: engagement.changeLog[0]!.id };
        const error = await rejection(store.commit(engagement.id, [append(entry)]));
        expect(error.code).toBe('invalid');
        expect((await store.loadEngagement(engagement.id)).changeLog).toStrictEqual(
          engagement.changeLog,
        );
      });

      it('adds, updates and deletes tools', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const added = sampleTool({ name: 'Veeam', category: 'Backup' });
        const [kept, retired] = [stored.tools[0]!, stored.tools[1]!];
        const edited = { ...kept, decision: 'replace' as const, retireBy: '2026-09-30' };
        await store.commit(engagement.id, [
          put('tools', added, null),
          put('tools', edited, kept.version),
          remove('tools', retired),
        ]);
        const loaded = await store.loadEngagement(engagement.id);
        expect(loaded.tools.map((record) => withoutVersion(record)).sort(byId)).toStrictEqual(
          [added, withoutVersion(edited)].sort(byId),
        );
      });

      it('adds, updates and deletes channels', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const added = sampleChannel({ kind: 'Weekly call', name: 'Thursday sync' });
        const [first, second] = [stored.channels[0]!, stored.channels[1]!];
        const edited = { ...first, active: false };
        await store.commit(engagement.id, [
          put('channels', added, null),
          put('channels', edited, first.version),
          remove('channels', second),
        ]);
        const loaded = await store.loadEngagement(engagement.id);
        expect(loaded.channels.map((record) => withoutVersion(record)).sort(byId)).toStrictEqual(
          [added, withoutVersion(edited)].sort(byId),
        );
      });

      it('gives a record a new version on every write', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        let row = stored.rows[0]!;
        const seen = [row.version];
        for (const notes of ['one', 'two', 'three', 'four']) {
          const result = await store.commit(engagement.id, [
            put('rows', { ...row, notes }, row.version),
          ]);
          row = find((await store.loadEngagement(engagement.id)).rows, row.id);
          expect(result.versions[0]?.version).toBe(row.version);
          seen.push(row.version);
        }
        expect(new Set(seen).size).toBe(seen.length);
      });

      it('applies every change of one commit together', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const row = { ...stored.rows[0]!, msp: PRIMARY };
        const tool = sampleTool({ name: 'KnowBe4', category: 'Awareness training' });
        const entry = sampleEntry(row);
        const profile = { ...stored.profile, jointRowThreshold: 5 };
        const result = await store.commit(engagement.id, [
          put('rows', row, row.version),
          put('tools', tool, null),
          append(entry),
          putProfile(profile, stored.profile.version),
        ]);
        const loaded = await store.loadEngagement(engagement.id);
        expect(find(loaded.rows, row.id).msp).toStrictEqual(PRIMARY);
        expect(withoutVersion(find(loaded.tools, tool.id))).toStrictEqual(tool);
        expect(find(loaded.changeLog, entry.id)).toStrictEqual(entry);
        expect(loaded.profile.jointRowThreshold).toBe(5);
        expect(result.profileVersion).toBe(loaded.profile.version);
        expect(result.versions).toHaveLength(2);
      });

      it('rejects a commit to an unknown engagement as not-found', async () => {
        const store = await makeStore();
        const row = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => newId('row'))[0]!;
        const error = await rejection(store.commit(newId('missing'), [put('rows', row, null)]));
        expect(error.code).toBe('not-found');
      });
    });

    describe('conflicts', () => {
      it('rejects a stale baseVersion with the current value, leaving the record as it is', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const original = stored.rows[0]!;
        await store.commit(engagement.id, [
          put('rows', { ...original, notes: 'First edit' }, original.version),
        ]);
        const current = find((await store.loadEngagement(engagement.id)).rows, original.id);
        const error = await rejection(
          store.commit(engagement.id, [
            put('rows', { ...original, notes: 'Stale edit' }, original.version),
          ]),
        );
        expect(error.code).toBe('conflict');
        expect(error.conflicts).toStrictEqual([{ collection: 'rows', id: original.id, current }]);
        expect(find((await store.loadEngagement(engagement.id)).rows, original.id)).toStrictEqual(
          current,
        );
      });

      it('applies none of a commit that has a conflict (all-or-nothing)', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const [stale, fresh] = [stored.rows[0]!, stored.rows[1]!];
        await store.commit(engagement.id, [put('rows', { ...stale, notes: 'x' }, stale.version)]);
        const before = await store.loadEngagement(engagement.id);
        const error = await rejection(
          store.commit(engagement.id, [
            put('rows', { ...fresh, notes: 'y' }, fresh.version),
            put('tools', sampleTool(), null),
            remove('channels', stored.channels[0]!),
            append(sampleEntry(fresh)),
            putProfile({ ...stored.profile, customer: 'Changed' }, stored.profile.version),
            put('rows', { ...stale, notes: 'z' }, stale.version),
          ]),
        );
        expect(error.code).toBe('conflict');
        expect(error.conflicts.map(({ collection, id }) => ({ collection, id }))).toStrictEqual([
          { collection: 'rows', id: stale.id },
        ]);
        const after = await store.loadEngagement(engagement.id);
        expect(find(after.rows, stale.id)).toStrictEqual(find(before.rows, stale.id));
        if (appliesAllOrNothing(store)) expect(domainOf(after)).toStrictEqual(domainOf(before));
      });

      it('rejects a put with baseVersion null when the id exists', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const existing = stored.rows[0]!;
        const error = await rejection(
          store.commit(engagement.id, [put('rows', { ...existing, name: 'Dup' }, null)]),
        );
        expect(error.code).toBe('conflict');
        expect(error.conflicts).toStrictEqual([
          { collection: 'rows', id: existing.id, current: existing },
        ]);
      });

      it('rejects a delete with a stale version', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const tool = stored.tools[0]!;
        await store.commit(engagement.id, [put('tools', { ...tool, active: false }, tool.version)]);
        const error = await rejection(store.commit(engagement.id, [remove('tools', tool)]));
        expect(error.code).toBe('conflict');
        expect(error.conflicts[0]?.current).toMatchObject({ id: tool.id, active: false });
        expect((await store.loadEngagement(engagement.id)).tools.map((t) => t.id)).toContain(
          tool.id,
        );
      });

      it('reports current null for a record deleted meanwhile', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const channel = stored.channels[0]!;
        await store.commit(engagement.id, [remove('channels', channel)]);
        const error = await rejection(
          store.commit(engagement.id, [
            put('channels', { ...channel, name: 'Revived' }, channel.version),
          ]),
        );
        expect(error.code).toBe('conflict');
        expect(error.conflicts).toStrictEqual([
          { collection: 'channels', id: channel.id, current: null },
        ]);
        const loaded = await store.loadEngagement(engagement.id);
        expect(loaded.channels.map((c) => c.id)).not.toContain(channel.id);
      });

      it('gives the second of two people editing the same row a conflict', async () => {
        const { store, engagement } = await storeWithEngagement();
        const alice = await store.loadEngagement(engagement.id);
        const bob = await store.loadEngagement(engagement.id);
        const aliceRow = { ...alice.rows[0]!, notes: 'Alice was here' };
        await store.commit(engagement.id, [put('rows', aliceRow, alice.rows[0]!.version)]);
        const error = await rejection(
          store.commit(engagement.id, [
            put('rows', { ...bob.rows[0]!, notes: 'Bob' }, bob.rows[0]!.version),
          ]),
        );
        expect(error.code).toBe('conflict');
        expect(error.conflicts[0]?.current).toMatchObject({
          id: aliceRow.id,
          notes: 'Alice was here',
        });
      });

      it('lets two people edit different records of one engagement', async () => {
        const { store, engagement } = await storeWithEngagement();
        const alice = await store.loadEngagement(engagement.id);
        const bob = await store.loadEngagement(engagement.id);
        await store.commit(engagement.id, [
          put('rows', { ...alice.rows[0]!, notes: 'A' }, alice.rows[0]!.version),
        ]);
        await store.commit(engagement.id, [
          put('rows', { ...bob.rows[1]!, notes: 'B' }, bob.rows[1]!.version),
          putProfile({ ...bob.profile, customer: 'Bob Co' }, bob.profile.version),
        ]);
        const loaded = await store.loadEngagement(engagement.id);
        expect(find(loaded.rows, alice.rows[0]!.id).notes).toBe('A');
        expect(find(loaded.rows, bob.rows[1]!.id).notes).toBe('B');
        expect(loaded.profile.customer).toBe('Bob Co');
      });

      it('rejects a stale profile with the current profile', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        await store.commit(engagement.id, [
          putProfile({ ...stored.profile, customer: 'New' }, stored.profile.version),
        ]);
        const error = await rejection(
          store.commit(engagement.id, [
            putProfile({ ...stored.profile, customer: 'Old' }, stored.profile.version),
          ]),
        );
        expect(error.code).toBe('conflict');
        expect(error.conflicts).toMatchObject([
          { collection: 'profile', id: engagement.id, current: { customer: 'New' } },
        ]);
      });
    });

    describe('quarterly reviews', () => {
      /** The engagement's review as the UI makes one: snapshot, a decision, one side signed. */
      function reviewOf(engagement: Engagement, id = newId('review')): Review {
        const draft = createReview({ id, engagement, date: '2026-10-05', previous: null });
        const decided = addDecision(draft, {
          id: 'd1',
          text: 'Patching moves to the MSP <b>from</b> November & stays = +1',
          owner: 'msp',
        });
        if (!decided.ok) throw new Error(decided.error.message);
        const signed = signOff(decided.review, 'internal', {
          name: 'Dana Internal',
          upn: 'dana@contoso.com',
          at: '2026-10-05T10:00:00.000Z',
        });
        if (!signed.ok) throw new Error(signed.error.message);
        return signed.review;
      }

      it('loads an engagement stored without reviews with none', async () => {
        const { store, engagement } = await storeWithEngagement();
        expect((await store.loadEngagement(engagement.id)).reviews).toStrictEqual([]);
      });

      it('round-trips a review exactly, snapshot and all, and signs it with the last-review date in one commit', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const review = reviewOf(engagement);
        await store.commit(engagement.id, [put('reviews', review, null)]);
        const loaded = await store.loadEngagement(engagement.id);
        expect(loaded.reviews.map((record) => withoutVersion(record))).toStrictEqual([review]);

        const signed = signOff(review, 'msp', {
          name: 'Sam Msp',
          upn: 'SAM@fabrikam.com',
          at: '2026-10-06T09:30:00.000Z',
        });
        if (!signed.ok) throw new Error(signed.error.message);
        const result = await store.commit(engagement.id, [
          put('reviews', signed.review, loaded.reviews[0]!.version),
          putProfile(
            { ...engagement.profile, lastReviewDate: review.date },
            stored.profile.version,
          ),
        ]);
        const after = await store.loadEngagement(engagement.id);
        expect(after.reviews.map((record) => withoutVersion(record))).toStrictEqual([
          signed.review,
        ]);
        expect(after.profile.lastReviewDate).toBe('2026-10-05');
        expect(result.versions).toStrictEqual([
          { collection: 'reviews', id: review.id, version: after.reviews[0]!.version },
        ]);
      });

      it('rejects a stale review with the current one', async () => {
        const { store, engagement } = await storeWithEngagement();
        const review = reviewOf(engagement);
        await store.commit(engagement.id, [put('reviews', review, null)]);
        const [first] = (await store.loadEngagement(engagement.id)).reviews;
        const moved = { ...first!, nextReviewDate: '2027-02-01' };
        await store.commit(engagement.id, [put('reviews', moved, first!.version)]);
        const current = (await store.loadEngagement(engagement.id)).reviews[0]!;
        const error = await rejection(
          store.commit(engagement.id, [
            put('reviews', { ...first!, nextReviewDate: '2027-03-01' }, first!.version),
          ]),
        );
        expect(error.code).toBe('conflict');
        expect(error.conflicts).toStrictEqual([{ collection: 'reviews', id: review.id, current }]);
      });

      it('creates an engagement with its reviews, and keeps a review of 1,000 rows whole', async () => {
        const store = await makeStore();
        const engagement = sampleEngagement(1000);
        const withReviews = { ...engagement, reviews: [reviewOf(engagement, 'review-big')] };
        await store.createEngagement(withReviews);
        const loaded = await store.loadEngagement(engagement.id);
        expect(domainOf(loaded)).toStrictEqual(domainOf(withReviews));
        expect(loaded.reviews[0]!.snapshot.rows).toHaveLength(1000);
      });
    });

    describe('the 90-day plan', () => {
      it('loads an engagement created without plan records with an empty plan', async () => {
        const store = await makeStore();
        const { id, profile } = sampleEngagement();
        await store.createEngagement(newEngagement(id, profile, []));
        const loaded = await store.loadEngagement(id);
        expect(loaded.milestones).toStrictEqual([]);
        expect(loaded.day90Checks).toStrictEqual([]);
        expect(loaded.plannerLinks).toStrictEqual([]);
      });

      it('round-trips milestones with their checklists in order, the day-90 check and the Planner link', async () => {
        const { store, engagement } = await storeWithEngagement();
        const loaded = await store.loadEngagement(engagement.id);
        for (const milestone of engagement.milestones!) {
          expect(withoutVersion(find(loaded.milestones, milestone.id))).toStrictEqual(milestone);
        }
        expect(loaded.day90Checks.map((record) => withoutVersion(record))).toStrictEqual(
          engagement.day90Checks,
        );
        expect(loaded.plannerLinks.map((record) => withoutVersion(record))).toStrictEqual(
          engagement.plannerLinks,
        );
      });

      it('adds, updates and deletes milestones', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const [edr, catalog] = [stored.milestones[0]!, stored.milestones[1]!];
        const added = sampleMilestone({ name: 'Deploy email security', checklist: [] });
        const ticked = {
          ...edr,
          checklist: edr.checklist.map((item) => ({ ...item, done: true })),
          percentComplete: 100,
          plannerTaskId: 'task-0b',
        };
        const result = await store.commit(engagement.id, [
          put('milestones', added, null),
          put('milestones', ticked, edr.version),
          remove('milestones', catalog),
        ]);
        const loaded = await store.loadEngagement(engagement.id);
        expect(plain(loaded.milestones)).toStrictEqual(plain([added, ticked]));
        expect(result.versions).toStrictEqual([
          {
            collection: 'milestones',
            id: added.id,
            version: find(loaded.milestones, added.id).version,
          },
          {
            collection: 'milestones',
            id: edr.id,
            version: find(loaded.milestones, edr.id).version,
          },
          { collection: 'milestones', id: catalog.id, version: null },
        ]);
        expect(find(loaded.milestones, edr.id).version).not.toBe(edr.version);
      });

      it('answers the day-90 check and records the Planner link like any record', async () => {
        const store = await makeStore();
        const { id, profile } = sampleEngagement();
        await store.createEngagement(newEngagement(id, profile, []));
        const check = sampleDay90Check({ routine: 'unanswered', answeredOn: null, answeredBy: '' });
        const milestone = sampleMilestone();
        const link = samplePlannerLink([milestone]);
        await store.commit(id, [
          put('milestones', milestone, null),
          put('day90Checks', check, null),
          put('plannerLinks', link, null),
        ]);
        const first = await store.loadEngagement(id);
        const answered = sampleDay90Check({ routine: 'yes', renegotiationPlanned: false });
        const synced = {
          ...link,
          tasks: {
            [milestone.id]: {
              ...link.tasks[milestone.id]!,
              etag: 'W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCd="',
            },
          },
        };
        const result = await store.commit(id, [
          put('day90Checks', answered, first.day90Checks[0]!.version),
          put('plannerLinks', synced, first.plannerLinks[0]!.version),
        ]);
        const loaded = await store.loadEngagement(id);
        expect(loaded.day90Checks.map((record) => withoutVersion(record))).toStrictEqual([
          answered,
        ]);
        expect(loaded.plannerLinks.map((record) => withoutVersion(record))).toStrictEqual([synced]);
        expect(result.versions.map((v) => v.version)).toStrictEqual([
          loaded.day90Checks[0]!.version,
          loaded.plannerLinks[0]!.version,
        ]);

        await store.commit(id, [remove('plannerLinks', loaded.plannerLinks[0]!)]);
        expect((await store.loadEngagement(id)).plannerLinks).toStrictEqual([]);
      });

      it('rejects a stale milestone, day-90 check or Planner link with the current value', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const milestone = stored.milestones[0]!;
        const check = stored.day90Checks[0]!;
        const link = stored.plannerLinks[0]!;
        await store.commit(engagement.id, [
          put('milestones', { ...milestone, percentComplete: 75 }, milestone.version),
          put('day90Checks', { ...check, note: 'Renegotiation booked.' }, check.version),
          put('plannerLinks', { ...link, planTitle: 'Renamed in Planner' }, link.version),
        ]);
        const current = await store.loadEngagement(engagement.id);
        const stale = [
          put('milestones', { ...milestone, name: 'Stale' }, milestone.version),
          put('day90Checks', { ...check, routine: 'yes' }, check.version),
          put('plannerLinks', { ...link, planId: 'stale-plan' }, link.version),
        ];
        for (const change of stale) {
          const error = await rejection(store.commit(engagement.id, [change]));
          expect(error.code).toBe('conflict');
          const { collection } = change as { collection: 'milestones' };
          const records: readonly { id: string }[] = current[collection];
          expect(error.conflicts).toStrictEqual([
            { collection, id: records[0]!.id, current: records[0] },
          ]);
        }
        expect(domainOf(await store.loadEngagement(engagement.id))).toStrictEqual(
          domainOf(current),
        );
      });

      it('rejects deleting a milestone changed meanwhile, and a second day-90 check under the same id', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const milestone = stored.milestones[1]!;
        await store.commit(engagement.id, [
          put('milestones', { ...milestone, percentComplete: 0 }, milestone.version),
        ]);
        const deleteError = await rejection(
          store.commit(engagement.id, [remove('milestones', milestone)]),
        );
        expect(deleteError.code).toBe('conflict');
        expect(deleteError.conflicts[0]?.current).toMatchObject({
          id: milestone.id,
          percentComplete: 0,
        });

        const check = stored.day90Checks[0]!;
        const duplicate = await rejection(
          store.commit(engagement.id, [
            put('day90Checks', sampleDay90Check({ routine: 'yes' }), null),
          ]),
        );
        expect(duplicate.code).toBe('conflict');
        expect(duplicate.conflicts).toStrictEqual([
          { collection: 'day90Checks', id: DAY_90_CHECK_ID, current: check },
        ]);
        const loaded = await store.loadEngagement(engagement.id);
        expect(find(loaded.milestones, milestone.id).percentComplete).toBe(0);
        expect(loaded.day90Checks).toStrictEqual([check]);
      });

      it('applies none of a plan commit that has a conflict (all-or-nothing)', async () => {
        const { store, engagement, stored } = await storeWithEngagement();
        const link = stored.plannerLinks[0]!;
        await store.commit(engagement.id, [
          put('plannerLinks', { ...link, planTitle: 'Synced meanwhile' }, link.version),
        ]);
        const before = await store.loadEngagement(engagement.id);
        const [edr, catalog] = [stored.milestones[0]!, stored.milestones[1]!];
        const error = await rejection(
          store.commit(engagement.id, [
            put('milestones', { ...edr, percentComplete: 100 }, edr.version),
            put('milestones', sampleMilestone(), null),
            remove('milestones', catalog),
            put(
              'day90Checks',
              { ...stored.day90Checks[0]!, routine: 'yes' },
              stored.day90Checks[0]!.version,
            ),
            put('plannerLinks', { ...link, planId: 'other' }, link.version),
          ]),
        );
        expect(error.conflicts.map(({ collection, id }) => ({ collection, id }))).toStrictEqual([
          { collection: 'plannerLinks', id: PLANNER_LINK_ID },
        ]);
        const after = await store.loadEngagement(engagement.id);
        expect(after.plannerLinks).toStrictEqual(before.plannerLinks);
        if (appliesAllOrNothing(store)) expect(domainOf(after)).toStrictEqual(domainOf(before));
      });

      it('rejects creating an engagement whose milestones share an id as invalid', async () => {
        const store = await makeStore();
        const base = sampleEngagement();
        const twin = sampleMilestone();
        const error = await rejection(
          store.createEngagement({ ...base, milestones: [twin, { ...twin, name: 'Twin' }] }),
        );
        expect(error.code).toBe('invalid');
        expect((await rejection(store.loadEngagement(base.id))).code).toBe('not-found');
      });
    });

    describe('deleteEngagement', () => {
      it('removes the engagement and every record of it', async () => {
        const { store, engagement } = await storeWithEngagement();
        await store.deleteEngagement(engagement.id);
        expect((await rejection(store.loadEngagement(engagement.id))).code).toBe('not-found');
        expect((await store.listEngagements()).map((s) => s.id)).not.toContain(engagement.id);
        // A new engagement under the same id starts empty: nothing of the old one lingers.
        const fresh = newEngagement(engagement.id, engagement.profile, []);
        await store.createEngagement(fresh);
        expect(domainOf(await store.loadEngagement(engagement.id))).toStrictEqual(domainOf(fresh));
      });

      it('resolves when the engagement is already gone', async () => {
        const { store, engagement } = await storeWithEngagement();
        await store.deleteEngagement(engagement.id);
        await expect(store.deleteEngagement(engagement.id)).resolves.toBeUndefined();
        await expect(store.deleteEngagement(newId('never'))).resolves.toBeUndefined();
      });
    });

    it('keeps engagements apart', async () => {
      const { store, engagement: a, stored: storedA } = await storeWithEngagement();
      // An id that starts with the other's catches prefix matching standing in for equality.
      const b = { ...sampleEngagement(), id: `${a.id}0` };
      await store.createEngagement(b);
      const row = storedA.rows[0]!;
      const entry = sampleEntry(row);
      await store.commit(a.id, [
        put('rows', { ...row, notes: 'A only' }, row.version),
        append(entry),
      ]);
      const expectedA = {
        ...a,
        rows: a.rows.map((r) => (r.id === row.id ? { ...r, notes: 'A only' } : r)),
        changeLog: [...a.changeLog, entry],
      };
      expect(domainOf(await store.loadEngagement(a.id))).toStrictEqual(domainOf(expectedA));
      expect(domainOf(await store.loadEngagement(b.id))).toStrictEqual(domainOf(b));
      // A record of A is unknown to B, so B treats it as absent.
      const error = await rejection(store.commit(b.id, [remove('rows', row)]));
      expect(error.conflicts).toStrictEqual([{ collection: 'rows', id: row.id, current: null }]);
      await store.deleteEngagement(a.id);
      expect(domainOf(await store.loadEngagement(b.id))).toStrictEqual(domainOf(b));
    });

    describe('content', () => {
      const TRICKY = [
        '<script>alert("x")</script>',
        '<img src=x onerror=alert(1)> &amp; &lt;b&gt; & < >',
        `"double" 'single' \`back\` \\ backslash %s {0} \${x} ' OR 1=1 --`,
        'Ünïcødé — “curly” ‘quotes’ … ½ € ✓ ✗ 日本語 中文 한국어',
        'עברית ومرحبا',
        '👩🏽‍💻 🏳️‍🌈 👨‍👩‍👧‍👦',
        'e\u0301 combining, zero\u200Bwidth, non\u00A0breaking',
        '  leading and trailing spaces  ',
        'line one\nline two\r\nline three\ttabbed',
      ];

      it('round-trips HTML, script and unicode text exactly', async () => {
        const store = await makeStore();
        const base = sampleEngagement();
        const engagement: Engagement = {
          ...base,
          profile: {
            ...base.profile,
            customer: TRICKY[0]!,
            mspName: TRICKY[3]!,
            internalLead: { name: TRICKY[4]!, upn: 'dana@contoso.com' },
          },
          rows: base.rows.map((row, index) => ({
            ...row,
            name: TRICKY[index % TRICKY.length]!,
            notes: TRICKY.join('|'),
            msp: index === 0 ? secondary(TRICKY[5]!) : row.msp,
          })),
          tools: [sampleTool({ name: TRICKY[1]! })],
          channels: [sampleChannel({ name: TRICKY[6]! })],
          changeLog: [sampleEntry(base.rows[0]!, { reason: TRICKY[8]!, by: TRICKY[2]! })],
          milestones: [
            sampleMilestone({
              name: TRICKY[0]!,
              checklist: TRICKY.map((title, index) => ({
                id: `c${index}`,
                title,
                done: index % 2 === 0,
              })),
            }),
          ],
          day90Checks: [sampleDay90Check({ note: TRICKY.join('\n'), answeredBy: TRICKY[5]! })],
          plannerLinks: [samplePlannerLink([], { planTitle: TRICKY[3]! })],
        };
        await store.createEngagement(engagement);
        const loaded = await store.loadEngagement(engagement.id);
        expect(domainOf(loaded)).toStrictEqual(domainOf(engagement));

        const row = { ...loaded.rows[1]!, name: TRICKY[7]!, notes: TRICKY[2]! };
        await store.commit(engagement.id, [put('rows', row, row.version)]);
        const saved = find((await store.loadEngagement(engagement.id)).rows, row.id);
        expect(withoutVersion(saved)).toStrictEqual(withoutVersion(row));
        const summary = (await store.listEngagements()).find((s) => s.id === engagement.id);
        expect(summary?.customer).toBe(TRICKY[0]);
      });

      it('round-trips a 1,000-row engagement', async () => {
        const { store, engagement } = await storeWithEngagement(1000);
        const loaded = await store.loadEngagement(engagement.id);
        expect(loaded.rows).toHaveLength(1000);
        expect(domainOf(loaded)).toStrictEqual(domainOf(engagement));
      });
    });
  });
}
