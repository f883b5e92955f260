import { useMemo } from 'react';
import type { Milestone } from '../../domain/plan/plan';
import {
  addMilestone,
  answerDay90,
  removeMilestone,
  setChecklistItemDone,
  setMilestoneProgress,
  updateMilestone,
  type Day90Answer,
  type MilestoneErrors,
  type PlanChange,
} from '../../domain/plan/plan-edits';
import { withoutVersion } from '../../ports/engagement-store';
import { useServices } from '../shared/services-context';
import { useUndoToast } from '../shared/use-undo-toast';
import { toMilestoneDraft, type MilestoneFormValues } from './milestone-form';
import type { PlanSource } from './plan-source';

const named = (milestone: Pick<Milestone, 'name'>) => `“${milestone.name}”`;

/** Records reach the source without a store `version` (a stored plan's records carry one). */
function withoutVersions(change: PlanChange): PlanChange {
  switch (change.kind) {
    case 'put-milestone':
      return { ...change, milestone: withoutVersion(change.milestone) };
    case 'put-day90-check':
      return { ...change, check: withoutVersion(change.check) };
    case 'delete-milestone':
      return change;
  }
}

/**
 * Every edit of the plan as one change to the source. Removing offers Undo, which puts the record
 * back as it was (same id, progress and Planner task). Returns the errors of a refused edit so the
 * dialog can stay open with them (the dialog validates first, so that is rare: e.g. a milestone
 * removed meanwhile).
 */
export function usePlanActions(source: PlanSource) {
  const { plan } = source;
  const sourceChange = source.onChange;
  const services = useServices();
  const showUndo = useUndoToast();

  return useMemo(() => {
    const onChange = (change: PlanChange, label: string) =>
      sourceChange(withoutVersions(change), label);
    const find = (id: string) => plan.milestones.find((milestone) => milestone.id === id);
    return {
      add(values: MilestoneFormValues): MilestoneErrors | null {
        const edit = addMilestone(plan, toMilestoneDraft(values), services.newId());
        if (!edit.ok) return edit.errors;
        onChange(edit.change, `Added “${values.name.trim()}”`);
        return null;
      },
      update(id: string, values: MilestoneFormValues): MilestoneErrors | null {
        const edit = updateMilestone(plan, id, toMilestoneDraft(values));
        if (!edit.ok) return edit.errors;
        onChange(edit.change, `Updated “${values.name.trim()}”`);
        return null;
      },
      remove(id: string) {
        const milestone = find(id);
        const change = removeMilestone(plan, id);
        if (!milestone || !change) return;
        onChange(change, `Removed ${named(milestone)}`);
        showUndo(`Removed ${named(milestone)}`, () =>
          onChange({ kind: 'put-milestone', milestone }, `Restored ${named(milestone)}`),
        );
      },
      setProgress(id: string, percent: number) {
        const milestone = find(id);
        const change = setMilestoneProgress(plan, id, percent);
        if (milestone && change) onChange(change, `Set ${named(milestone)} to ${percent} %`);
      },
      tick(id: string, itemId: string, done: boolean) {
        const milestone = find(id);
        const change = setChecklistItemDone(plan, id, itemId, done);
        if (milestone && change)
          onChange(change, `${done ? 'Ticked' : 'Unticked'} an item of ${named(milestone)}`);
      },
      answerDay90(answer: Day90Answer) {
        const meta = { on: source.today, by: services.userName() };
        onChange(answerDay90(plan, answer, meta), 'Answered the day-90 check');
      },
    };
  }, [plan, sourceChange, source.today, services, showUndo]);
}
