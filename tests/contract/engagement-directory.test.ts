import { describe, expect, it } from 'vitest';
import { createGraphEngagementDirectory } from '../../src/adapters/graph/sharepoint/engagement-directory';
import { LISTS, columnDefinition } from '../../src/adapters/graph/sharepoint/schema';
import { createSharePointStore } from '../../src/adapters/graph/sharepoint/store';
import { type Engagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { rowsOwnedBy } from '../../src/domain/matrix/row-ownership';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { GRAPH_SCOPES } from '../../src/ports/auth';
import {
  DirectoryError,
  type ReachableEngagement,
  type ReachableTeam,
} from '../../src/ports/engagement-directory';
import { createGraphEmulator, type GraphEmulatorOptions } from '../fakes/graph-emulator/index';
import { clientFor } from '../fakes/graph-emulator/test-harness';

/*
 * The Graph EngagementDirectory on the Graph emulator: what the personal tab can reach, read-only,
 * with its round trips counted. Waits are recorded, never slept.
 */

const ME = 'megan@contoso.onmicrosoft.com';
const DENTAL = 'group-dental';
const EMPTY = 'group-empty';
let sequence = 0;
const newId = (kind: string) => `${kind}-${++sequence}`;

function engagement(customer: string, mspLeadUpn: string, internalLeadUpn = ''): Engagement {
  return {
    id: newId('engagement'),
    profile: {
      ...emptyProfile('2026-01-05'),
      customer,
      mspName: 'Fabrikam IT',
      internalLead: { name: 'Ian', upn: internalLeadUpn },
      mspLead: { name: 'Megan', upn: mspLeadUpn },
    },
    rows: rowsFromTemplate(CO_MANAGED_TEMPLATE, () => newId('row')),
    tools: [],
    channels: [],
    changeLog: [],
  };
}

function setup(options: GraphEmulatorOptions = {}) {
  const graph = createGraphEmulator({ seed: 5, ...options });
  const sleeps: number[] = [];
  const directory = (extra: { pageSize?: number } = {}) =>
    createGraphEngagementDirectory({
      client: clientFor(graph),
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...extra,
    });
  /** A joined team whose site holds `engagements` (written by the store, as a channel tab would). */
  const team = async (groupId: string, displayName: string, engagements: Engagement[] = []) => {
    graph.addJoinedTeam({ id: groupId, displayName });
    const siteId = graph.addGroupSite(groupId);
    const store = createSharePointStore({ client: clientFor(graph), site: { groupId } });
    for (const e of engagements) await store.createEngagement(e);
    return siteId;
  };
  return { graph, directory, team, sleeps };
}

const byTeam = (teams: ReachableTeam[], name: string) =>
  teams.find((t) => t.team.displayName === name)!;
const engagementsOf = (team: ReachableTeam): readonly ReachableEngagement[] =>
  team.status === 'read' ? team.engagements : [];

async function rejection(promise: Promise<unknown>): Promise<DirectoryError> {
  const error: unknown = await promise.then(
    () => new Error('Expected a rejection.'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DirectoryError);
  return error as DirectoryError;
}

describe('listing what the user can reach', () => {
  it("reads each joined team's engagements, with rows for those the user leads, in 5 round trips", async () => {
    const { graph, directory, team } = setup();
    const led = engagement('Contoso Dental', 'Megan@Contoso.onmicrosoft.com');
    const other = engagement('Northwind', 'someone@fabrikam.example');
    await team(DENTAL, 'Contoso Dental — IT', [led, other]);
    const emptySite = await team(EMPTY, 'Marketing');
    graph.log.reset();

    const teams = await directory().listReachable({ leadUpn: ME });

    expect(teams.map((t) => [t.team.displayName, t.status])).toEqual([
      ['Contoso Dental — IT', 'read'],
      ['Marketing', 'read'],
    ]);
    expect(byTeam(teams, 'Contoso Dental — IT').team).toEqual({
      id: DENTAL,
      displayName: 'Contoso Dental — IT',
      isArchived: false,
    });
    const read = engagementsOf(byTeam(teams, 'Contoso Dental — IT'));
    const mine = read.find((e) => e.id === led.id)!;
    expect(mine).toMatchObject({
      customer: 'Contoso Dental',
      mspName: 'Fabrikam IT',
      startDate: '2026-01-05',
      mspLead: { name: 'Megan', upn: 'Megan@Contoso.onmicrosoft.com' },
    });
    expect([...(mine.rows ?? [])].sort((a, b) => a.order - b.order)).toEqual(led.rows);
    // 9 MSP rows and 2 joint rows of the guide's matrix are the MSP lead's.
    expect(rowsOwnedBy(mine, mine.rows!, ME)).toHaveLength(11);
    expect(read.find((e) => e.id === other.id)!.rows).toBeNull();
    expect(engagementsOf(byTeam(teams, 'Marketing'))).toEqual([]);

    // teams; sites; lists; engagement items; rows — each a $batch over all teams after the first.
    expect(graph.log.roundTrips()).toBe(5);
    // 2 site reads (1 RU), 2 list collections, 1 item query, 1 row query (2 RU each).
    expect(graph.log.resourceUnits()).toBe(10);
    expect(graph.log.entries().every((e) => e.method === 'GET' || e.url.endsWith('/$batch'))).toBe(
      true,
    );
    // Looking at a team without Tandem's lists creates nothing there.
    expect(graph.state.lists(emptySite)).toEqual([]);
  });

  it('needs only Team.ReadBasic.All and Sites.Read.All', async () => {
    const { graph, directory, team } = setup();
    // The lists were made by a channel tab, with its write permissions; the personal tab only reads.
    await team(DENTAL, 'Dental', [engagement('Contoso Dental', ME)]);
    await team(EMPTY, 'Marketing');
    graph.setGrantedScopes([...GRAPH_SCOPES.readTeams, ...GRAPH_SCOPES.readSites]);
    const teams = await directory().listReachable({ leadUpn: ME });
    expect(teams.map((t) => t.status)).toEqual(['read', 'read']);
    expect(engagementsOf(teams[0]!)[0]!.rows).toHaveLength(14);
  });

  it('skips the rows when the user leads nothing: 4 round trips, rows null', async () => {
    const { graph, directory, team } = setup();
    await team(DENTAL, 'Dental', [engagement('Contoso Dental', 'someone@fabrikam.example')]);
    graph.log.reset();
    const teams = await directory().listReachable({ leadUpn: ME });
    expect(engagementsOf(teams[0]!).map((e) => e.rows)).toEqual([null]);
    expect(graph.log.roundTrips()).toBe(4);
  });

  it('answers a user in no team in one round trip', async () => {
    const { graph, directory } = setup();
    expect(await directory().listReachable({ leadUpn: ME })).toEqual([]);
    expect(graph.log.roundTrips()).toBe(1);
  });

  it('reads 25 teams without Tandem in 5 round trips (20 requests a batch)', async () => {
    const { graph, directory, team } = setup();
    for (let i = 0; i < 25; i++) await team(`group-${i}`, `Team ${i}`);
    graph.log.reset();
    const teams = await directory().listReachable({ leadUpn: ME });
    expect(teams).toHaveLength(25);
    expect(teams.every((t) => t.status === 'read' && t.engagements.length === 0)).toBe(true);
    expect(graph.log.roundTrips()).toBe(5); // teams; sites 20 + 5; lists 20 + 5
  });

  it("gives a lead's engagement no rows when the site has no functions list", async () => {
    const { graph, directory } = setup();
    graph.addJoinedTeam({ id: DENTAL, displayName: 'Dental' });
    const siteId = graph.addGroupSite(DENTAL);
    const client = clientFor(graph);
    // Only the engagements list, with its schema's columns (as if the others were deleted by hand).
    const list = (await client.api(`/sites/${siteId}/lists`).post({
      displayName: LISTS.engagements.displayName,
      columns: LISTS.engagements.columns.map(columnDefinition),
    })) as { id: string };
    await client
      .api(`/sites/${siteId}/lists/${list.id}/items`)
      .post({ fields: { Title: 'Made by hand', EngagementId: 'e-1', MspLeadUpn: ME } });
    const teams = await directory().listReachable({ leadUpn: ME });
    expect(engagementsOf(teams[0]!)).toMatchObject([
      { id: 'e-1', customer: 'Made by hand', rows: [] },
    ]);
  });
});

describe('one team failing', () => {
  it('shows a team whose site is locked (403) or gone (404) as unreadable, and reads the rest', async () => {
    const { graph, directory, team } = setup();
    await team(DENTAL, 'Dental', [engagement('Contoso Dental', ME)]);
    graph.addJoinedTeam({ id: 'group-locked', displayName: 'Locked' });
    graph.addGroupSite('group-locked', { access: 'denied' });
    graph.addJoinedTeam({ id: 'group-gone', displayName: 'Gone' });

    const teams = await directory().listReachable({ leadUpn: ME });

    expect(byTeam(teams, 'Dental')).toMatchObject({ status: 'read' });
    expect(engagementsOf(byTeam(teams, 'Dental'))[0]!.rows).toHaveLength(14);
    const locked = byTeam(teams, 'Locked');
    const gone = byTeam(teams, 'Gone');
    expect(locked.status).toBe('unreadable');
    expect(gone.status).toBe('unreadable');
    if (locked.status !== 'unreadable' || gone.status !== 'unreadable') return;
    expect(locked.reason).toMatch(/^You don't have access to this team's SharePoint site\./);
    expect(locked.reason).toContain('Graph 403 accessDenied');
    expect(gone.reason).toMatch(/wasn't found/);
    expect(gone.reason).toContain('Graph 404 itemNotFound');
  });

  it('retries a throttled team inside the batch and still reads it', async () => {
    const { graph, directory, team, sleeps } = setup();
    await team(DENTAL, 'Dental', [engagement('Contoso Dental', ME)]);
    graph.faults.next({
      match: { urlIncludes: '/lists' },
      status: 429,
      retryAfterSeconds: 3,
      inBatch: true,
    });
    const teams = await directory().listReachable({ leadUpn: ME });
    expect(teams[0]!.status).toBe('read');
    expect(sleeps).toEqual([3000]);
  });

  it('gives up on a team SharePoint keeps throttling, with a reason, after the retries', async () => {
    const { graph, directory, team } = setup();
    await team(DENTAL, 'Dental', [engagement('Contoso Dental', ME)]);
    await team(EMPTY, 'Marketing');
    graph.faults.next({
      match: { urlIncludes: `/groups/${DENTAL}/` },
      status: 503,
      times: 5,
      inBatch: true,
    });
    const teams = await directory().listReachable({ leadUpn: ME });
    expect(byTeam(teams, 'Dental')).toEqual({
      team: { id: DENTAL, displayName: 'Dental', isArchived: false },
      status: 'unreadable',
      reason: expect.stringMatching(/^SharePoint is busy .*Graph 503/) as unknown,
    });
    expect(byTeam(teams, 'Marketing').status).toBe('read');
  });
});

describe('when the teams cannot be listed', () => {
  it('rejects forbidden, naming Team.ReadBasic.All, without the permission', async () => {
    const { directory } = setup({ grantedScopes: ['Sites.Read.All'] });
    const error = await rejection(directory().listReachable({ leadUpn: ME }));
    expect(error.code).toBe('forbidden');
    expect(error.message).toContain('Team.ReadBasic.All');
    expect(error.message).toContain('Graph 403');
  });

  it('rejects unavailable when Graph keeps failing', async () => {
    const { graph, directory } = setup();
    graph.faults.next({ match: { urlIncludes: '/me/joinedTeams' }, status: 500 });
    const error = await rejection(directory().listReachable({ leadUpn: ME }));
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/^Couldn't list your teams: Microsoft 365 had a problem/);
  });
});
