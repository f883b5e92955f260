import { describe, expect, it, vi } from 'vitest';
import { lazyTaskPlanner } from '../../../src/app/lazy-task-planner';
import { PlannerError, type TaskPlanner } from '../../../src/ports/task-planner';

const planner = (groups: string[]): TaskPlanner =>
  ({
    listGroupPlans: vi.fn(async () => groups.map((id) => ({ id, title: id }))),
  }) as unknown as TaskPlanner;

describe('lazyTaskPlanner', () => {
  it('downloads nothing until first used, then once', async () => {
    const load = vi.fn(async () => planner(['p1']));
    const lazy = lazyTaskPlanner(load);
    expect(load).not.toHaveBeenCalled();
    await Promise.all([lazy.listGroupPlans('g'), lazy.listGroupPlans('g')]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a failed download as unavailable and tries again next time', async () => {
    const load = vi
      .fn<() => Promise<TaskPlanner>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(planner(['p2']));
    const lazy = lazyTaskPlanner(load);
    const failure = await lazy.listGroupPlans('g').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlannerError);
    expect((failure as PlannerError).code).toBe('unavailable');
    await expect(lazy.listGroupPlans('g')).resolves.toEqual([{ id: 'p2', title: 'p2' }]);
  });
});
