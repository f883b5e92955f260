import type { List } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import {
  channelToFields,
  entryToFields,
  profileToFields,
  rowToFields,
  toolToFields,
} from '../../src/adapters/graph/sharepoint/fields';
import { columnFixes } from '../../src/adapters/graph/sharepoint/provision';
import { createList, getLists } from '../../src/adapters/graph/sharepoint/requests';
import { LISTS, LIST_KEYS, type ListKey } from '../../src/adapters/graph/sharepoint/schema';
import { createSharePointStore } from '../../src/adapters/graph/sharepoint/store';
import { type Engagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { DAY_90_CHECK_ID, UNANSWERED_DAY_90 } from '../../src/domain/plan/plan';
import { DEFAULT_MILESTONES } from '../../src/domain/plan/plan-template';
import { PLANNER_LINK_ID, type PlannerLink } from '../../src/domain/plan/planner-link';
import { NONE, PRIMARY } from '../../src/domain/matrix/roles';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import type { StoredEngagement } from '../../src/ports/engagement-store';
import { createGraphEmulator } from '../fakes/graph-emulator/index';
import { clientFor } from '../fakes/graph-emulator/test-harness';

/*
 * The 90-day plan on SharePoint, beyond the port contract: a team site provisioned by Tandem before
 * the plan existed (schema 1) gets the plan's lists on next use, idempotently, with its data
 * untouched; the lists read well in Microsoft Lists; what people may edit there is read safely.
 */

const GROUP = 'plan-group';
/** The lists Tandem's schema 1 made (before issue #5). Their columns have not changed since. */
const SCHEMA_1_LISTS: readonly ListKey[] = [
  'engagements',
  'rows',
  'tools',
  'channels',
  'changeLog',
];
const PLAN_LISTS: readonly ListKey[] = ['milestones', 'day90Checks', 'plannerLinks'];

function setup() {
  const graph = createGraphEmulator({ seed: 13 });
  const siteId = graph.addGroupSite(GROUP);
  const client = clientFor(graph);
  const open = () =>
    createSharePointStore({ client, site: { groupId: GROUP }, sleep: async () => {} });
  const list = (key: ListKey) =>
    graph.state.lists(siteId).find((l) => l.displayName === LISTS[key].displayName);
  return { graph, siteId, client, open, list };
}

type Setup = ReturnType<typeof setup>;

/** Provisions the site as schema 1 did: its five lists, friendly Titles, indexes; returns list ids. */
async function provisionSchema1({ client, siteId }: Setup): Promise<Record<string, string>> {
  for (const key of SCHEMA_1_LISTS) {
    const spec = createList(siteId, LISTS[key]);
    const body = spec.body as { description: string };
    await client.api(spec.url).post({
      ...body,
      description: body.description.replace(/Tandem schema \d+/, 'Tandem schema 1'),
    });
  }
  const lists = ((await client.api(getLists(siteId).url).get()) as { value: List[] }).value;
  const ids: Record<string, string> = {};
  for (const key of SCHEMA_1_LISTS) {
    const list = lists.find((l) => l.displayName === LISTS[key].displayName)!;
    ids[key] = list.id!;
    for (const fix of columnFixes(siteId, list.id!, LISTS[key], list.columns ?? [])) {
      await client.api(fix.url).patch(fix.body);
    }
  }
  return ids;
}

let sequence = 0;
const newId = (kind: string) => `${kind}-${++sequence}`;

function schema1Engagement(): Engagement {
  const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => newId('row'));
  return {
    id: newId('engagement'),
    profile: { ...emptyProfile('2026-01-05'), customer: 'Contoso Dental', mspName: 'Fabrikam' },
    rows,
    tools: [
      {
        id: newId('tool'),
        name: 'NinjaOne',
        category: 'RMM',
        operatedBy: 'msp',
        decision: 'keep',
        retireBy: null,
        active: true,
      },
    ],
    channels: [{ id: newId('channel'), kind: 'Teams channel', name: 'Joint', active: true }],
    changeLog: [
      {
        id: newId('log'),
        rowId: rows[0]!.id,
        rowName: rows[0]!.name,
        at: '2026-02-01T09:30:00.000Z',
        by: 'Dana',
        from: { owner: 'internal', internal: PRIMARY, msp: NONE },
        to: { owner: 'joint', internal: PRIMARY, msp: PRIMARY },
        renegotiated: true,
        reason: 'Kick-off',
      },
    ],
  };
}

/** Writes an engagement's items as schema 1 did, straight into its lists. */
async function storeAsSchema1(
  { client, siteId }: Setup,
  ids: Record<string, string>,
  e: Engagement,
): Promise<void> {
  const post = (key: ListKey, fields: object) =>
    client.api(`/sites/${siteId}/lists/${ids[key]}/items`).post({ fields });
  await post('engagements', profileToFields(e.id, e.profile));
  for (const row of e.rows) await post('rows', rowToFields(e.id, row));
  for (const tool of e.tools) await post('tools', toolToFields(e.id, tool));
  for (const channel of e.channels) await post('channels', channelToFields(e.id, channel));
  for (const entry of e.changeLog) await post('changeLog', entryToFields(e.id, entry));
}

const withoutVersion = <T extends { version?: string }>(record: T): Omit<T, 'version'> => {
  const { version: _version, ...rest } = record;
  return rest;
};
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const plain = <T extends { id: string; version?: string }>(records: readonly T[]) =>
  records.map(withoutVersion).sort(byId);

describe('upgrading a team site provisioned before the 90-day plan (schema 1)', () => {
  it('adds the plan lists on next use, leaving the old lists and every item as they were', async () => {
    const s = setup();
    const ids = await provisionSchema1(s);
    const engagement = schema1Engagement();
    await storeAsSchema1(s, ids, engagement);
    const before = Object.fromEntries(SCHEMA_1_LISTS.map((key) => [key, s.list(key)]));

    s.graph.log.reset();
    const loaded = await s.open().loadEngagement(engagement.id);
    // Site, lists; the three missing lists in one `$batch`, re-read; their Titles named in one
    // `$batch`, re-read; then the load itself. Once per site: later stores need 3 (site, lists, load).
    expect(s.graph.log.roundTrips()).toBe(7);

    expect(plain(loaded.rows)).toStrictEqual(plain(engagement.rows));
    expect(plain(loaded.tools)).toStrictEqual(plain(engagement.tools));
    expect(plain(loaded.channels)).toStrictEqual(plain(engagement.channels));
    expect(loaded.changeLog).toStrictEqual(engagement.changeLog);
    expect(withoutVersion(loaded.profile)).toStrictEqual(engagement.profile);
    expect([loaded.milestones, loaded.day90Checks, loaded.plannerLinks]).toStrictEqual([
      [],
      [],
      [],
    ]);

    const names = s.graph.state.lists(s.siteId).map((l) => l.displayName);
    expect(names.sort()).toStrictEqual(LIST_KEYS.map((key) => LISTS[key].displayName).sort());
    for (const key of SCHEMA_1_LISTS) expect(s.list(key)).toStrictEqual(before[key]);
    for (const key of PLAN_LISTS) {
      const columns = s.list(key)!.columns;
      expect(columns.find((c) => c.name === 'Title')).toMatchObject({
        displayName: LISTS[key].titleDisplayName,
        required: false,
      });
      for (const name of ['EngagementId', 'RecordId'])
        expect(columns.find((c) => c.name === name)?.indexed).toBe(true);
    }
  });

  it('upgrades once when several clients open the old site at the same time', async () => {
    const s = setup();
    const ids = await provisionSchema1(s);
    const engagement = schema1Engagement();
    await storeAsSchema1(s, ids, engagement);

    const opened = await Promise.all([1, 2, 3].map(() => s.open().loadEngagement(engagement.id)));
    for (const loaded of opened) expect(loaded.rows).toHaveLength(engagement.rows.length);
    const names = s.graph.state.lists(s.siteId).map((l) => l.displayName);
    expect(names).toHaveLength(LIST_KEYS.length);
    expect(new Set(names).size).toBe(LIST_KEYS.length);

    // After the upgrade nothing more is provisioned: a new store looks, finds all, and loads.
    s.graph.log.reset();
    const store = s.open();
    const stored = await store.loadEngagement(engagement.id);
    expect(s.graph.log.roundTrips()).toBe(3);
    expect(
      s.graph.log.entries().filter((e) => e.method !== 'GET' && !e.url.endsWith('$batch')),
    ).toStrictEqual([]);

    // And the upgraded engagement takes a plan.
    const milestone = DEFAULT_MILESTONES[0]!;
    await store.commit(engagement.id, [
      { kind: 'put', collection: 'milestones', record: milestone, baseVersion: null },
      { kind: 'put', collection: 'day90Checks', record: UNANSWERED_DAY_90, baseVersion: null },
    ]);
    const planned = await s.open().loadEngagement(engagement.id);
    expect(plain(planned.milestones)).toStrictEqual([milestone]);
    expect(plain(planned.day90Checks)).toStrictEqual([UNANSWERED_DAY_90]);
    expect(plain(planned.rows)).toStrictEqual(plain(stored.rows));
  });
});

describe('the plan lists in Microsoft Lists', () => {
  const link = (milestoneId: string): PlannerLink => ({
    id: PLANNER_LINK_ID,
    planId: 'plan-1',
    planTitle: 'Contoso Dental — first 90 days',
    bucketIds: { discovery: 'b-1', 'tool-deployment': 'b-2', stabilization: 'b-3' },
    tasks: {
      [milestoneId]: { taskId: 't-1', etag: 'W/"JzEt"', detailsEtag: null, fingerprint: 'f' },
    },
  });

  async function plannedEngagement(s: Setup) {
    const engagement = schema1Engagement();
    const edr = DEFAULT_MILESTONES.find((m) => m.phase === 'tool-deployment' && m.owner === 'msp');
    const milestone = { ...edr!, plannerTaskId: 't-1' };
    const check = {
      ...UNANSWERED_DAY_90,
      routine: 'no' as const,
      renegotiationPlanned: true,
      note: 'Patching bounces between the sides.',
      answeredOn: '2026-04-05',
      answeredBy: 'Dana',
    };
    await s.open().createEngagement({
      ...engagement,
      milestones: [milestone],
      day90Checks: [check],
      plannerLinks: [link(milestone.id)],
    });
    return { engagement, milestone, check };
  }

  it('shows milestones, the day-90 answer and the Planner link in typed, named columns', async () => {
    const s = setup();
    const { milestone } = await plannedEngagement(s);
    const milestones = s.list('milestones')!;
    const column = (name: string) => milestones.columns.find((c) => c.name === name)!;
    expect(column('Title').displayName).toBe('Milestone');
    expect(column('Phase')).toMatchObject({ type: 'choice', displayName: 'Phase' });
    expect(column('Owner')).toMatchObject({ type: 'choice', displayName: 'Owner' });
    expect(column('StartDay')).toMatchObject({ type: 'number', displayName: 'Start day' });
    expect(column('PercentComplete')).toMatchObject({ type: 'number', displayName: '% complete' });
    expect(column('Checklist').facet).toMatchObject({ allowMultipleLines: true });
    const [item] = milestones.items;
    expect(item!.fields).toMatchObject({
      Title: milestone.name,
      Phase: 'Tool deployment',
      Owner: 'MSP',
      StartDay: milestone.startDay,
      DueDay: milestone.dueDay,
      PercentComplete: 0,
      PlannerTaskId: 't-1',
    });
    expect(JSON.parse(item!.fields['Checklist'] as string)).toStrictEqual(milestone.checklist);

    expect(s.list('day90Checks')!.items[0]!.fields).toMatchObject({
      RecordId: DAY_90_CHECK_ID,
      Routine: 'No',
      RenegotiationPlanned: true,
      AnsweredBy: 'Dana',
    });
    expect(s.list('plannerLinks')!.items[0]!.fields).toMatchObject({
      Title: 'Contoso Dental — first 90 days',
      PlanId: 'plan-1',
      DiscoveryBucketId: 'b-1',
      ToolDeploymentBucketId: 'b-2',
      StabilizationBucketId: 'b-3',
    });
  });

  it('issue 13 item 6: reads a checklist or task list someone broke in Lists as broken, naming the record, and keeps the rest', async () => {
    const s = setup();
    const { engagement, milestone } = await plannedEngagement(s);
    const item = (key: ListKey) => s.list(key)!.items[0]!;
    const patch = (key: ListKey, fields: object) =>
      s.client
        .api(`/sites/${s.siteId}/lists/${s.list(key)!.id}/items/${item(key).id}/fields`)
        .patch(fields);
    await patch('milestones', { Checklist: '[{"id": "a", "title": "unclosed', Phase: 'Someday' });
    await patch('plannerLinks', { PlannerTasks: '{"m": 42, "n": {"taskId": "t-9"}}' });

    const loaded: StoredEngagement = await s.open().loadEngagement(engagement.id);
    expect(withoutVersion(loaded.milestones[0]!)).toStrictEqual({
      ...milestone,
      phase: 'discovery',
      checklist: [],
      damage: expect.stringContaining(`(record ${milestone.id}) in Tandem milestones`),
    });
    expect(loaded.milestones[0]!.damage).toContain('could not be read (not JSON)');
    expect(loaded.plannerLinks[0]!.tasks).toStrictEqual({});
    expect(loaded.plannerLinks[0]!.damage).toMatch(
      /could not be read \(m: .*create every task again/,
    );
  });
});
