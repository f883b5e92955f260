import {
  TOOL_CATEGORIES,
  type Tool,
  type ToolCategory,
  type ToolDecision,
} from '../../domain/registers/tool-register';
import { NAME_MAX_LENGTH, validateDate } from '../../domain/validation';

/** A tool as typed in the form: the date stays a string so a half-typed value is never lost. */
export interface ToolFormValues {
  name: string;
  category: ToolCategory;
  operatedBy: Tool['operatedBy'];
  decision: ToolDecision;
  retireBy: string;
  active: boolean;
}

export type ToolFormErrors = Partial<Record<'name' | 'retireBy', string>>;

export const EMPTY_TOOL: ToolFormValues = {
  name: '',
  category: TOOL_CATEGORIES[0],
  operatedBy: 'internal',
  decision: 'undecided',
  retireBy: '',
  active: true,
};

/** Replacing or retiring a tool only counts as a decision once it has a date. */
export const needsRetireBy = (decision: ToolDecision) =>
  decision === 'replace' || decision === 'retire';

export function toToolForm(tool: Tool): ToolFormValues {
  const { name, category, operatedBy, decision, active } = tool;
  return { name, category, operatedBy, decision, active, retireBy: tool.retireBy ?? '' };
}

export function validateToolForm(values: ToolFormValues): ToolFormErrors {
  const errors: ToolFormErrors = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'Give the tool a name.';
  else if (name.length > NAME_MAX_LENGTH)
    errors.name = `Keep the name to ${NAME_MAX_LENGTH} characters (it has ${name.length}).`;
  const date = values.retireBy.trim();
  if (date === '' && needsRetireBy(values.decision)) {
    errors.retireBy = `Set a retire-by date: it is required when the decision is to ${values.decision}.`;
  } else if (date !== '') {
    const message = validateDate(date, 'Retire-by date');
    if (message) errors.retireBy = message;
  }
  return errors;
}

export function fromToolForm(values: ToolFormValues, id: string): Tool {
  const date = values.retireBy.trim();
  return {
    id,
    name: values.name.trim(),
    category: values.category,
    operatedBy: values.operatedBy,
    decision: values.decision,
    retireBy: date === '' ? null : date,
    active: values.active,
  };
}
