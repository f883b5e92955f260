import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  STACK_CATEGORIES,
  toolDeploymentChecklist,
  toolDeploymentState,
} from '../../../../src/domain/plan/tool-deployment';
import { isoDateArb, makeTool, toolsArb } from '../../support/arbitraries';

const TODAY = '2026-10-01';

describe('tool deployment state', () => {
  it('derives what is left to do from the decision, whether it runs, and its date', () => {
    const state = (patch: Parameters<typeof makeTool>[0]) =>
      toolDeploymentState(makeTool(patch), TODAY);
    expect(state({ id: 'a', decision: 'undecided' })).toBe('decide');
    expect(state({ id: 'a', decision: 'keep', active: false })).toBe('deploy');
    expect(state({ id: 'a', decision: 'keep', active: true })).toBe('running');
    expect(state({ id: 'a', decision: 'replace', retireBy: null })).toBe('phase-out');
    expect(state({ id: 'a', decision: 'retire', retireBy: '2026-10-01' })).toBe('phase-out');
    expect(state({ id: 'a', decision: 'retire', retireBy: '2026-09-30' })).toBe('past-retirement');
    expect(state({ id: 'a', decision: 'replace', active: false })).toBe('gone');
  });
});

describe('tool deployment checklist', () => {
  it('lists every tool of the register in stack order, and the stack categories nothing covers', () => {
    const tools = [
      makeTool({ id: 'doc', name: 'IT Glue', category: 'Documentation', decision: 'keep' }),
      makeTool({ id: 'edr', name: 'MSP EDR', category: 'EDR / antivirus', decision: 'keep' }),
      makeTool({
        id: 'av',
        name: 'Old antivirus',
        category: 'EDR / antivirus',
        decision: 'retire',
      }),
      makeTool({ id: 'rmm', name: 'Old RMM', category: 'RMM', decision: 'replace' }),
      makeTool({ id: 'misc', name: 'Wiki', category: 'Other', decision: 'undecided' }),
    ];
    const { lines, uncovered } = toolDeploymentChecklist(tools, TODAY);
    expect(lines.map((line) => [line.tool.id, line.state, line.done])).toEqual([
      ['rmm', 'phase-out', false],
      ['edr', 'running', true],
      ['av', 'phase-out', false],
      ['doc', 'running', true],
      ['misc', 'decide', false],
    ]);
    expect(uncovered).toEqual([
      'RMM',
      'Email security',
      'Backup',
      'SIEM / monitoring',
      'Awareness training',
      'Patch management',
    ]);
  });

  it('asks for the whole seed stack when the register is empty', () => {
    expect(toolDeploymentChecklist([], TODAY)).toEqual({ lines: [], uncovered: STACK_CATEGORIES });
    expect(STACK_CATEGORIES).toHaveLength(8);
  });

  it('has one line per tool; a line is done exactly when kept and running, or gone (property)', () => {
    fc.assert(
      fc.property(toolsArb, isoDateArb, (tools, today) => {
        const { lines, uncovered } = toolDeploymentChecklist(tools, today);
        expect(lines.map((line) => line.tool.id).sort()).toEqual(tools.map((t) => t.id).sort());
        for (const { tool, done } of lines) {
          const expected =
            (tool.decision === 'keep' && tool.active) ||
            ((tool.decision === 'retire' || tool.decision === 'replace') && !tool.active);
          expect(done).toBe(expected);
        }
        for (const category of uncovered) {
          expect(
            tools.some(
              (t) =>
                t.category === category && (t.decision === 'keep' || t.decision === 'undecided'),
            ),
          ).toBe(false);
        }
      }),
    );
  });
});
