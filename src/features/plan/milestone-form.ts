import {
  PHASES,
  phaseById,
  type Milestone,
  type MilestoneOwner,
  type PhaseId,
} from '../../domain/plan/plan';
import {
  validateMilestoneDraft,
  type MilestoneDraft,
  type MilestoneErrors,
} from '../../domain/plan/plan-edits';

/** A milestone as typed in the form: days and checklist stay text so nothing typed is lost. */
export interface MilestoneFormValues {
  name: string;
  phase: PhaseId;
  owner: MilestoneOwner;
  startDay: string;
  dueDay: string;
  /** One checklist item per line. */
  checklist: string;
}

export const OWNER_OPTIONS: readonly { value: MilestoneOwner; label: string }[] = [
  { value: 'internal', label: 'Internal team' },
  { value: 'msp', label: 'MSP' },
  { value: 'joint', label: 'Both (joint)' },
];

/** A new milestone starts in the phase under way (or the first), spanning that phase. */
export function emptyMilestoneForm(phase: PhaseId = PHASES[0]!.id): MilestoneFormValues {
  const { startDay, endDay } = phaseById(phase);
  return {
    name: '',
    phase,
    owner: 'joint',
    startDay: String(startDay),
    dueDay: String(endDay),
    checklist: '',
  };
}

export function toMilestoneForm(milestone: Milestone): MilestoneFormValues {
  return {
    name: milestone.name,
    phase: milestone.phase,
    owner: milestone.owner,
    startDay: String(milestone.startDay),
    dueDay: String(milestone.dueDay),
    checklist: milestone.checklist.map((item) => item.title).join('\n'),
  };
}

/** Blank text is "no number" (NaN), so the domain reports it; "12" is 12, "1.5" stays 1.5. */
const toDay = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

export function toMilestoneDraft(values: MilestoneFormValues): MilestoneDraft {
  return {
    name: values.name,
    phase: values.phase,
    owner: values.owner,
    startDay: toDay(values.startDay),
    dueDay: toDay(values.dueDay),
    checklist: values.checklist.split('\n').filter((line) => line.trim() !== ''),
  };
}

/** The domain's messages, with "required" for an empty day (the domain only sees a non-number). */
export function validateMilestoneForm(
  values: MilestoneFormValues,
  milestones: readonly Pick<Milestone, 'id' | 'name'>[],
  ownId: string | null,
): MilestoneErrors {
  const errors = validateMilestoneDraft(toMilestoneDraft(values), milestones, ownId);
  if (values.startDay.trim() === '') errors.startDay = 'Start day is required.';
  if (values.dueDay.trim() === '') errors.dueDay = 'Due day is required.';
  return errors;
}
