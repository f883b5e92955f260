/** The seed's tool stack, plus the categories where internal teams usually already own something. */
export const TOOL_CATEGORIES = [
  'RMM',
  'EDR / antivirus',
  'Email security',
  'Backup',
  'SIEM / monitoring',
  'Awareness training',
  'Patch management',
  'Documentation',
  'Other',
] as const;

export type ToolCategory = (typeof TOOL_CATEGORIES)[number];

/** What the engagement has decided to do with a tool (seed: "decide deliberately which to keep"). */
export type ToolDecision = 'undecided' | 'keep' | 'replace' | 'retire';

export const TOOL_DECISIONS: readonly ToolDecision[] = ['undecided', 'keep', 'replace', 'retire'];

export interface Tool {
  readonly id: string;
  readonly name: string;
  readonly category: ToolCategory;
  readonly operatedBy: 'internal' | 'msp' | 'joint';
  readonly decision: ToolDecision;
  /** ISO date by which a replaced/retired tool is gone. */
  readonly retireBy: string | null;
  /** Still running in the environment. A retired tool that is gone is inactive. */
  readonly active: boolean;
}

/** How the registers and the tool deployments name who operates a tool and what becomes of it. */
export const OPERATED_BY_LABELS: Record<Tool['operatedBy'], string> = {
  internal: 'Internal team',
  msp: 'MSP',
  joint: 'Both (joint)',
};

export const DECISION_LABELS: Record<ToolDecision, string> = {
  undecided: 'Undecided',
  keep: 'Keep',
  replace: 'Replace',
  retire: 'Retire',
};
