import { describe, expect, it } from 'vitest';
import { GraphFailure } from '../../../../../src/adapters/graph/http/send';
import { limitMessage, toPlannerError } from '../../../../../src/adapters/graph/planner/errors';
import { taskSnapshot } from '../../../../../src/adapters/graph/planner/mapping';
import {
  createPlan,
  getUserId,
  listTasks,
} from '../../../../../src/adapters/graph/planner/requests';
import { writeOutcome, writeSpec } from '../../../../../src/adapters/graph/planner/write';
import type { PlannerWrite } from '../../../../../src/domain/plan/planner-task';

const ALEX = 'fbab97d0-4932-4511-b675-204639209557';
const ITEM = '3a73c9dd-fb47-4230-9c0f-b80788fb0f9b';

const create: PlannerWrite = {
  kind: 'create-task',
  milestoneId: 'm1',
  fields: {
    title: 'Deploy RMM',
    bucketId: 'bucket-1',
    startDateTime: '2026-09-14T12:00:00Z',
    dueDateTime: '2026-10-08T12:00:00Z',
    assigneeIds: [ALEX],
    categories: ['category2'],
  },
  percentComplete: 0,
  checklist: [{ id: ITEM, title: 'Agent on every server', isChecked: false, orderHint: ' !' }],
};

const outcome = (status: number, body: unknown = undefined) => ({
  status,
  headers: new Headers(),
  body,
  ambiguous: false,
});

describe('Planner requests', () => {
  it('creates a plan in a group by containerId and type (no cloud-specific URL)', () => {
    expect(createPlan('group-1', 'Contoso')).toEqual({
      method: 'POST',
      url: '/planner/plans',
      headers: { 'Content-Type': 'application/json' },
      body: { container: { containerId: 'group-1', type: 'group' }, title: 'Contoso' },
    });
  });

  it('creates a task with typed assignments, labels and its checklist inline', () => {
    const spec = writeSpec('plan-1', create);
    expect(spec).toMatchObject({ method: 'POST', url: '/planner/tasks' });
    expect(spec.body).toEqual({
      planId: 'plan-1',
      bucketId: 'bucket-1',
      title: 'Deploy RMM',
      orderHint: ' !',
      startDateTime: '2026-09-14T12:00:00Z',
      dueDateTime: '2026-10-08T12:00:00Z',
      assignments: {
        [ALEX]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' },
      },
      appliedCategories: { category2: true },
      previewType: 'checklist',
      details: {
        previewType: 'checklist',
        checklist: {
          [ITEM]: {
            '@odata.type': '#microsoft.graph.plannerChecklistItem',
            title: 'Agent on every server',
            isChecked: false,
            orderHint: ' !',
          },
        },
      },
    });
  });

  it('updates with If-Match and Prefer: return=representation, sending only what changed', () => {
    const spec = writeSpec('plan-1', {
      kind: 'update-task',
      milestoneId: 'm1',
      taskId: 'task/1',
      etag: 'W/"JzEt"',
      patch: {
        title: 'New',
        assignments: { [ALEX]: false },
        appliedCategories: { category1: true },
      },
    });
    expect(spec).toEqual({
      method: 'PATCH',
      url: '/planner/tasks/task%2F1',
      headers: {
        'Content-Type': 'application/json',
        Prefer: 'return=representation',
        'If-Match': 'W/"JzEt"',
      },
      body: { title: 'New', assignments: { [ALEX]: null }, appliedCategories: { category1: true } },
    });
    const details = writeSpec('plan-1', {
      kind: 'update-checklist',
      milestoneId: 'm1',
      taskId: 't1',
      etag: 'W/"details"',
      items: { [ITEM]: null },
    });
    expect(details).toMatchObject({
      url: '/planner/tasks/t1/details',
      headers: { 'If-Match': 'W/"details"' },
      body: { checklist: { [ITEM]: null } },
    });
  });

  it('names the labels with the plan details eTag', () => {
    expect(
      writeSpec('plan-1', {
        kind: 'label-categories',
        etag: 'W/"pd"',
        labels: { category1: 'Internal' },
      }),
    ).toMatchObject({
      method: 'PATCH',
      url: '/planner/plans/plan-1/details',
      headers: { 'If-Match': 'W/"pd"' },
      body: { categoryDescriptions: { category1: 'Internal' } },
    });
  });

  it('looks a guest up by its encoded UPN and reads tasks with $select', () => {
    expect(getUserId('jane_msp.com#EXT#@contoso.onmicrosoft.com').url).toBe(
      '/users/jane_msp.com%23EXT%23%40contoso.onmicrosoft.com?$select=id',
    );
    expect(listTasks('p1').url).toBe(
      '/planner/plans/p1/tasks?$select=id,title,bucketId,startDateTime,dueDateTime,percentComplete,assignments,appliedCategories',
    );
  });
});

describe('Planner answers', () => {
  it('reads a task’s assignees and labels from Graph’s open types', () => {
    expect(
      taskSnapshot({
        '@odata.etag': 'W/"e1"',
        id: 't1',
        title: 'T',
        bucketId: 'b1',
        percentComplete: 50,
        startDateTime: null,
        dueDateTime: '2026-09-14T12:00:00Z',
        assignments: { [ALEX]: { orderHint: 'x' } },
        appliedCategories: { category3: true, category1: false } as object,
      }),
    ).toEqual({
      taskId: 't1',
      etag: 'W/"e1"',
      title: 'T',
      bucketId: 'b1',
      startDateTime: null,
      dueDateTime: '2026-09-14T12:00:00Z',
      percentComplete: 50,
      assigneeIds: [ALEX],
      categories: ['category3'],
    });
  });

  it('turns batch answers into outcomes', () => {
    expect(writeOutcome(create, outcome(201, { id: 't1', '@odata.etag': 'W/"e"' }))).toEqual({
      kind: 'created',
      taskId: 't1',
      etag: 'W/"e"',
    });
    const update: PlannerWrite = {
      kind: 'update-task',
      milestoneId: 'm',
      taskId: 't',
      etag: 'e',
      patch: { title: 'x' },
    };
    expect(writeOutcome(update, outcome(200, { '@odata.etag': 'W/"2"' }))).toEqual({
      kind: 'updated',
      etag: 'W/"2"',
    });
    expect(writeOutcome(update, outcome(204))).toEqual({ kind: 'updated', etag: null });
    expect(writeOutcome(update, outcome(412))).toEqual({ kind: 'conflict', current: null });
    expect(writeOutcome(update, outcome(409))).toEqual({ kind: 'conflict', current: null });
    expect(writeOutcome(update, outcome(404))).toEqual({ kind: 'not-found' });
    const limited = writeOutcome(
      create,
      outcome(403, { error: { code: 'MaximumTasksInProject', message: 'The maximum …' } }),
    );
    expect(limited).toMatchObject({ kind: 'refused', limit: 'MaximumTasksInProject' });
    expect(limited.kind === 'refused' && limited.reason).toContain(
      limitMessage('MaximumTasksInProject'),
    );
  });

  it('explains failures in words and keeps Graph’s code', () => {
    expect(
      toPlannerError(new GraphFailure(0, 'AuthError', 'interaction required'), 'read the plan'),
    ).toMatchObject({
      code: 'signed-out',
    });
    const forbidden = toPlannerError(new GraphFailure(403, '', 'denied'), 'create the plan');
    expect(forbidden.code).toBe('forbidden');
    expect(forbidden.message).toContain('Tasks.ReadWrite');
    expect(forbidden.message).toContain('(Graph 403: denied)');
    expect(toPlannerError(new GraphFailure(429, 'TooManyRequests', ''), 'x').code).toBe(
      'unavailable',
    );
    expect(toPlannerError(new Error('boom'), 'x')).toMatchObject({
      code: 'unavailable',
      message: "Couldn't x: boom",
    });
  });
});
