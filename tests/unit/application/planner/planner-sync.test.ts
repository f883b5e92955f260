/**
 * The Planner sync workflow without React: the real Graph Planner adapter on the emulator, the
 * real engagement session over the in-memory store. The sync's results reach the store through
 * the session (its state shows them at once), and nothing writes around it.
 */
import { describe, expect, it, vi } from 'vitest';
import { createPlannerSync } from '../../../../src/application/planner/planner-sync';
import { defaultPlanTitle } from '../../../../src/application/planner/planner-sync-run';
import { createEngagementSession } from '../../../../src/application/session/engagement-session';
import { newEngagement } from '../../../../src/domain/engagement/engagement';
import { DEFAULT_MILESTONES } from '../../../../src/domain/plan/plan-template';
import { PLANNER_LINK_ID } from '../../../../src/domain/plan/planner-link';
import { StoreError, type StoredEngagement } from '../../../../src/ports/engagement-store';
import { PlannerError } from '../../../../src/ports/task-planner';
import { createMemoryStore } from '../../../fakes/memory-store';
import { GROUP_ID, PROFILE, plannerSyncFixture } from '../../../fakes/planner-sync-fixture';

async function setUp() {
  const store = createMemoryStore();
  await store.createEngagement(
    newEngagement('e1', PROFILE, [], { milestones: DEFAULT_MILESTONES }),
  );
  const session = createEngagementSession(store, 'e1');
  session.start();
  await vi.waitFor(() => expect(session.getState().status).toBe('ready'));
  const { planner, graph } = plannerSyncFixture();
  const commit = vi.spyOn(store, 'commit');
  const refresh = vi.fn(session.refresh);
  const allow = vi.fn(async () => undefined);
  const workflow = createPlannerSync({
    planner,
    groupId: GROUP_ID,
    commit: session.commit,
    refresh,
    allow,
  });
  const engagement = (): StoredEngagement => {
    const state = session.getState();
    if (state.status !== 'ready') throw new Error('not ready');
    return state.engagement;
  };
  const request = () => ({
    engagementId: 'e1',
    profile: engagement().profile,
    milestones: engagement().milestones,
    link: engagement().plannerLinks[0] ?? null,
    target: { kind: 'new', groupId: GROUP_ID, title: defaultPlanTitle('Contoso') } as const,
  });
  return { store, session, workflow, engagement, request, commit, refresh, allow, graph };
}

describe('Planner sync workflow', () => {
  it('creates the plan and saves the link and task ids through the session in one commit', async () => {
    const { workflow, engagement, request, commit, store } = await setUp();
    await workflow.sync(request());
    const status = workflow.getState().status;
    expect(status.kind).toBe('done');
    expect(commit).toHaveBeenCalledTimes(1);
    // The session shows the link at once, with the version the store gave it.
    const link = engagement().plannerLinks.find((record) => record.id === PLANNER_LINK_ID);
    expect(link?.version).toBe((await store.loadEngagement('e1')).plannerLinks[0]!.version);
    expect(Object.keys(link!.tasks)).toHaveLength(DEFAULT_MILESTONES.length);
  });

  it('a second sync of an unchanged plan commits nothing', async () => {
    const { workflow, request, commit } = await setUp();
    await workflow.sync(request());
    commit.mockClear();
    await workflow.sync(request());
    expect(workflow.getState().status.kind).toBe('done');
    expect(commit).not.toHaveBeenCalled();
  });

  it('issue 13 item 6: refuses to sync over a task list broken outside Tandem, and asks Planner nothing', async () => {
    const { workflow, request, commit, graph } = await setUp();
    await workflow.sync(request());
    commit.mockClear();
    graph.log.reset();
    const synced = request();
    const damage = 'The list of which Planner task belongs to which milestone could not be read.';
    await workflow.sync({ ...synced, link: { ...synced.link!, tasks: {}, damage } });
    expect(workflow.getState().status).toMatchObject({ kind: 'failed', message: damage });
    expect(graph.log.entries()).toEqual([]);
    expect(commit).not.toHaveBeenCalled();
  });

  it('a refused save says Planner was updated but not recorded, and reads the store again', async () => {
    const { workflow, request, store, refresh, session } = await setUp();
    store.failNextCommit(new StoreError('unavailable', 'SharePoint is busy.'));
    await workflow.sync(request());
    const status = workflow.getState().status;
    expect(status.kind === 'failed' && status.message).toMatch(
      /^Planner was updated .*SharePoint is busy\./,
    );
    expect(refresh).toHaveBeenCalledTimes(1);
    // The session's queue is not stopped by the workflow's failure.
    const state = session.getState();
    expect(state.status === 'ready' && state.sync.status).toBe('saved');
  });

  it('missing Planner consent offers to allow; a refused consent says so', async () => {
    const { workflow, request, allow } = await setUp();
    const planner = { listGroupPlans: vi.fn() };
    planner.listGroupPlans.mockRejectedValue(
      new PlannerError('signed-out', 'Consent needed.', null),
    );
    const consentless = createPlannerSync({
      planner: planner as never,
      groupId: GROUP_ID,
      commit: async () => undefined,
      refresh: () => undefined,
      allow,
    });
    await consentless.loadPlans();
    expect(consentless.getState().status).toEqual({
      kind: 'failed',
      message: 'Consent needed.',
      needsConsent: true,
    });
    allow.mockRejectedValueOnce(new Error('The window was closed.'));
    await workflow.allowAndSync(request());
    expect(workflow.getState().status).toEqual({
      kind: 'failed',
      message: 'The window was closed.',
      needsConsent: true,
    });
  });
});
