import { TOOL_CATEGORIES, type Tool, type ToolCategory } from '../registers/tool-register';

/**
 * The tool-deployment phase's checklist, derived from the tool register (never stored): one line
 * per tool saying what is left to do with it, and the seed's stack categories nothing covers yet.
 */

export type ToolDeploymentState =
  /** No decision yet: keep, replace or retire. */
  | 'decide'
  /** Kept but not running yet: deploy and tune it. */
  | 'deploy'
  /** Kept and running. */
  | 'running'
  /** Being replaced or retired, still running, its date not passed (or not set). */
  | 'phase-out'
  /** Being replaced or retired and still running after its retire-by date. */
  | 'past-retirement'
  /** Replaced or retired, and gone. */
  | 'gone';

export interface ToolDeploymentLine {
  readonly tool: Tool;
  readonly state: ToolDeploymentState;
  /** Nothing is left to do with this tool. */
  readonly done: boolean;
}

export interface ToolDeploymentChecklist {
  readonly lines: readonly ToolDeploymentLine[];
  /** Categories of the seed's stack with no tool kept or undecided: nothing will run there. */
  readonly uncovered: readonly ToolCategory[];
}

/** The seed's tool stack ("Modern IT operations require a stack of tools"): every category but Other. */
export const STACK_CATEGORIES: readonly ToolCategory[] = TOOL_CATEGORIES.filter(
  (category) => category !== 'Other',
);

export function toolDeploymentState(tool: Tool, today: string): ToolDeploymentState {
  switch (tool.decision) {
    case 'undecided':
      return 'decide';
    case 'keep':
      return tool.active ? 'running' : 'deploy';
    case 'replace':
    case 'retire':
      if (!tool.active) return 'gone';
      return tool.retireBy !== null && tool.retireBy < today ? 'past-retirement' : 'phase-out';
  }
}

/** One line per tool, by the stack's category order then name; `today` is an ISO date. */
export function toolDeploymentChecklist(
  tools: readonly Tool[],
  today: string,
): ToolDeploymentChecklist {
  const rank = (category: ToolCategory) => TOOL_CATEGORIES.indexOf(category);
  const lines = [...tools]
    .sort((a, b) => rank(a.category) - rank(b.category) || a.name.localeCompare(b.name))
    .map((tool): ToolDeploymentLine => {
      const state = toolDeploymentState(tool, today);
      return { tool, state, done: state === 'running' || state === 'gone' };
    });
  const uncovered = STACK_CATEGORIES.filter(
    (category) =>
      !tools.some(
        (tool) =>
          tool.category === category && (tool.decision === 'keep' || tool.decision === 'undecided'),
      ),
  );
  return { lines, uncovered };
}
